import type { Metadata } from "next";
import Link from "next/link";
import { listCell, listRow, listTable, listTbody, listThead } from "@/components/newsroom/list-classes";
import { MonthChoiceForm } from "@/components/newsroom/month-choice-form";
import type { RoyaltyMonthStatus } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { toDayFirst } from "@/lib/i18n/time";
import { formatGrade } from "@/lib/royalties/money";
import { formatDong, monthLabel } from "@/lib/royalties/format";
import { getMyRoyalties, monthParam, RECENT_MONTHS, type StatementMonth } from "@/lib/royalties/my-royalties";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("myRoyalties");
  return { title: t("title") };
}

const path = "/toa-soan/nhuan-but/cua-toi";

// A month's state in one colour each, each pair at least 4.5:1: still moving, approved, frozen.
const monthTones: Record<RoyaltyMonthStatus, string> = {
  open: "border-amber-500 bg-amber-50 text-amber-900",
  approved: "border-teal-600 bg-teal-50 text-teal-900",
  closed: "border-stone-700 bg-stone-700 text-white",
};

// Everyone with a newsroom account: the works graded for them, month by month, and what is paid.
export default async function MyRoyaltiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("newsroom.enter", path);
  const month = monthParam((await searchParams).thang);
  const [mine, t] = await Promise.all([getMyRoyalties(actor, { month }), getNewsroomT("myRoyalties")]);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      {mine.monthChoices.length > 0 ? (
        <MonthChoiceForm
          action={path}
          months={mine.monthChoices}
          chosen={month ?? ""}
          words={{ form: t("filter"), field: t("month"), submit: t("show"), all: t("recentMonths") }}
          className="flex flex-wrap items-end gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
          fieldClassName="w-44"
        />
      ) : null}
      {mine.monthChoices.length === 0 ? (
        <div className="rounded border border-stone-300 bg-white p-4" data-testid="royalties-empty">
          <p className="font-semibold">{t("empty")}</p>
          <p className="mt-1 text-muted">{t("emptyHint")}</p>
        </div>
      ) : mine.months.length === 0 && month ? (
        <p className="rounded border border-stone-300 bg-white p-4">{t("emptyMonth", { month: monthLabel(month) })}</p>
      ) : (
        mine.months.map((m) => <MonthSection key={m.month} month={m} payeeId={mine.payee!.id} />)
      )}
      {mine.more ? <p className="text-sm text-muted">{t("more", { count: RECENT_MONTHS })}</p> : null}
    </div>
  );
}

async function MonthSection({ month, payeeId }: { month: StatementMonth; payeeId: number }) {
  const [t, timeZone] = await Promise.all([getNewsroomT("myRoyalties"), getPaperTimeZone()]);
  const label = monthLabel(month.month);
  const day = (date: Date) => toDayFirst(date, timeZone).date;
  const headingId = `thang-${month.month}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-stone-300 bg-white" data-month={month.month}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-stone-200 p-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id={headingId} className="text-lg font-bold">
            {t("monthHeading", { month: label })}
          </h2>
          <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${monthTones[month.status]}`}>
            {t(`status.${month.status}`)}
          </span>
        </div>
        <Link href={`/toa-soan/nhuan-but/nguoi-nhan/${payeeId}/sao-ke?thang=${month.month}`} className="text-sm whitespace-nowrap underline">
          {t("print")}
        </Link>
      </div>
      <p className="px-3 pt-2 text-sm text-muted">{t(`statusNote.${month.status}`)}</p>
      <table className={`mt-2 ${listTable}`}>
        <caption className="sr-only">{t("caption", { month: label })}</caption>
        <thead className={listThead}>
          <tr>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("work")}
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("published")}
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
              {t("grade")}
            </th>
            <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
              {t("share")}
            </th>
            <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
              {t("amount")}
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("payment")}
            </th>
          </tr>
        </thead>
        <tbody className={listTbody}>
          {month.lines.map((line) => (
            <tr key={line.id} className={listRow}>
              <td className={`${listCell} w-full md:w-auto`} data-label={t("work")}>
                {line.href ? (
                  <Link href={line.href} className="font-semibold underline-offset-2 hover:underline">
                    {line.title}
                  </Link>
                ) : (
                  <span className="font-semibold">{line.title}</span>
                )}
                {line.adjustsMonth ? (
                  <span className="ml-2 inline-block rounded border border-violet-600 bg-violet-50 px-1.5 text-xs font-semibold whitespace-nowrap text-violet-900">
                    {t("adjustment", { month: monthLabel(line.adjustsMonth) })}
                  </span>
                ) : null}
              </td>
              <td className={`${listCell} whitespace-nowrap`} data-label={t("published")}>
                {line.publishedAt ? day(line.publishedAt) : "—"}
              </td>
              <td className={`${listCell} md:whitespace-nowrap`} data-label={t("kind")}>
                {line.role === "remuneration" ? t("remuneration", { kind: line.kindName }) : line.kindName}
              </td>
              <td className={`${listCell} tabular-nums md:text-right`} data-label={t("grade")}>
                {formatGrade(line.gradeHundredths)}
              </td>
              <td className={`${listCell} tabular-nums md:text-right`} data-label={t("share")}>
                {line.share}%
              </td>
              <td className={`${listCell} font-semibold whitespace-nowrap tabular-nums md:text-right`} data-label={t("amount")}>
                {formatDong(line.amount)}
              </td>
              <td className={`${listCell} whitespace-nowrap`} data-label={t("payment")}>
                {line.paidAt ? t("paidOn", { date: day(line.paidAt) }) : <span className="text-muted">{t("unpaid")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl
        aria-label={t("totals", { month: label })}
        className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 border-t border-stone-200 p-3 text-sm sm:ml-auto sm:max-w-sm"
        data-testid="month-totals"
      >
        <dt>{t("total")}</dt>
        <dd className="text-right tabular-nums">{formatDong(month.total)}</dd>
        <dt>{t("tax")}</dt>
        <dd className="text-right tabular-nums">{formatDong(month.tax)}</dd>
        <dt className="font-semibold">{t("net")}</dt>
        <dd className="text-right font-semibold tabular-nums">{formatDong(month.net)}</dd>
        {month.paidAt ? null : (
          <>
            <dt>{t("paidTotal")}</dt>
            <dd className="text-right tabular-nums">{formatDong(month.paid)}</dd>
            <dt>{t("unpaidTotal")}</dt>
            <dd className="text-right tabular-nums">{formatDong(month.unpaid)}</dd>
          </>
        )}
      </dl>
      {month.paidAt ? <p className="px-3 pb-3 text-sm font-semibold text-green-800">{t("allPaid", { date: day(month.paidAt) })}</p> : null}
      {month.taxRule.final ? null : <p className="px-3 pb-3 text-xs text-muted">{t("taxProvisional")}</p>}
    </section>
  );
}
