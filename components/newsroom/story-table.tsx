import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getNewsroomFormatWhen, getNewsroomLocale, getNewsroomT } from "@/lib/i18n/server";
import type { ListPage, NewsroomStoryRow } from "@/lib/stories/newsroom-queries";
import { KindBadge } from "./kind-badge";
import { listCell, listRow, listTable, listTbody, listThead } from "./list-classes";
import { StatusBadge } from "./status-badge";

type Column = "section" | "status" | "reporter" | "holder" | "updated" | "published" | "note" | "views";
type FormatWhen = Awaited<ReturnType<typeof getNewsroomFormatWhen>>;

/**
 * A server-rendered list of stories: a table at desktop width, a stack of cards on a phone (each
 * value labelled), with "Hiển thị 1–50 trên 137 bài" and a pager whose pages are addresses.
 * `pageHref` gives a page's address; without it the list is a short preview (no pager).
 */
export async function StoryTable({
  caption,
  list,
  columns,
  pageHref,
  footer,
}: {
  caption: string;
  list: ListPage<NewsroomStoryRow>;
  columns: Column[];
  pageHref?: (page: number) => string;
  footer?: React.ReactNode;
}) {
  const [t, kinds, when, locale] = await Promise.all([getNewsroomT("desk.table"), getNewsroomT("storyKinds"), getNewsroomFormatWhen(), getNewsroomLocale()]);
  const { rows, total, page, pageSize, pageCount } = list;
  const from = (page - 1) * pageSize + 1;
  return (
    <section className="mt-6">
      <h2 className="mb-2 text-lg font-semibold">
        {caption} <span className="text-sm font-normal text-muted">({total})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted" data-testid="list-count">
            {t("shown", { from, to: from + rows.length - 1, total })}
          </p>
          <div className="rounded border border-stone-300 bg-white">
            <table className={listTable}>
              <caption className="sr-only">{caption}</caption>
              <thead className={listThead}>
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("title")}
                  </th>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 whitespace-nowrap">
                      {t(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={listTbody}>
                {rows.map((row) => (
                  <tr key={row.id} className={listRow} data-story-id={row.id}>
                    <td className="w-full font-medium md:w-auto md:min-w-64 md:px-3 md:py-2">
                      <Link href={`/toa-soan/bai-viet/${row.id}`} className="hover:text-brand hover:underline">
                        {row.title || t("untitled")}
                      </Link>
                      <KindBadge kind={row.kind} label={kinds(row.kind)} />
                    </td>
                    {columns.map((c) => {
                      const value = cell(row, c, when);
                      // A card on a phone leaves out what is empty; the table keeps its dash.
                      const width = c === "note" ? "w-full md:w-auto" : "";
                      return (
                        <td key={c} data-label={t(c)} className={`${listCell} ${width} ${value === "—" ? "max-md:hidden" : ""}`}>
                          {value}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {pageHref ? <Pagination page={page} pageCount={pageCount} href={pageHref} locale={locale} className="mt-3" /> : null}
      {footer}
    </section>
  );
}

function cell(row: NewsroomStoryRow, column: Column, when: FormatWhen) {
  switch (column) {
    case "section":
      return row.sectionName ?? "—";
    case "status":
      return <StatusBadge status={row.status} returned={row.returned} />;
    case "reporter":
      return row.reporterName;
    case "holder":
      return row.holderName ?? "—";
    case "updated":
      return <span className="whitespace-nowrap">{when(row.updatedAt)}</span>;
    case "published":
      return row.publishedAt ? <span className="whitespace-nowrap">{when(row.publishedAt)}</span> : "—";
    case "views":
      return row.views === null ? "—" : row.views.toLocaleString("vi");
    case "note":
      return row.lastNote ? (
        <p className="line-clamp-3 text-stone-700 md:max-w-xs" title={row.lastNote}>
          {row.lastNote}
        </p>
      ) : (
        "—"
      );
  }
}
