"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { Button } from "./button";
import { cn } from "./cn";

/**
 * A modal on the native <dialog>: shown with showModal() when it mounts, so focus stays inside,
 * the page behind is inert and Esc closes. Mount it to open it, unmount it to close it; Esc asks
 * the owner (onClose) instead of closing behind React's back.
 */
export function Dialog({
  label,
  onClose,
  className,
  children,
}: {
  /** The dialog's accessible name. */
  label: string;
  onClose: () => void;
  className?: string;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={cn(
        "m-auto max-h-[90vh] w-[min(64rem,95vw)] overflow-y-auto rounded-lg border border-stone-300 bg-stone-50 p-0 text-ink shadow-xl backdrop:bg-black/50",
        className,
      )}
    >
      {children}
    </dialog>
  );
}

/** The dialog's title bar, kept in view while its body scrolls, with the way out. */
export function DialogHeader({
  title,
  onClose,
  closeLabel,
  closeText,
}: {
  title: React.ReactNode;
  onClose: () => void;
  /** The close button's accessible name, saying what it closes ("Đóng thư viện ảnh"). */
  closeLabel: string;
  /** The button's word; "Đóng" (the catalogue's ui.dialog.close) unless told otherwise. */
  closeText?: string;
}) {
  const t = useTranslations("ui.dialog");
  return (
    <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-stone-300 bg-white px-4 py-3">
      <h2 className="text-lg font-bold">{title}</h2>
      <Button onClick={onClose} aria-label={closeLabel} size="sm">
        {closeText ?? t("close")}
      </Button>
    </div>
  );
}
