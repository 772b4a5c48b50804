import Link from "next/link";
import type { NewsroomStoryRow } from "@/lib/stories/newsroom-queries";
import { formatDateline } from "@/lib/text/dateline";
import { statusLabels } from "@/lib/workflow/transitions";

type Column = "section" | "status" | "reporter" | "holder" | "updated" | "published" | "note";
const headings: Record<Column, string> = {
  section: "Chuyên mục",
  status: "Trạng thái",
  reporter: "Phóng viên",
  holder: "Người giữ bài",
  updated: "Cập nhật",
  published: "Thời gian xuất bản",
  note: "Ghi chú",
};

export function StoryTable({ caption, rows, columns }: { caption: string; rows: NewsroomStoryRow[]; columns: Column[] }) {
  return (
    <section className="mt-6">
      <h2 className="mb-2 text-lg font-semibold">
        {caption} <span className="text-sm font-normal text-muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">Không có bài nào.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">Tiêu đề</th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 whitespace-nowrap">
                    {headings[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="min-w-64 px-3 py-2 font-medium">
                    <Link href={`/toa-soan/bai-viet/${row.id}`} className="hover:text-brand hover:underline">
                      {row.title || "(Chưa có tiêu đề)"}
                    </Link>
                  </td>
                  {columns.map((c) => (
                    <td key={c} className="px-3 py-2 align-top">
                      {cell(row, c)}
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

function cell(row: NewsroomStoryRow, column: Column) {
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
      return <span className="whitespace-nowrap">{formatDateline(row.updatedAt, { withTime: true })}</span>;
    case "published":
      return row.publishedAt ? <span className="whitespace-nowrap">{formatDateline(row.publishedAt, { withTime: true })}</span> : "—";
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
