import type { Metadata } from "next";
import { db } from "@/db";
import { Pagination } from "@/components/ui/pagination";
import { AuditFilterForm, type AuditFilterValues } from "@/components/newsroom/audit-filter-form";
import { AuditTable } from "@/components/newsroom/audit-table";
import { buttonVariants } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/actor";
import { auditParamNames, auditSearchParams, parseAuditParams, type AuditFilters } from "@/lib/audit/filters";
import { auditExportLimit, listAuditEntries, listAuditPeople } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "Nhật ký — Tòa soạn" };

const path = "/toa-soan/quan-tri/nhat-ky";
type SearchParams = Record<string, string | string[] | undefined>;

function href(base: string, params: URLSearchParams) {
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** What the person typed, to show in the form again even when it was refused. */
function rawValues(raw: SearchParams): AuditFilterValues {
  const get = (name: string) => {
    const value = raw[name];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  return {
    personId: get(auditParamNames.personId),
    storyId: get(auditParamNames.storyId),
    action: get(auditParamNames.action),
    from: get(auditParamNames.from),
    to: get(auditParamNames.to),
  };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("audit.view", path);
  const raw = await searchParams;
  const parsed = parseAuditParams(raw);
  const database = await db();
  const people = await listAuditPeople(database, actor);
  const { page: requested, ...filters }: AuditFilters & { page?: number } = parsed.success ? parsed.data : {};
  const result = parsed.success ? await listAuditEntries(database, actor, { ...filters, page: requested }) : null;
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Nhật ký</h1>
          <p className="mt-1 text-muted">Mọi thao tác quản trị và biên tập: ai làm gì, với bài hay mục nào, lúc nào.</p>
        </div>
        {result ? (
          <a
            href={href("/api/audit/export", auditSearchParams(filters))}
            download
            className={buttonVariants({ size: "sm" })}
          >
            Xuất CSV
          </a>
        ) : null}
      </div>

      <AuditFilterForm action={path} people={people} values={rawValues(raw)} />

      {parsed.success ? null : <Notice tone="error">{parsed.error.issues[0]?.message ?? "Bộ lọc không hợp lệ."}</Notice>}

      {result ? (
        <section aria-labelledby="audit-heading" className="space-y-3">
          <h2 id="audit-heading" className="text-lg font-semibold">
            {filtered ? "Kết quả lọc" : "Mới nhất"} <span className="text-sm font-normal text-muted">({result.total.toLocaleString("vi-VN")} mục)</span>
          </h2>
          {result.total > auditExportLimit ? (
            <Notice tone="warning">
              Tệp CSV chỉ chứa {auditExportLimit.toLocaleString("vi-VN")} mục mới nhất. Hãy thu hẹp Từ ngày – Đến ngày để xuất phần còn lại.
            </Notice>
          ) : null}
          <AuditTable entries={result.entries} />
          <Pagination page={result.page} pageCount={result.pageCount} href={(p) => href(path, auditSearchParams(filters, p))} />
        </section>
      ) : null}
    </div>
  );
}
