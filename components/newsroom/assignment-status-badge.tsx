import type { AssignmentStatus } from "@/db/schema";
import { cn } from "@/components/ui/cn";

// An assignment's state as a coloured label (4.5:1), and its deadline's warning when it is late.
const tones = {
  offered: "border-amber-500 bg-amber-50 text-amber-900",
  accepted: "border-sky-600 bg-sky-50 text-sky-900",
  in_progress: "border-violet-600 bg-violet-50 text-violet-900",
  done: "border-green-800 bg-green-800 text-white",
  declined: "border-red-700 bg-red-50 text-red-800",
  cancelled: "border-stone-400 bg-stone-100 text-stone-800",
} as const satisfies Record<AssignmentStatus, string>;

/** `label`: the status's name in the reader's language (catalogue `plan.assignmentStatus`). */
export function AssignmentStatusBadge({ status, label, className }: { status: AssignmentStatus; label: string; className?: string }) {
  return (
    <span data-status={status} className={cn("inline-block rounded border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", tones[status], className)}>
      {label}
    </span>
  );
}

/** "Quá hạn" / "Sắp đến hạn" beside a deadline, for work still open. */
export function DeadlineWarning({ tone, label }: { tone: "overdue" | "dueSoon"; label: string }) {
  return (
    <span
      className={cn(
        "ml-2 inline-block rounded border px-2 py-0.5 text-xs font-semibold",
        tone === "overdue" ? "border-red-700 bg-red-700 text-white" : "border-amber-600 bg-amber-50 text-amber-900",
      )}
    >
      {label}
    </span>
  );
}
