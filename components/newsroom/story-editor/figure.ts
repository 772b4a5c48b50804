// A figure in the story body: an image (or, for imported archives, only its caption) with
// Chú thích ảnh and Nguồn ảnh, in the column or (`width: "full"`, "Ảnh toàn khổ") across the page.
// Stored as one atom node whose attributes the renderer allowlists. No React here: the editor
// gives it its view (figure-view.tsx), tests build it headless.
import { Node } from "@tiptap/core";
import type { BlockAttrs } from "@/lib/stories/blocks";

export type FigureAttrs = BlockAttrs["figure"];

declare module "@tiptap/core" {
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
      width: { default: "column" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          // A figure copied from this editor carries all its attributes; one from elsewhere, what its HTML says.
          const copied = element.getAttribute("data-attrs");
          if (copied) {
            try {
              const attrs = JSON.parse(copied) as Partial<FigureAttrs>;
              return {
                mediaId: typeof attrs.mediaId === "number" ? attrs.mediaId : null,
                src: typeof attrs.src === "string" ? attrs.src : null,
                alt: typeof attrs.alt === "string" ? attrs.alt : "",
                caption: typeof attrs.caption === "string" ? attrs.caption : "",
                credit: typeof attrs.credit === "string" ? attrs.credit : "",
                width: attrs.width === "full" ? "full" : "column",
              };
            } catch {
              // Not ours after all: read it as any other figure.
            }
          }
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
  renderHTML({ node }) {
    const { src, alt, caption } = node.attrs as FigureAttrs;
    return ["figure", { "data-attrs": JSON.stringify(node.attrs) }, ...(src ? [["img", { src, alt }]] : []), ["figcaption", {}, caption]];
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
