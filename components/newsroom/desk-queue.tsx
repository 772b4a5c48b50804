"use client";

// The desk's queue: stories by state under the filters, with counts per state, refreshed every
// few seconds so two editors see each other's claims; Nhận bài straight from the list.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { DayFirstDateInput } from "@/components/newsroom/day-first-date-input";
import { claimStoryAction } from "@/lib/workflow/actions";
import { Button } from "@/components/ui/button";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { KindBadge } from "@/components/newsroom/kind-badge";
import { Select } from "@/components/ui/select";
import type { StoryStatus } from "@/db/schema";
import { queryKeys } from "@/lib/query-keys";
import type { QueuePage } from "@/lib/stories/newsroom-queries";
import { listCell, listRow, listTable, listTbody, listThead } from "./list-classes";

/** The worker's status as it travels in JSON. */
export type WorkerStatusJson = { lastRunAt: string | null; lastError: string | null; overdue: number; pending: number };
export type QueueData = QueuePage & { worker: WorkerStatusJson };
export type QueueFilters = { status: StoryStatus; section: string; reporter: string; desk: string; from: string; to: string; q: string; page: string };

const filterNames = ["status", "section", "reporter", "desk", "from", "to", "q", "page"] as const;

/** The filters an address holds (the start page's searchParams, or the browser's after back/forward). */
function filtersIn(search: string, fallback: QueueFilters): QueueFilters {
  const params = new URLSearchParams(search);
  const filters = { ...fallback };
  for (const name of filterNames) if (name !== "status") filters[name] = params.get(name) ?? "";
  const status = params.get("status");
  if (status) filters.status = status as StoryStatus;
  return filters;
}

const overdueAfterMs = 3 * 60_000;

function queryString(filters: QueueFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value && !(key === "page" && value === "1")) params.set(key, value);
  return params.toString();
}

export function DeskQueue({
  initial,
  initialFilters,
  statuses,
  sections,
  writers,
  desks,
  onDesks,
  meId,
  showWorker,
}: {
  initial: QueueData;
  initialFilters: QueueFilters;
  statuses: readonly StoryStatus[];
  sections: { id: number; name: string }[];
  writers: { id: number; name: string }[];
  /** The paper's desks; none: no desk filter and no desk column, the queue as on a paper without desks. */
  desks: { id: number; name: string }[];
  /** The person's queue starts at their desks ("Ban của tôi"), the filter's empty value. */
  onDesks: boolean;
  meId: number;
  showWorker: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("desk.queue");
  const deskWords = useTranslations("desks.queue");
  const withDesks = desks.length > 0;
  const table = useTranslations("desk.table");
  const kinds = useTranslations("storyKinds");
  const statusLabel = useTranslations("workflow.status");
  const when = useFormatWhen();
  // "24/11 09:08" on the paper's clocks.
  const fmt = (iso: string | null) => (iso ? when(iso, "dayMonthTime") : "—");
  const [filters, setFilters] = useState(initialFilters);
  const [claiming, startClaim] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const qs = queryString(filters);
  const { data, isError } = useQuery({
    queryKey: queryKeys.queue(qs),
    queryFn: async (): Promise<QueueData> => {
      const response = await fetch(`/api/stories/queue?${qs}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as QueueData;
    },
    initialData: qs === queryString(initialFilters) ? initial : undefined,
    placeholderData: (previous) => previous,
    refetchInterval: 5_000,
  });

  // The address keeps the filters and the page, so a reload or a shared link shows the same queue;
  // a filter replaces the address (typing is not history), a page is a step back and forward go through.
  const set = (patch: Partial<QueueFilters>) => {
    const next = { ...filters, page: "", ...patch };
    setFilters(next);
    window.history.replaceState(null, "", `/toa-soan?${queryString(next)}`);
  };
  const goTo = (page: number) => {
    const next = { ...filters, page: String(page) };
    setFilters(next);
    window.history.pushState(null, "", `/toa-soan?${queryString(next)}`);
    window.scrollTo({ top: 0 });
  };
  useEffect(() => {
    const onPop = () => setFilters(filtersIn(window.location.search, initialFilters));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [initialFilters]);
  const pageHref = (page: number) => `/toa-soan?${queryString({ ...filters, page: String(page) })}`;

  const claim = (id: number) =>
    startClaim(async () => {
      const result = await claimStoryAction({ id });
      if (result.ok) router.push(`/toa-soan/bai-viet/${id}?xong=claim`);
      else setError(result.error);
    });

  const rows = data?.rows ?? [];
  const timeLabel = filters.status === "scheduled" || filters.status === "published" ? t("publishedAt") : t("updated");
  const showViews = filters.status === "published" || filters.status === "unpublished";
  return (
    <div className="space-y-4">
      {showWorker && data ? <WorkerLine worker={data.worker} /> : null}
      <div role="tablist" aria-label={t("statuses")} className="flex flex-wrap gap-2 text-sm">
        {statuses.map((status) => (
          <Button
            key={status}
            role="tab"
            aria-selected={filters.status === status}
            onClick={() => set({ status })}
            variant={filters.status === status ? "primary" : "secondary"}
            size="lg"
          >
            {statusLabel(status)}{" "}
            <span className="font-bold" data-status={status}>
              {data?.counts[status] ?? 0}
            </span>
          </Button>
        ))}
      </div>

      <form
        role="search"
        aria-label={t("filters")}
        className={`grid grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm ${withDesks ? "sm:grid-cols-3 lg:grid-cols-6" : "sm:grid-cols-5"}`}
        onSubmit={(e) => e.preventDefault()}
      >
        {withDesks ? (
          <Field label={deskWords("desk")}>
            <Select value={filters.desk} onChange={(e) => set({ desk: e.target.value })} size="sm">
              {onDesks ? <option value="">{deskWords("mine")}</option> : null}
              <option value={onDesks ? "all" : ""}>{deskWords("all")}</option>
              {desks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={t("section")}>
          <Select value={filters.section} onChange={(e) => set({ section: e.target.value })} size="sm">
            <option value="">{t("all")}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("reporter")}>
          <Select value={filters.reporter} onChange={(e) => set({ reporter: e.target.value })} size="sm">
            <option value="">{t("all")}</option>
            {writers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("from")}>
          <DayFirstDateInput value={filters.from} onChange={(from) => set({ from })} />
        </Field>
        <Field label={t("to")}>
          <DayFirstDateInput value={filters.to} onChange={(to) => set({ to })} />
        </Field>
        <Field label={t("search")} className={withDesks ? "col-span-2 sm:col-span-3 lg:col-span-1" : "col-span-2 sm:col-span-1"}>
          <Input type="search" value={filters.q} onChange={(e) => set({ q: e.target.value })} size="sm" />
        </Field>
      </form>

      {error ? <Notice tone="error">{error}</Notice> : null}
      {isError ? <p className="text-sm text-red-700">{t("refreshFailed")}</p> : null}

      {data && data.rows.length ? (
        <p className="text-sm text-muted" data-testid="queue-count">
          {table("shown", { from: (data.page - 1) * data.pageSize + 1, to: (data.page - 1) * data.pageSize + data.rows.length, total: data.total })}
        </p>
      ) : null}

      {/* A table at desktop width, a stack of cards on a phone (list-classes.ts): nothing scrolls sideways. */}
      <div className="rounded border border-stone-300 bg-white">
        <table className={listTable}>
          <caption className="sr-only">{statusLabel(filters.status)}</caption>
          <thead className={listThead}>
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("title")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("section")}
              </th>
              {withDesks ? (
                <th scope="col" className="px-3 py-2">
                  {deskWords("desk")}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                {t("reporter")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("holder")}
              </th>
              <th scope="col" className="px-3 py-2">
                {timeLabel}
              </th>
              {showViews ? (
                <th scope="col" className="px-3 py-2">
                  {t("views")}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className={listTbody}>
            {rows.length === 0 ? (
              <tr className="block md:table-row">
                <td colSpan={(showViews ? 7 : 6) + (withDesks ? 1 : 0)} className="block px-3 py-4 text-muted md:table-cell">
                  {t("empty")}
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.id} data-story-id={row.id} className={listRow}>
                <td className="w-full md:w-auto md:min-w-56 md:px-3 md:py-2">
                  <Link href={`/toa-soan/bai-viet/${row.id}`} className="font-semibold hover:underline">
                    {row.title || t("untitled")}
                  </Link>
                  <KindBadge kind={row.kind} label={kinds(row.kind)} />
                </td>
                <td className={listCell} data-label={t("section")}>
                  {row.sectionName ?? "—"}
                </td>
                {withDesks ? (
                  <td className={listCell} data-label={deskWords("desk")} data-testid="desk-cell">
                    {row.deskName ?? "—"}
                  </td>
                ) : null}
                <td className={listCell} data-label={t("reporter")}>
                  {row.reporterName}
                </td>
                <td className={listCell} data-label={t("holder")} data-testid="holder-cell">
                  {row.holderId === meId ? t("you") : (row.holderName ?? "—")}
                </td>
                <td className={`${listCell} whitespace-nowrap`} data-label={timeLabel}>
                  {fmt(filters.status === "scheduled" || filters.status === "published" ? row.publishedAt : row.updatedAt)}
                </td>
                {showViews ? (
                  <td className={listCell} data-label={t("views")}>
                    {row.views === null ? "—" : row.views.toLocaleString("vi")}
                  </td>
                ) : null}
                <td className="w-full md:w-auto md:px-3 md:py-2">
                  {row.claimable ? (
                    <Button
                      variant="primary"
                      size="sm"
                      disabled={claiming}
                      onClick={() => claim(row.id)}
                      className="whitespace-nowrap max-md:w-full max-md:py-2"
                      aria-label={t("claimStory", { title: row.title })}
                    >
                      {t("claim")}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Also past the last page (stories claimed meanwhile), so there is a way back. */}
      {data && (data.pageCount > 1 || data.page > 1) ? (
        <nav aria-label={table("pagination")} className="flex items-center gap-4 text-sm">
          {data.page > 1 ? (
            <a
              href={pageHref(data.page - 1)}
              rel="prev"
              className="underline"
              onClick={(e) => {
                e.preventDefault();
                goTo(data.page - 1);
              }}
            >
              {table("previous")}
            </a>
          ) : null}
          <span aria-current="page">{table("current", { page: data.page, pageCount: data.pageCount })}</span>
          {data.page < data.pageCount ? (
            <a
              href={pageHref(data.page + 1)}
              rel="next"
              className="underline"
              onClick={(e) => {
                e.preventDefault();
                goTo(data.page + 1);
              }}
            >
              {table("next")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** When the publication worker last ran; anything overdue is shown loudly, never hidden. */
function WorkerLine({ worker }: { worker: WorkerStatusJson }) {
  const t = useTranslations("desk.worker");
  const when = useFormatWhen();
  const last = worker.lastRunAt ? new Date(worker.lastRunAt) : null;
  const stalled = !last || Date.now() - last.getTime() > overdueAfterMs;
  const lastRun = last ? when(last, "dayMonthTime") : t("never");
  if (worker.overdue > 0 || (stalled && worker.pending > 0)) {
    return (
      <Notice tone="error">
        {worker.lastError
          ? t("lateWithError", { overdue: worker.overdue, error: worker.lastError, last: lastRun })
          : t("late", { overdue: worker.overdue, last: lastRun })}
      </Notice>
    );
  }
  return (
    <p className="text-sm text-muted" data-testid="worker-status">
      {t("status", { last: lastRun, pending: worker.pending })}
    </p>
  );
}
