import type { ProposalStatus } from "@/db/schema";
import { cn } from "@/components/ui/cn";

// A proposal's state as a coloured label (dark text on a pale tint, 4.5:1), beside its title.
const tones = {
  pending: "border-amber-500 bg-amber-50 text-amber-900",
  changes_requested: "border-red-700 bg-red-50 text-red-800",
  approved: "border-teal-600 bg-teal-50 text-teal-900",
  rejected: "border-stone-700 bg-stone-700 text-white",
  withdrawn: "border-stone-400 bg-stone-100 text-stone-800",
} as const satisfies Record<ProposalStatus, string>;

/** `label`: the status's name in the reader's language (catalogue `plan.proposalStatus`). */
export function ProposalStatusBadge({ status, label, className }: { status: ProposalStatus; label: string; className?: string }) {
  return (
    <span data-status={status} className={cn("inline-block rounded border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", tones[status], className)}>
      {label}
    </span>
  );
}
