import Link from "next/link";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";
import type { NewsroomStoryRow } from "@/lib/stories/newsroom-queries";
import { KindBadge } from "./kind-badge";
import { statusLabels } from "@/lib/workflow/transitions";

type Column = "section" | "status" | "reporter" | "holder" | "updated" | "published" | "note";
type FormatWhen = Awaited<ReturnType<typeof getNewsroomFormatWhen>>;

export async function StoryTable({ caption, rows, columns }: { caption: string; rows: NewsroomStoryRow[]; columns: Column[] }) {
  const [t, kinds, when] = await Promise.all([getNewsroomT("desk.table"), getNewsroomT("storyKinds"), getNewsroomFormatWhen()]);
  return (
    <section className="mt-6">
      <h2 className="mb-2 text-lg font-semibold">
        {caption} <span className="text-sm font-normal text-muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-stone-100">
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
            <tbody className="divide-y divide-stone-200">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="min-w-64 px-3 py-2 font-medium">
                    <Link href={`/toa-soan/bai-viet/${row.id}`} className="hover:text-brand hover:underline">
                      {row.title || t("untitled")}
                    </Link>
                    <KindBadge kind={row.kind} label={kinds(row.kind)} />
                  </td>
                  {columns.map((c) => (
                    <td key={c} className="px-3 py-2 align-top">
                      {cell(row, c, when)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function cell(row: NewsroomStoryRow, column: Column, when: FormatWhen) {
  switch (column) {
    case "section":
      return row.sectionName ?? "—";
    case "status":
      return <span className="rounded bg-stone-200 px-2 py-0.5 whitespace-nowrap">{statusLabels[row.status]}</span>;
    case "reporter":
      return row.reporterName;
    case "holder":
      return row.holderName ?? "—";
    case "updated":
      return <span className="whitespace-nowrap">{when(row.updatedAt)}</span>;
    case "published":
      return row.publishedAt ? <span className="whitespace-nowrap">{when(row.publishedAt)}</span> : "—";
    case "note":
      return row.lastNote ? (
        <p className="line-clamp-3 max-w-xs text-stone-700" title={row.lastNote}>
          {row.lastNote}
        </p>
      ) : (
        "—"
      );
  }
}
