// The body's media blocks as Tiptap nodes (attributes exactly as lib/stories/blocks.ts), and the
// moving of blocks by keyboard. No React here: rich-text-editor.tsx gives each node its view, and
// tests build a headless editor from these same definitions.
import { Extension, Node, type Editor } from "@tiptap/core";
import { NodeSelection } from "@tiptap/pm/state";
import type { RichTextNode, StoryBody } from "@/db/schema";
import type { MediaBlockType } from "@/lib/stories/blocks";
import { kindRules, type StoryKind } from "@/lib/stories/kinds";
import { emptyAttrs, hasBlock, isAwaiting } from "./block-attrs";
import { moveBlock, type Direction } from "./move-block";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    mediaBlocks: {
      /**
       * Inserts a block where the cursor is, or after the block selected (never in its place);
       * awaiting its media or words when `attrs` are left out.
       */
      insertBlock: (type: MediaBlockType | "figure", attrs?: Record<string, unknown>) => ReturnType;
      /** Moves the top-level block around `pos` (the selection when not given) one place. */
      moveBlock: (direction: Direction, pos?: number) => ReturnType;
    };
  }
}

/**
 * Editors whose next awaiting block was asked for from "Thêm khối": it opens its library picker
 * or takes the focus as soon as it appears. One put at the top by a change of kind does neither.
 */
export const freshFromMenu = new WeakSet<object>();

/**
 * The attributes travel whole in one data attribute, so that copying and pasting a block (and
 * drag and drop between windows) keeps every one of them.
 */
function readAttrs(element: HTMLElement): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(element.getAttribute("data-attrs") ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function blockNode(name: MediaBlockType) {
  const defaults = emptyAttrs(name);
  return Node.create({
    name,
    group: "block",
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes() {
      return Object.fromEntries(
        Object.entries(defaults).map(([key, value]) => [
          key,
          { default: value, rendered: false, parseHTML: (element: HTMLElement) => readAttrs(element)[key] ?? value },
        ]),
      );
    },
    parseHTML() {
      return [{ tag: `div[data-block="${name}"]` }];
    },
    renderHTML({ node }) {
      return ["div", { "data-block": name, "data-attrs": JSON.stringify(node.attrs) }];
    },
  });
}

export const Gallery = blockNode("gallery");
export const ImagePair = blockNode("imagePair");
export const Video = blockNode("video");
export const Audio = blockNode("audio");
export const Embed = blockNode("embed");
export const PullQuote = blockNode("pullQuote");
export const Chapter = blockNode("chapter");
export const Infographic = blockNode("infographic");

/** Inserting and moving blocks; Alt+↑ / Alt+↓ move the block the cursor or selection is in. */
export const BlockCommands = Extension.create({
  name: "mediaBlocks",
  addCommands() {
    return {
      insertBlock:
        (type, attrs) =>
        ({ state, commands }) => {
          const content = { type, attrs: attrs ?? (type === "figure" ? {} : emptyAttrs(type)) };
          const { selection } = state;
          return selection instanceof NodeSelection ? commands.insertContentAt(selection.to, content) : commands.insertContent(content);
        },
      moveBlock:
        (direction, pos) =>
        ({ state, dispatch }) => {
          const moved = moveBlock(state, direction, pos);
          if (!moved) return false;
          dispatch?.(moved.tr);
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      "Alt-ArrowUp": () => this.editor.commands.moveBlock("up"),
      "Alt-ArrowDown": () => this.editor.commands.moveBlock("down"),
    };
  },
});

export const mediaBlockNodes = [Gallery, ImagePair, Video, Audio, Embed, PullQuote, Chapter, Infographic];

/**
 * A kind chosen while writing brings its lead block (a photo story's gallery…) to the top of the
 * body, awaiting its media, unless the body has one. Arrowing on through the kinds takes away the
 * one the previous kind put there, while it is still empty. Neither is saved until it is filled.
 */
export function putLeadBlock(editor: Editor, previous: StoryKind | null, next: StoryKind): void {
  const body = editor.getJSON() as StoryBody;
  const first: RichTextNode | undefined = body.content?.[0];
  const left = previous ? kindRules[previous].leadBlock : null;
  const chain = editor.chain();
  let rest = body;
  if (first && left && first.type === left && isAwaiting(first)) {
    chain.deleteRange({ from: 0, to: editor.state.doc.child(0).nodeSize });
    rest = { ...body, content: body.content.slice(1) };
  }
  const lead = kindRules[next].leadBlock;
  if (lead && !hasBlock(rest, lead)) chain.insertContentAt(0, { type: lead, attrs: emptyAttrs(lead) });
  chain.run();
}
