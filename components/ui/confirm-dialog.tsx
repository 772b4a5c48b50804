"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "use-intl";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * The one question before a move that cannot be taken back (Xuất bản ngay, Gỡ bài…): a modal
 * dialog naming the move, what it does, and two answers. Focus starts on Hủy (the first control)
 * unless the dialog holds fields (a Lý do), so Enter never publishes by accident; Esc and Hủy
 * change nothing. Fields given as children belong to the dialog's form: the confirm button submits
 * it, and the browser's own checks (required) run first.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  tone = "primary",
  busy = false,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  description?: React.ReactNode;
  /** The move's own word ("Xuất bản ngay", "Xác nhận gỡ bài"), never a bare "OK". */
  confirmLabel: string;
  tone?: "primary" | "danger";
  busy?: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: React.ReactNode;
}) {
  const t = useTranslations("ui.dialog");
  const titleId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const asksForFields = Boolean(children);
  // After the dialog opened (its effect runs first): on Hủy, unless there is a field to fill.
  useEffect(() => {
    if (!asksForFields) cancel.current?.focus();
  }, [asksForFields]);
  return (
    <Dialog label={title} onClose={onCancel} className="w-[min(32rem,95vw)] bg-white">
      <form
        className="space-y-3 p-4"
        aria-labelledby={titleId}
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {description ? <div className="text-sm">{description}</div> : null}
        {children}
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <Button ref={cancel} size="lg" onClick={onCancel}>
            {t("cancel")}
          </Button>
          <Button type="submit" size="lg" variant={tone === "danger" ? "danger" : "primary"} disabled={busy || confirmDisabled}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
