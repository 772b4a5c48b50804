// The story body is the editor's JSON document (Tiptap/ProseMirror). These helpers build one from
// plain blocks (importer, seed) and derive the plain text that search, word count and feeds use.
import type { RichTextNode, StoryBody } from "@/db/schema";
import { blockText } from "./blocks";

export type BodyBlock =
  | { type: "paragraph"; text: string; italic?: boolean }
  | { type: "heading"; text: string; level?: 2 | 3 }
  | { type: "caption"; text: string; credit?: string; photo?: { mediaId: number; src: string } }
  | { type: "quote"; text: string }
  | { type: "list"; items: string[]; ordered?: boolean }
  // A block already in the editor's form (the demo's galleries and videos).
  | { type: "node"; node: RichTextNode };

const textNode = (text: string): RichTextNode[] => (text ? [{ type: "text", text }] : []);
const paragraph = (text: string, italic = false): RichTextNode => ({
  type: "paragraph",
  content: italic && text ? [{ type: "text", text, marks: [{ type: "italic" }] }] : textNode(text),
});

export function bodyFromBlocks(blocks: readonly BodyBlock[]): StoryBody {
  return {
    type: "doc",
    content: blocks.map((block): RichTextNode => {
      switch (block.type) {
        case "paragraph":
          return paragraph(block.text, block.italic);
        case "heading":
          return { type: "heading", attrs: { level: block.level ?? 2 }, content: textNode(block.text) };
        case "caption":
          // Without its photo: a caption whose picture is not in the system yet (a draft from a file).
          return {
            type: "figure",
            attrs: { mediaId: block.photo?.mediaId ?? null, src: block.photo?.src ?? null, alt: "", caption: block.text, credit: block.credit ?? "" },
          };
        case "quote":
          return { type: "blockquote", content: [paragraph(block.text)] };
        case "node":
          return block.node;
        case "list":
          return {
            type: block.ordered ? "orderedList" : "bulletList",
            content: block.items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
          };
      }
    }),
  };
}

/** Plain text of a body: one block per paragraph, captions and media blocks' words included (readers search them too). */
export function plainText(body: StoryBody): string {
  const blocks: string[] = [];
  const walk = (node: RichTextNode): string => {
    if (node.type === "text") return node.text ?? "";
    if (node.type === "hardBreak") return "\n";
    const words = blockText(node);
    if (words !== null) return words;
    return (node.content ?? []).map(walk).join("");
  };
  const visit = (node: RichTextNode) => {
    if (node.type === "bulletList" || node.type === "orderedList" || node.type === "blockquote" || node.type === "listItem") {
      (node.content ?? []).forEach(visit);
      return;
    }
    const text = walk(node);
    if (text.trim()) blocks.push(text);
  };
  body.content.forEach(visit);
  return blocks.join("\n\n");
}

/**
 * Figures that have no photo yet: an imported caption waits for its picture from the library.
 * Readers would see an empty frame, so the desk may not send or publish a story with one.
 */
export function figuresWithoutPhoto(body: StoryBody): number {
  const count = (node: RichTextNode): number =>
    node.type === "figure" && !node.attrs?.mediaId && !node.attrs?.src ? 1 : (node.content ?? []).reduce((n, child) => n + count(child), 0);
  return body.content.reduce((n, node) => n + count(node), 0);
}

/** Words as a reader counts them: runs of letters or digits between spaces (NBSP included). */
export function countWords(...texts: string[]): number {
  return texts.reduce((n, text) => n + (text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,/-]*/gu)?.length ?? 0), 0);
}
