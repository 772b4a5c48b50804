"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { StoryBody } from "@/db/schema";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import { Button } from "@/components/ui/button";
import { Figure } from "./figure";

// Only what the paper prints: the schema on the server refuses anything else anyway.
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], defaultProtocol: "https" },
  }),
  Figure,
];

export function RichTextEditor({ initial, onChange, editable }: { initial: StoryBody; onChange: (body: StoryBody) => void; editable: boolean }) {
  const t = useTranslations("editor.fields");
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
        class: "story-body prose-editor min-h-80 px-4 py-3 font-serif text-lg leading-relaxed focus:outline-none",
      },
    },
    // ProseMirror's attrs are not plain objects; a server action would receive them as opaque
    // references, so the document is sent as plain JSON.
    onUpdate: ({ editor }) => onChange(JSON.parse(JSON.stringify(editor.getJSON())) as StoryBody),
  });
  return (
    <div className="rounded border border-stone-400 bg-white">
      {editor && editable ? <Toolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
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
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            chain().insertFigure({ mediaId: m.id, src: m.url, alt: m.alt, caption: m.caption, credit: m.credit }).run();
            setPicking(false);
          }}
        />
      ) : null}
    </div>
  );
}
