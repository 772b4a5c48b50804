"use client";

import { useQuery } from "@tanstack/react-query";
import type { StoryStatus } from "@/db/schema";
import type { QueueCounts as Counts } from "@/lib/stories/newsroom-queries";
import { queryKeys } from "@/lib/query-keys";
import { statusLabels } from "@/lib/workflow/transitions";

async function fetchCounts(): Promise<Counts> {
  const response = await fetch("/api/stories/counts", { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Counts;
}

/** Counts per state, refreshed every few seconds so the desk sees each other's moves. */
export function QueueCounts({ initial, statuses }: { initial: Counts; statuses: readonly StoryStatus[] }) {
  const { data, isError } = useQuery({ queryKey: queryKeys.queueCounts, queryFn: fetchCounts, initialData: initial, refetchInterval: 5_000 });
  return (
    <section aria-label="Số bài theo trạng thái">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {statuses.map((status) => (
          <li key={status} className="rounded border border-stone-300 bg-white p-3">
            <p className="text-sm text-muted">{statusLabels[status]}</p>
            <p className="text-2xl font-bold" data-status={status}>
              {data[status] ?? 0}
            </p>
          </li>
        ))}
      </ul>
      {isError ? <p className="mt-2 text-sm text-red-700">Không cập nhật được số liệu; đang thử lại…</p> : null}
    </section>
  );
}
