import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { AuditFilterForm, type AuditFilterValues } from "@/components/newsroom/audit-filter-form";
import { AuditTable } from "@/components/newsroom/audit-table";
import { buttonVariants } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/actor";
import { auditParamNames, auditSearchParams, parseAuditParams, type AuditFilters } from "@/lib/audit/filters";
import { auditExportLimit, getAuditEntries, getAuditPeople } from "@/lib/audit/queries";
import { getNewsroomLocale, getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("admin.audit");
  return { title: t("title") };
}

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
  const { page: requested, ...filters }: AuditFilters & { page?: number } = parsed.success ? parsed.data : {};
  const [people, result, t, locale] = await Promise.all([
    getAuditPeople(actor),
    parsed.success ? getAuditEntries(actor, { ...filters, page: requested }) : null,
    getNewsroomT("admin.audit"),
    getNewsroomLocale(),
  ]);
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("heading")}</h1>
          <p className="mt-1 text-muted">{t("intro")}</p>
        </div>
        {result ? (
          <a href={href("/api/audit/export", auditSearchParams(filters))} download className={buttonVariants({ size: "sm" })}>
            {t("export")}
          </a>
        ) : null}
      </div>

      <AuditFilterForm action={path} people={people} values={rawValues(raw)} />

      {parsed.success ? null : <Notice tone="error">{parsed.error.issues[0]?.message ?? t("invalidFilter")}</Notice>}

      {result ? (
        <section aria-labelledby="audit-heading" className="space-y-3">
          <h2 id="audit-heading" className="text-lg font-semibold">
            {filtered ? t("filtered") : t("latest")} <span className="text-sm font-normal text-muted">{t("count", { count: result.total })}</span>
          </h2>
          {result.total > auditExportLimit ? <Notice tone="warning">{t("exportLimit", { limit: auditExportLimit })}</Notice> : null}
          <AuditTable entries={result.entries} />
          <Pagination page={result.page} pageCount={result.pageCount} href={(p) => href(path, auditSearchParams(filters, p))} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
