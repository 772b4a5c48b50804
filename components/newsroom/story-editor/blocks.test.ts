// The editor's blocks against the server's schema: a headless Tiptap editor (no DOM) built from
// the editor's own extensions, its getJSON() checked by storyBodySchema, as every save is.
import { Editor } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import type { RichTextNode, StoryBody } from "@/db/schema";
import type { MediaSummary } from "@/lib/media/queries";
import { bodyNodes, mediaBlockTypes } from "@/lib/stories/blocks";
import { kindChoices, kindRules } from "@/lib/stories/kinds";
import { storyBodySchema } from "@/lib/stories/schemas";
import {
  audioFromMedia,
  emptyAttrs,
  figureFromMedia,
  infographicFromMedia,
  isAwaiting,
  menuOrder,
  photoFromMedia,
  savableBody,
  videoFromMedia,
} from "./block-attrs";
import { putLeadBlock } from "./block-nodes";
import { headlessExtensions } from "./editor-extensions";
import { moveBlock } from "./move-block";

const media = (id: number, kind: MediaSummary["kind"] = "image"): MediaSummary => ({
  id,
  kind,
  url: `/media/2026/12/${String(id).padStart(24, "0")}-960.webp`,
  caption: `Phiên chợ vùng cao số ${id}`,
  credit: "Ảnh: VĂN ĐẠT",
  alt: "",
  width: 960,
  height: 640,
});

const paragraph = (text: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text }] });

let editors: Editor[] = [];
afterEach(() => {
  for (const e of editors) e.destroy();
  editors = [];
});
function editorWith(content: RichTextNode[] = [paragraph("Mở đầu")]): Editor {
  const editor = new Editor({ element: null, extensions: headlessExtensions, content: { type: "doc", content } });
  editors.push(editor);
  return editor;
}
const json = (editor: Editor) => JSON.parse(JSON.stringify(editor.getJSON())) as StoryBody;
const types = (editor: Editor) => json(editor).content.map((n) => n.type);

/** Every block, filled in as the writer would, inserted through the editor's own commands. */
function fullDocument(): Editor {
  const editor = editorWith();
  editor.commands.setTextSelection(editor.state.doc.content.size);
  const chain = editor.chain();
  chain.insertBlock("gallery", { items: [photoFromMedia(media(1)), photoFromMedia(media(2)), { ...photoFromMedia(media(3)), caption: "Chú thích sửa tay" }] });
  chain.insertBlock("imagePair", { items: [photoFromMedia(media(4)), photoFromMedia(media(5))] });
  chain.insertBlock("video", videoFromMedia(media(6, "video")));
  chain.insertBlock("audio", audioFromMedia(media(7, "audio")));
  chain.insertBlock("embed", {
    provider: "youtube",
    url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    caption: "Lễ hội",
    posterMediaId: 8,
    posterSrc: media(8).url,
  });
  chain.insertBlock("embed", {
    provider: "tiktok",
    url: "https://www.tiktok.com/@baolangson/video/7301234567890123456",
    caption: "",
    posterMediaId: null,
    posterSrc: null,
  });
  chain.insertBlock("pullQuote", { text: "Xây dựng ngành tổ chức vững mạnh", cite: "Bí thư Tỉnh ủy" });
  chain.insertBlock("chapter", { title: "Chương 1: Đường lên Mẫu Sơn" });
  chain.insertBlock("infographic", infographicFromMedia(media(9), "Năm 2025, toàn tỉnh có 120 nghìn lượt khách."));
  chain.insertBlock("figure", figureFromMedia(media(10), "full"));
  chain.insertBlock("figure", figureFromMedia(media(11)));
  chain.run();
  return editor;
}

describe("the editor's blocks", () => {
  it("give a body the server's schema accepts, each with exactly its attributes", () => {
    const editor = fullDocument();
    const body = json(editor);
    expect(body.content.map((n) => n.type)).toEqual([
      "paragraph",
      "gallery",
      "imagePair",
      "video",
      "audio",
      "embed",
      "embed",
      "pullQuote",
      "chapter",
      "infographic",
      "figure",
      "figure",
    ]);
    // Nothing finished is left out of the save.
    expect(savableBody(body)).toEqual(body);
    const parsed = storyBodySchema.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    // The schema is strict for the media blocks: the same attributes come out as went in.
    expect(parsed.data).toEqual(body);
    for (const type of mediaBlockTypes) expect(body.content.some((n) => n.type === type)).toBe(true);
    const figures = body.content.filter((n) => n.type === "figure");
    expect(figures.map((f) => f.attrs?.width)).toEqual(["full", "column"]);
  });

  it("leave blocks still awaiting their media or words out of the save, at any depth", () => {
    const editor = editorWith([paragraph("Mở đầu"), { type: "blockquote", content: [paragraph("Trích")] }]);
    editor.commands.setTextSelection(editor.state.doc.content.size);
    for (const type of mediaBlockTypes) editor.commands.insertBlock(type);
    // An embed whose address is not of the allowlist, or of another provider than it claims.
    editor.commands.insertBlock("embed", {
      provider: "youtube",
      url: "https://evil.example/watch?v=dQw4w9WgXcQ",
      caption: "",
      posterMediaId: null,
      posterSrc: null,
    });
    editor.commands.insertBlock("embed", { provider: "facebook", url: "https://youtu.be/dQw4w9WgXcQ", caption: "", posterMediaId: null, posterSrc: null });
    editor.commands.insertBlock("pullQuote", { text: "   \n", cite: "Ai đó" });
    editor.commands.insertBlock("imagePair", { items: [null, photoFromMedia(media(4))] });
    const body = json(editor);
    // The cursor was in the quote: the blocks went in there, where the schema allows them too.
    const blocks = [...bodyNodes(body)].filter((n) => (mediaBlockTypes as readonly string[]).includes(n.type));
    expect(blocks).toHaveLength(mediaBlockTypes.length + 4);
    // As they are, the server would refuse the whole body (and so every autosave).
    expect(storyBodySchema.safeParse(body).success).toBe(false);
    const saved = savableBody(body);
    expect(storyBodySchema.safeParse(saved).success).toBe(true);
    expect(saved).toEqual({ type: "doc", content: [paragraph("Mở đầu"), { type: "blockquote", content: [paragraph("Trích")] }] });
    // Each one alone is awaiting.
    for (const type of mediaBlockTypes) expect(isAwaiting({ type, attrs: emptyAttrs(type) })).toBe(true);
  });

  it("never take the place of a selected block when one is inserted", () => {
    const editor = fullDocument();
    const chapterAt = positionOf(editor, "chapter");
    editor.commands.setNodeSelection(chapterAt);
    editor.commands.insertBlock("pullQuote", { text: "Một câu", cite: "" });
    const after = types(editor);
    expect(after.filter((t) => t === "chapter")).toHaveLength(1);
    expect(after[after.indexOf("chapter") + 1]).toBe("pullQuote");
  });
});

function positionOf(editor: Editor, type: string): number {
  let found = -1;
  editor.state.doc.forEach((node, offset) => {
    if (found < 0 && node.type.name === type) found = offset;
  });
  return found;
}

describe("moving a block", () => {
  it("swaps the block holding the cursor with its neighbour, the cursor going along", () => {
    const editor = editorWith([paragraph("Một"), paragraph("Hai"), paragraph("Ba")]);
    // The cursor in "Hai", after its first letter.
    const inHai = editor.state.doc.child(0).nodeSize + 2;
    editor.commands.setTextSelection(inHai);
    expect(editor.commands.moveBlock("down")).toBe(true);
    expect(json(editor).content.map((n) => n.content?.[0]?.text)).toEqual(["Một", "Ba", "Hai"]);
    expect(editor.state.selection).toBeInstanceOf(TextSelection);
    expect(editor.state.doc.resolve(editor.state.selection.from).parent.textContent).toBe("Hai");
    // At the bottom nothing moves.
    expect(editor.commands.moveBlock("down")).toBe(false);
    expect(editor.commands.moveBlock("up")).toBe(true);
    expect(editor.commands.moveBlock("up")).toBe(true);
    expect(json(editor).content.map((n) => n.content?.[0]?.text)).toEqual(["Hai", "Một", "Ba"]);
    expect(editor.commands.moveBlock("up")).toBe(false);
  });

  it("keeps a selected block selected, and moves a block by its position (the view's buttons)", () => {
    const editor = fullDocument();
    const chapterAt = positionOf(editor, "chapter");
    editor.commands.setNodeSelection(chapterAt);
    editor.commands.moveBlock("up");
    const order = types(editor);
    expect(order.indexOf("chapter")).toBe(order.indexOf("pullQuote") - 1);
    expect(editor.state.selection).toBeInstanceOf(NodeSelection);
    expect((editor.state.selection as NodeSelection).node.type.name).toBe("chapter");

    // The gallery's "Xuống" while the cursor is elsewhere: the gallery moves and becomes selected.
    editor.commands.setTextSelection(1);
    const moved = moveBlock(editor.state, "down", positionOf(editor, "gallery"));
    expect(moved).not.toBeNull();
    editor.view.dispatch(moved!.tr);
    expect(types(editor).slice(0, 3)).toEqual(["paragraph", "imagePair", "gallery"]);
    expect(moved!.start).toBe(positionOf(editor, "gallery"));
    expect((editor.state.selection as NodeSelection).node.type.name).toBe("gallery");
    // Moving changes the order only: the body still passes.
    expect(storyBodySchema.safeParse(json(editor)).success).toBe(true);
  });

  it("moves a list or quote as a whole when the cursor is inside it", () => {
    const editor = editorWith([paragraph("Một"), { type: "bulletList", content: [{ type: "listItem", content: [paragraph("Ý thứ nhất")] }] }]);
    editor.commands.setTextSelection(editor.state.doc.content.size - 3);
    expect(editor.commands.moveBlock("up")).toBe(true);
    expect(types(editor)).toEqual(["bulletList", "paragraph"]);
  });
});

describe("kinds and their lead blocks", () => {
  it("offers the kind's lead block first in Thêm khối", () => {
    for (const kind of kindChoices) {
      const order = menuOrder(kind);
      const lead = kindRules[kind].leadBlock;
      if (lead) expect(order[0]).toBe(lead);
      expect(new Set(order).size).toBe(mediaBlockTypes.length + 1);
    }
  });

  it("puts the lead block on top, awaiting, takes it back on another kind, and never saves it empty", () => {
    const editor = editorWith();
    putLeadBlock(editor, "article", "photo");
    expect(types(editor)).toEqual(["gallery", "paragraph"]);
    expect(savableBody(json(editor)).content.map((n) => n.type)).toEqual(["paragraph"]);
    // Arrowing on through the kinds: the empty gallery goes, the video comes.
    putLeadBlock(editor, "photo", "video");
    expect(types(editor)).toEqual(["video", "paragraph"]);
    putLeadBlock(editor, "video", "notice");
    expect(types(editor)).toEqual(["paragraph"]);
    putLeadBlock(editor, "notice", "emagazine");
    expect(types(editor)).toEqual(["chapter", "paragraph"]);
    // Opened again (no previous kind): the waiting block is not doubled.
    putLeadBlock(editor, null, "emagazine");
    expect(types(editor)).toEqual(["chapter", "paragraph"]);
  });

  it("leaves a body that has the lead block alone, and a filled one in place", () => {
    const editor = fullDocument();
    const before = types(editor);
    putLeadBlock(editor, "article", "photo");
    expect(types(editor)).toEqual(before);
    // A gallery the writer filled stays when the kind changes again.
    const filled = editorWith();
    putLeadBlock(filled, "article", "photo");
    filled.commands.command(({ tr }) => {
      tr.setNodeMarkup(0, undefined, { items: [photoFromMedia(media(1))] });
      return true;
    });
    putLeadBlock(filled, "photo", "article");
    expect(types(filled)).toEqual(["gallery", "paragraph"]);
    expect(storyBodySchema.safeParse(savableBody(json(filled))).success).toBe(true);
  });
});
