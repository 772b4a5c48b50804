"use client";

// "Thêm khối": the media blocks a story may hold, the kind's lead block first. A menu button
// (WAI-ARIA menu pattern): ↓/↑/Home/End move within it, Esc closes it and gives the focus back.
// A block that needs a library item opens the picker as it appears (block-views.tsx).
import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import { Button } from "@/components/ui/button";
import { kindRules, type StoryKind } from "@/lib/stories/kinds";
import { figureFromMedia, menuOrder, type MenuBlock } from "./block-attrs";
import { freshFromMenu } from "./block-nodes";

export function AddBlockMenu({ editor, kind }: { editor: Editor; kind: StoryKind }) {
  const t = useTranslations("editor.blocks");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pickingFull, setPickingFull] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const blocks = menuOrder(kind);
  const lead = kindRules[kind].leadBlock;

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !trigger.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const choose = (block: MenuBlock) => {
    setOpen(false);
    if (block === "fullFigure") {
      // A figure without its photo is a valid (imported) figure: this one is only inserted once picked.
      setPickingFull(true);
      return;
    }
    // The block's view opens its picker or takes the focus on appearing (not the text: its
    // focus would come a frame later and take the field's).
    freshFromMenu.add(editor);
    editor.chain().insertBlock(block).run();
  };

  return (
    // On a phone the menu spans the toolbar (the sticky toolbar places it); from sm it hangs from its button.
    <div className="sm:relative">
      <Button
        ref={trigger}
        variant="ghost"
        size="sm"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className="font-semibold"
      >
        {t("menu")} ▾
      </Button>
      {open ? (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="absolute inset-x-1 top-full z-30 mt-1 rounded border border-stone-300 bg-white py-1 font-sans shadow-lg sm:inset-x-auto sm:left-0 sm:w-80"
          onKeyDown={(e) => {
            const list = items();
            const at = list.indexOf(document.activeElement as HTMLElement);
            const go = (i: number) => list[(i + list.length) % list.length]?.focus();
            if (e.key === "ArrowDown") go(at + 1);
            else if (e.key === "ArrowUp") go(at - 1);
            else if (e.key === "Home") go(0);
            else if (e.key === "End") go(list.length - 1);
            else if (e.key === "Escape") close();
            else if (e.key === "Tab") setOpen(false);
            else return;
            if (e.key !== "Tab") e.preventDefault();
          }}
        >
          {blocks.map((block) => (
            <li key={block} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => choose(block)}
                className="flex min-h-11 w-full items-center justify-between gap-2 px-3 py-2 text-left hover:bg-stone-100 focus:bg-stone-100 focus:outline-2 focus:outline-blue-700"
              >
                <span>{t(`names.${block}`)}</span>
                {block === lead ? <span className="text-xs text-muted">{t("leadHint")}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {pickingFull ? (
        <MediaPicker
          onClose={() => setPickingFull(false)}
          onPick={(m) => {
            editor.chain().focus().insertBlock("figure", figureFromMedia(m, "full")).run();
            setPickingFull(false);
          }}
        />
      ) : null}
    </div>
  );
}
