"use client";

import { EditorContent, ReactNodeViewRenderer, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { StoryBody } from "@/db/schema";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import { Button } from "@/components/ui/button";
import type { StoryKind } from "@/lib/stories/kinds";
import { AddBlockMenu } from "./add-block-menu";
import { figureFromMedia, savableBody } from "./block-attrs";
import { putLeadBlock } from "./block-nodes";
import { AudioView, ChapterView, EmbedView, GalleryView, ImagePairView, InfographicView, PullQuoteView, VideoView } from "./block-views";
import { blockNodes, textExtensions } from "./editor-extensions";
import { FigureView } from "./figure-view";

const extensions = [
  ...textExtensions,
  blockNodes.Figure.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) }),
  blockNodes.Gallery.extend({ addNodeView: () => ReactNodeViewRenderer(GalleryView) }),
  blockNodes.ImagePair.extend({ addNodeView: () => ReactNodeViewRenderer(ImagePairView) }),
  blockNodes.Video.extend({ addNodeView: () => ReactNodeViewRenderer(VideoView) }),
  blockNodes.Audio.extend({ addNodeView: () => ReactNodeViewRenderer(AudioView) }),
  blockNodes.Embed.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) }),
  blockNodes.PullQuote.extend({ addNodeView: () => ReactNodeViewRenderer(PullQuoteView) }),
  blockNodes.Chapter.extend({ addNodeView: () => ReactNodeViewRenderer(ChapterView) }),
  blockNodes.Infographic.extend({ addNodeView: () => ReactNodeViewRenderer(InfographicView) }),
];

/** The body to hand to the draft: plain JSON (ProseMirror's attrs are not plain objects) without blocks still awaiting. */
const bodyOf = (editor: Editor) => savableBody(JSON.parse(JSON.stringify(editor.getJSON())) as StoryBody);

export function RichTextEditor({
  initial,
  onChange,
  editable,
  kind,
}: {
  initial: StoryBody;
  onChange: (body: StoryBody) => void;
  editable: boolean;
  /** The story's kind: its lead block comes first in "Thêm khối", and is put on top when the kind is chosen. */
  kind: StoryKind;
}) {
  const t = useTranslations("editor.fields");
  // What was last handed on: a block that is still empty changes nothing worth saving.
  const sent = useRef<string | null>(null);
  // The kind the body was last fitted to (block-nodes.ts putLeadBlock).
  const shownKind = useRef(kind);
  const editor = useEditor({
    extensions,
    content: initial,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-label": t("body"),
        role: "textbox",
        "aria-multiline": "true",
        class: "story-body prose-editor min-h-80 px-3 py-3 sm:px-4 font-serif text-lg leading-relaxed focus:outline-none",
      },
    },
    onCreate: ({ editor }) => {
      sent.current = JSON.stringify(bodyOf(editor));
      // A story of a kind whose lead block it lacks shows that block waiting on top, also when
      // opened again (the empty block itself is never saved).
      putLeadBlock(editor, null, shownKind.current);
    },
    onUpdate: ({ editor }) => {
      const body = bodyOf(editor);
      const json = JSON.stringify(body);
      if (json === sent.current) return;
      sent.current = json;
      onChange(body);
    },
  });

  useEffect(() => {
    const previous = shownKind.current;
    shownKind.current = kind;
    if (editor && editable && previous !== kind) putLeadBlock(editor, previous, kind);
  }, [editor, editable, kind]);

  return (
    <div className="rounded border border-stone-400 bg-white">
      {editor && editable ? <Toolbar editor={editor} kind={kind} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, kind }: { editor: Editor; kind: StoryKind }) {
  const t = useTranslations("editor.toolbar");
  const [picking, setPicking] = useState(false);
  const button = (label: string, text: string, active: boolean, run: () => void) => (
    <Button key={label} variant="ghost" size="sm" aria-label={label} aria-pressed={active} title={label} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {text}
    </Button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div role="toolbar" aria-label={t("label")} className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-stone-300 bg-stone-50 p-1">
      {button(t("paragraph"), "¶", editor.isActive("paragraph"), () => chain().setParagraph().run())}
      {button(t("heading2"), "H2", editor.isActive("heading", { level: 2 }), () => chain().toggleHeading({ level: 2 }).run())}
      {button(t("heading3"), "H3", editor.isActive("heading", { level: 3 }), () => chain().toggleHeading({ level: 3 }).run())}
      {button(t("bold"), "B", editor.isActive("bold"), () => chain().toggleBold().run())}
      {button(t("italic"), "I", editor.isActive("italic"), () => chain().toggleItalic().run())}
      {button(t("link"), t("link"), editor.isActive("link"), () => {
        const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
        const href = window.prompt(t("linkPrompt"), previous);
        if (href === null) return;
        if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
        else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
      })}
      {button(t("quote"), "“ ”", editor.isActive("blockquote"), () => chain().toggleBlockquote().run())}
      {button(t("bulletList"), "•", editor.isActive("bulletList"), () => chain().toggleBulletList().run())}
      {button(t("orderedList"), "1.", editor.isActive("orderedList"), () => chain().toggleOrderedList().run())}
      {button(t("image"), t("imageText"), false, () => setPicking(true))}
      <AddBlockMenu editor={editor} kind={kind} />
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            chain().insertBlock("figure", figureFromMedia(m)).run();
            setPicking(false);
          }}
        />
      ) : null}
    </div>
  );
}
