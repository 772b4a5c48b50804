"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import type { StoryBody } from "@/db/schema";
import { MediaPicker } from "@/components/newsroom/media-picker";
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
  const editor = useEditor({
    extensions,
    content: initial,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-label": "Nội dung",
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
  const [picking, setPicking] = useState(false);
  const button = (label: string, text: string, active: boolean, run: () => void) => (
    <Button key={label} variant="ghost" size="sm" aria-label={label} aria-pressed={active} title={label} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {text}
    </Button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div role="toolbar" aria-label="Định dạng" className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-stone-300 bg-stone-50 p-1">
      {button("Đoạn văn", "¶", editor.isActive("paragraph"), () => chain().setParagraph().run())}
      {button("Tiêu đề phụ cấp 2", "H2", editor.isActive("heading", { level: 2 }), () => chain().toggleHeading({ level: 2 }).run())}
      {button("Tiêu đề phụ cấp 3", "H3", editor.isActive("heading", { level: 3 }), () => chain().toggleHeading({ level: 3 }).run())}
      {button("Đậm", "B", editor.isActive("bold"), () => chain().toggleBold().run())}
      {button("Nghiêng", "I", editor.isActive("italic"), () => chain().toggleItalic().run())}
      {button("Liên kết", "Liên kết", editor.isActive("link"), () => {
        const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
        const href = window.prompt("Địa chỉ liên kết (https://…)", previous);
        if (href === null) return;
        if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
        else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
      })}
      {button("Trích dẫn", "“ ”", editor.isActive("blockquote"), () => chain().toggleBlockquote().run())}
      {button("Danh sách", "•", editor.isActive("bulletList"), () => chain().toggleBulletList().run())}
      {button("Danh sách số", "1.", editor.isActive("orderedList"), () => chain().toggleOrderedList().run())}
      {button("Chèn ảnh", "Ảnh", false, () => setPicking(true))}
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
