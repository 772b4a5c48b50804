import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { storyStatuses } from "@/db/schema";
import { getNewsroomT } from "@/lib/i18n/server";
import type { Actor } from "@/lib/policy/policy";
import { getSectionChoices } from "@/lib/stories/editor-queries";
import { kindChoices } from "@/lib/stories/kinds";
import { can } from "@/lib/policy/policy";
import {
  getOwnStories,
  getPublishedThisMonth,
  getPublishedThisMonthByWriter,
  ownStoriesFilterSchema,
  type WriterMonthCount,
} from "@/lib/stories/newsroom-queries";
import { calendarDateIn } from "@/lib/text/dateline";
import { StoryTable } from "./story-table";

const filterKeys = ["q", "status", "section", "kind"] as const;

/** The address of a page of the list under the same filters (page 1 is left out). */
export function listHref(base: string, params: Record<string, string | undefined>, keys: readonly string[], page: number): string {
  const query = new URLSearchParams();
  for (const key of keys) if (params[key]) query.set(key, params[key]);
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return qs ? `${base}?${qs}` : base;
}

/**
 * "Bài của tôi" in full: the month's count of published stories, search and filters in a plain
 * form (they travel in the address, so back, forward and a shared link show the same list), and
 * one page of stories with how many there are. Rendered on the server: no script of its own.
 */
export async function OwnStories({ actor, params, base }: { actor: Actor; params: Record<string, string | undefined>; base: string }) {
  const filter = ownStoriesFilterSchema.parse(params);
  const [list, publishedThisMonth, byWriter, sections, t, kinds] = await Promise.all([
    getOwnStories(actor, filter),
    getPublishedThisMonth(actor),
    can(actor, "queue.view") ? getPublishedThisMonthByWriter(actor) : null,
    getSectionChoices(actor),
    getNewsroomT("desk.reporter"),
    getNewsroomT("storyKinds"),
  ]);
  const [table, statusLabel] = await Promise.all([getNewsroomT("desk.table"), getNewsroomT("workflow.status")]);
  const today = calendarDateIn(new Date());
  const month = `${String(today.month).padStart(2, "0")}/${today.year}`;
  const filtered = filterKeys.some((key) => params[key]);
  return (
    <>
      <p className="mt-2 font-semibold" data-testid="published-this-month">
        {t("publishedThisMonth", { month, count: publishedThisMonth })}
      </p>
      {byWriter ? <WriterCounts counts={byWriter} month={month} /> : null}
      <form
        method="get"
        action={base}
        role="search"
        aria-label={t("filters")}
        className="mt-4 grid grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm sm:grid-cols-[2fr_1fr_1fr_1fr_auto]"
      >
        <Field label={t("search")} className="col-span-2 sm:col-span-1">
          <Input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={200} size="sm" />
        </Field>
        <Field label={t("status")}>
          <Select name="status" defaultValue={filter.status ?? ""} size="sm">
            <option value="">{t("all")}</option>
            {storyStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
            <option value="returned">{table("returned")}</option>
          </Select>
        </Field>
        <Field label={t("section")}>
          <Select name="section" defaultValue={filter.section ? String(filter.section) : ""} size="sm">
            <option value="">{t("all")}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("kind")}>
          <Select name="kind" defaultValue={filter.kind ?? ""} size="sm">
            <option value="">{t("all")}</option>
            {kindChoices.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex items-end gap-3">
          <Button type="submit" size="sm">
            {t("apply")}
          </Button>
          {filtered ? (
            <Link href={base} className="underline">
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mt-2 text-sm">
        <Link href="/toa-soan/tim-kiem" className="underline">
          {t("searchNewsroom")}
        </Link>
      </p>
      <StoryTable
        caption={t("table")}
        list={list}
        columns={["section", "status", "updated", "views", "note"]}
        pageHref={(page) => listHref(base, params, filterKeys, page)}
      />
    </>
  );
}

/** For the desk: how many stories each writer has had published this month. */
async function WriterCounts({ counts, month }: { counts: WriterMonthCount[]; month: string }) {
  const t = await getNewsroomT("desk.reporter");
  return (
    <details className="mt-2 rounded border border-stone-300 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t("byWriter", { month })}</summary>
      {counts.length === 0 ? (
        <p className="mt-2 text-muted">{t("noneByWriter")}</p>
      ) : (
        <table className="mt-2 w-full max-w-md text-left">
          <caption className="sr-only">{t("byWriter", { month })}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">
                {t("writer")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("count")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {counts.map((c) => (
              <tr key={c.id}>
                <td className="py-1 pr-3">{c.name}</td>
                <td className="py-1 text-right tabular-nums">{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
