import type { StoryStatus } from "@/db/schema";
import { statusLabels } from "@/lib/workflow/transitions";

/**
 * A story's status in the newsroom's lists, in one place for every list (a returned draft says
 * "Bị trả lại"). `returnedLabel` is that word in the person's language (catalogue `desk.table`).
 */
export function StoryStatusLabel({ status, returned = false, returnedLabel }: { status: StoryStatus; returned?: boolean; returnedLabel: string }) {
  return (
    <span
      data-status={returned ? "returned" : status}
      className={returned ? "rounded bg-amber-100 px-2 py-0.5 whitespace-nowrap text-amber-900" : "rounded bg-stone-200 px-2 py-0.5 whitespace-nowrap"}
    >
      {returned ? returnedLabel : statusLabels[status]}
    </span>
  );
}
