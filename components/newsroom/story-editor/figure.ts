// A figure in the story body: an image (or, for imported archives, only its caption) with
// Chú thích ảnh and Nguồn ảnh. Stored as one atom node whose attributes the renderer allowlists.
import { mergeAttributes, Node, ReactNodeViewRenderer } from "@tiptap/react";
import { FigureView } from "./figure-view";

export type FigureAttrs = { mediaId: number | null; src: string | null; alt: string; caption: string; credit: string };

declare module "@tiptap/react" {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: FigureAttrs) => ReturnType };
  }
}

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: { default: null },
      src: { default: null },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          return {
            src: img?.getAttribute("src") ?? null,
            alt: img?.getAttribute("alt") ?? "",
            caption: element.querySelector("figcaption")?.textContent?.trim() ?? "",
            credit: "",
          };
        },
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, alt, caption } = HTMLAttributes as FigureAttrs;
    return ["figure", mergeAttributes({}), ...(src ? [["img", { src, alt }]] : []), ["figcaption", {}, caption]];
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
