"use client";

import { useTranslations } from "use-intl";
import type { StoryStatus } from "@/db/schema";
import { cn } from "@/components/ui/cn";

// One colour per status, each pair at least 4.5:1 (WCAG AA for small text): dark text on a pale
// tint, or white on a deep colour for the two states readers can see (published, taken down).
// A returned draft is red: it is waiting for its writer.
const tones = {
  draft: "border-stone-400 bg-stone-100 text-stone-800",
  returned: "border-red-700 bg-red-50 text-red-800",
  submitted: "border-amber-500 bg-amber-50 text-amber-900",
  in_review: "border-sky-600 bg-sky-50 text-sky-900",
  approved: "border-teal-600 bg-teal-50 text-teal-900",
  scheduled: "border-violet-600 bg-violet-50 text-violet-900",
  published: "border-green-800 bg-green-800 text-white",
  unpublished: "border-stone-700 bg-stone-700 text-white",
} as const satisfies Record<StoryStatus | "returned", string>;

/**
 * A story's status as a coloured label, the same on every newsroom screen. A draft the desk sent
 * back reads "Bị trả lại": pass `returned` (lib/stories: the draft's last move was a return).
 */
export function StatusBadge({
  status,
  returned = false,
  className,
  ...rest
}: { status: StoryStatus; returned?: boolean; className?: string } & Omit<React.ComponentProps<"span">, "children">) {
  const t = useTranslations("workflow");
  const shown = status === "draft" && returned ? "returned" : status;
  return (
    <span
      data-status={shown}
      className={cn("inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap", tones[shown], className)}
      {...rest}
    >
      {shown === "returned" ? t("returned") : t(`status.${shown}`)}
    </span>
  );
}
