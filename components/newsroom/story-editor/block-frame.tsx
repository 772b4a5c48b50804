"use client";

// The frame every media block's view shares: its name, the handle to drag it by, "Lên" / "Xuống"
// and "Xóa khối", Alt+↑ / Alt+↓ from anywhere inside it, and the line saying it is not saved yet
// while it awaits its media or words.
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { createPortal } from "react-dom";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Direction } from "./move-block";

/**
 * The library picker of a block, drawn outside the editor's text: inside it, ProseMirror would
 * take clicks on the dialog for clicks on the block (selecting it and taking the focus).
 */
export function BlockPicker(props: React.ComponentProps<typeof MediaPicker>) {
  return createPortal(<MediaPicker {...props} />, document.body);
}

/** Moves the block of this view, then gives the focus back to the same button in its new place. */
export function moveThisBlock({ editor, getPos }: Pick<ReactNodeViewProps, "editor" | "getPos">, direction: Direction, focusSelector?: string) {
  const pos = getPos();
  if (typeof pos !== "number") return;
  if (!editor.commands.moveBlock(direction, pos)) return;
  if (!focusSelector) return;
  // The view may be drawn again in its new place: find it there after React has rendered.
  setTimeout(() => {
    const at = editor.state.selection.from;
    const dom = editor.view.nodeDOM(at);
    const target = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(focusSelector) : null;
    (target && !target.hasAttribute("disabled") ? target : dom instanceof HTMLElement ? dom.querySelector<HTMLElement>("[data-move]") : null)?.focus();
  }, 0);
}

export function BlockFrame({
  view,
  name,
  awaiting,
  as = "section",
  onRemove,
  removeText,
  children,
  className,
}: {
  view: ReactNodeViewProps;
  /** The block's name, as the "Thêm khối" menu says it. */
  name: string;
  /** Said while the block is left out of the saved story (block-attrs.ts isAwaiting). */
  awaiting?: string | null;
  as?: "section" | "figure";
  /** Instead of deleting the node (the figure keeps its own "Xóa ảnh"). */
  onRemove?: () => void;
  removeText?: string;
  children: React.ReactNode;
  className?: string;
}) {
  const t = useTranslations("editor.blocks");
  const { selected, deleteNode } = view;
  return (
    <NodeViewWrapper
      as={as}
      aria-label={name}
      data-block-view=""
      className={cn(
        "my-4 rounded border bg-stone-50 p-2 font-sans text-base sm:p-3",
        selected ? "border-blue-600 ring-2 ring-blue-600/30" : "border-stone-300",
        className,
      )}
      onKeyDown={(e: React.KeyboardEvent) => {
        // Inside a block's fields ProseMirror does not see the keys: the frame moves the block itself.
        if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
        e.preventDefault();
        e.stopPropagation();
        const active = document.activeElement;
        const selector = active instanceof HTMLElement && active.dataset.move ? `[data-move="${active.dataset.move}"]` : undefined;
        moveThisBlock(view, e.key === "ArrowUp" ? "up" : "down", selector);
      }}
    >
      {/* The name and its handle, then the buttons: on a phone the buttons keep together on a row of their own. */}
      <div className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1" contentEditable={false}>
        <div className="flex min-w-0 flex-1 basis-48 items-center gap-2">
          {/* Mouse only: the buttons beside it do the same from the keyboard. */}
          <span
            draggable="true"
            data-drag-handle=""
            title={t("dragHandle")}
            aria-hidden="true"
            className="cursor-grab touch-none rounded px-1 text-lg leading-none text-stone-500 select-none hover:bg-stone-200 active:cursor-grabbing"
          >
            ⠿
          </span>
          <strong className="min-w-0 text-sm tracking-wide text-stone-700 uppercase">{name}</strong>
        </div>
        <div className="flex gap-2">
          <Button size="sm" data-move="up" aria-label={t("upLabel", { block: name })} onClick={() => moveThisBlock(view, "up", '[data-move="up"]')}>
            {t("up")}
          </Button>
          <Button size="sm" data-move="down" aria-label={t("downLabel", { block: name })} onClick={() => moveThisBlock(view, "down", '[data-move="down"]')}>
            {t("down")}
          </Button>
          <Button size="sm" variant="danger-outline" aria-label={t("removeLabel", { block: name })} onClick={onRemove ?? deleteNode}>
            {removeText ?? t("remove")}
          </Button>
        </div>
      </div>
      {awaiting ? (
        <p className="mb-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950" contentEditable={false}>
          {awaiting}
        </p>
      ) : null}
      <div contentEditable={false}>{children}</div>
    </NodeViewWrapper>
  );
}
