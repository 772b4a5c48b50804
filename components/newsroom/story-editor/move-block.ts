// Moving a block of the body one place up or down (Alt+↑ / Alt+↓, the blocks' "Lên" / "Xuống"
// buttons): the top-level block that holds a position swaps with its neighbour, and the selection
// goes with it. Pure ProseMirror, so tests run it on a state built from the editor's schema.
import { NodeSelection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";

export type Direction = "up" | "down";

/** The top-level block around `pos`: its index and where it starts. */
function topLevelAt(state: EditorState, pos: number): { index: number; start: number } | null {
  const doc = state.doc;
  if (doc.childCount === 0) return null;
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  const $pos = doc.resolve(clamped);
  // A position between two top-level blocks (an atom's NodeSelection) names the block after it.
  const index = $pos.depth === 0 ? Math.min($pos.index(0), doc.childCount - 1) : $pos.index(0);
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  return { index, start };
}

/**
 * The transaction that moves the top-level block holding `pos` (the selection's start when not
 * given) one place in `direction`, with where that block now starts; null at the top or bottom.
 */
export function moveBlock(state: EditorState, direction: Direction, pos?: number): { tr: Transaction; start: number } | null {
  const doc = state.doc;
  const at = topLevelAt(state, pos ?? state.selection.from);
  if (!at) return null;
  const other = direction === "up" ? at.index - 1 : at.index + 1;
  if (other < 0 || other >= doc.childCount) return null;

  const node = doc.child(at.index);
  const neighbour = doc.child(other);
  const from = direction === "up" ? at.start - neighbour.nodeSize : at.start;
  const to = direction === "up" ? at.start + node.nodeSize : at.start + node.nodeSize + neighbour.nodeSize;
  const tr = state.tr.replaceWith(from, to, direction === "up" ? [node, neighbour] : [neighbour, node]);

  // Where the moved block now starts, and how far everything inside it went.
  const newStart = direction === "up" ? from : from + neighbour.nodeSize;
  const shift = newStart - at.start;
  const sel = state.selection;
  const inside = sel.from >= at.start && sel.to <= at.start + node.nodeSize;
  if (sel instanceof NodeSelection && inside) tr.setSelection(NodeSelection.create(tr.doc, sel.from + shift));
  else if (inside) tr.setSelection(TextSelection.create(tr.doc, sel.from + shift, sel.to + shift));
  else if (node.isAtom) tr.setSelection(NodeSelection.create(tr.doc, newStart));
  return { tr: tr.scrollIntoView(), start: newStart };
}
