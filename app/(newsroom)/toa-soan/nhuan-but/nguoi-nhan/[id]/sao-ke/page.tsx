import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MonthChoiceForm } from "@/components/newsroom/month-choice-form";
import { PrintButton } from "@/components/newsroom/print-button";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { toDayFirst, wallClock } from "@/lib/i18n/time";
import { PermissionDeniedError } from "@/lib/policy/policy";
import { formatGrade } from "@/lib/royalties/money";
import { formatDong, monthLabel } from "@/lib/royalties/format";
import { dongInWords, getStatement, monthParam, type Statement } from "@/lib/royalties/my-royalties";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("royaltyStatement");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const percent = (basisPoints: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(basisPoints / 100);

// Giấy báo nhuận bút: one payee's month on one A4 page, for a collaborator without an account (the
// accountant prints it) or for the account owner. On screen, a month picker and Print above it;
// on paper, only the statement (the newsroom's header is not printed).
export default async function RoyaltyStatementPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor("newsroom.enter", `/toa-soan/nhuan-but/nguoi-nhan/${encodeURIComponent(id)}/sao-ke`);
  const payeeId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  if (!payeeId) notFound();
  const statement = await readOrRefuse(() => getStatement(actor, payeeId, monthParam(query.thang)));
  if (statement === "refused") redirect("/toa-soan?loi=quyen");
  if (!statement) notFound();

  const [t, my, timeZone] = await Promise.all([getNewsroomT("royaltyStatement"), getNewsroomT("myRoyalties"), getPaperTimeZone()]);
  const { payee, paper, month } = statement;
  const label = monthLabel(month.month);
  const day = (date: Date) => toDayFirst(date, timeZone).date;
  const today = wallClock(new Date(), timeZone);
  const own = payee.userId === actor.id;
  const base = `/toa-soan/nhuan-but/nguoi-nhan/${payee.id}/sao-ke`;
  const untaxedStaff = payee.kind === "staff" && !month.taxRule.staff;

  return (
    <div className="space-y-4">
      {/* A4 with margins the paper's printers all take. */}
      <style>{"@page { size: A4; margin: 14mm 12mm; }"}</style>
      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <div>
          <h1 className="text-2xl font-bold">{t("screenTitle", { name: payee.name, month: label })}</h1>
          <p className="mt-1 text-sm text-muted">{t("printHint")}</p>
        </div>
        <div className="flex flex-wrap items-end gap-2 text-sm">
          {own ? (
            <Link href="/toa-soan/nhuan-but/cua-toi" className="mr-2 underline">
              {t("backToMine")}
            </Link>
          ) : null}
          {statement.monthChoices.length > 1 ? (
            <MonthChoiceForm
              action={base}
              months={statement.monthChoices}
              chosen={month.month}
              words={{ form: t("controls"), field: t("chooseMonth"), submit: t("show") }}
              className="flex items-end gap-2"
              fieldClassName="w-32"
            />
          ) : null}
          <PrintButton label={t("print")} size="sm" />
        </div>
      </div>

      <article
        aria-label={t("screenTitle", { name: payee.name, month: label })}
        className="mx-auto max-w-[210mm] bg-white p-4 text-[0.95rem] leading-snug shadow-sm ring-1 ring-stone-300 sm:p-10 print:max-w-none print:p-0 print:text-[11pt] print:shadow-none print:ring-0"
        data-testid="royalty-statement"
      >
        <header className="grid gap-4 text-center sm:grid-cols-2 print:grid-cols-2">
          <div>
            <p className="text-xs uppercase">{paper.governingBody}</p>
            <p className="font-bold uppercase">{paper.name}</p>
            <p className="mx-auto mt-1 w-24 border-b border-ink" aria-hidden="true" />
          </div>
          <div>
            <p className="text-xs font-bold">{t("nation")}</p>
            <p className="text-sm font-semibold">{t("motto")}</p>
            <p className="mx-auto mt-1 w-40 border-b border-ink" aria-hidden="true" />
          </div>
        </header>
        <p className="mt-2 text-center text-xs text-muted print:text-ink">
          {paper.address} · {t("phone", { phone: paper.phone })}
        </p>

        <h2 className="mt-6 text-center text-xl font-bold tracking-wide">{t("heading")}</h2>
        <p className="text-center font-semibold">{t("monthLine", { month: label })}</p>

        <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t("name")}:</dt>
          <dd className="font-semibold">{payee.name}</dd>
          {payee.penNames.length ? (
            <>
              <dt>{t("penNames")}:</dt>
              <dd>{payee.penNames.join(", ")}</dd>
            </>
          ) : null}
          <dt>{t("kind")}:</dt>
          <dd>{t(`kinds.${payee.kind}`)}</dd>
          <dt>{t("status")}:</dt>
          <dd>{my(`status.${month.status}`)}</dd>
        </dl>
        {month.status !== "closed" ? (
          <p className="mt-3 rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-900 print:bg-white">{t("draft", { month: label })}</p>
        ) : null}

        {month.lines.length === 0 ? (
          <p className="mt-5">{t("empty", { month: label })}</p>
        ) : (
          <>
            {/* On a phone's screen each work is a card; wider screens and paper get the table. */}
            <ol className="mt-5 divide-y divide-stone-300 border-y border-stone-300 sm:hidden print:hidden" aria-label={t("caption", { month: label })}>
              {month.lines.map((line, i) => (
                <li key={line.id} className="py-2">
                  <p className="font-semibold">
                    {i + 1}. {line.title}
                  </p>
                  {line.adjustsMonth ? <p className="text-xs italic">{my("adjustment", { month: monthLabel(line.adjustsMonth) })}</p> : null}
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt className="text-muted">{t("published")}</dt>
                    <dd>{line.publishedAt ? day(line.publishedAt) : ""}</dd>
                    <dt className="text-muted">{t("kindOfWork")}</dt>
                    <dd>
                      {line.role === "remuneration" ? my("remuneration", { kind: line.kindName }) : line.kindName} · {t("grade")}{" "}
                      {formatGrade(line.gradeHundredths)} · {line.share}%
                    </dd>
                    <dt className="text-muted">{t("amount")}</dt>
                    <dd className="tabular-nums">{formatDong(line.amount)}</dd>
                    <dt className="text-muted">{t("tax")}</dt>
                    <dd className="tabular-nums">{formatDong(line.tax)}</dd>
                    <dt className="text-muted">{t("net")}</dt>
                    <dd className="font-semibold tabular-nums">{formatDong(line.net)}</dd>
                  </dl>
                </li>
              ))}
              <li className="py-2 font-semibold">
                <p>{t("sum")}</p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt>{t("amount")}</dt>
                  <dd className="tabular-nums">{formatDong(month.total)}</dd>
                  <dt>{t("tax")}</dt>
                  <dd className="tabular-nums">{formatDong(month.tax)}</dd>
                  <dt>{t("net")}</dt>
                  <dd className="tabular-nums">{formatDong(month.net)}</dd>
                </dl>
              </li>
            </ol>
            <div className="mt-5 hidden overflow-x-auto sm:block print:block print:overflow-visible">
              <table className="w-full border-collapse text-sm print:text-[9.5pt]">
                <caption className="sr-only">{t("caption", { month: label })}</caption>
                <thead>
                  <tr className="bg-stone-100 print:bg-white">
                    <th scope="col" className={head}>
                      {t("no")}
                    </th>
                    <th scope="col" className={`${head} text-left`}>
                      {t("work")}
                    </th>
                    <th scope="col" className={head}>
                      {t("published")}
                    </th>
                    <th scope="col" className={head}>
                      {t("kindOfWork")}
                    </th>
                    <th scope="col" className={head}>
                      {t("grade")}
                    </th>
                    <th scope="col" className={head}>
                      {t("share")}
                    </th>
                    <th scope="col" className={head}>
                      {t("amount")}
                    </th>
                    <th scope="col" className={head}>
                      {t("tax")}
                    </th>
                    <th scope="col" className={head}>
                      {t("net")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {month.lines.map((line, i) => (
                    <tr key={line.id} className="break-inside-avoid">
                      <td className={`${cell} text-center`}>{i + 1}</td>
                      <td className={cell}>
                        {line.title}
                        {line.adjustsMonth ? <span className="block text-xs italic">{my("adjustment", { month: monthLabel(line.adjustsMonth) })}</span> : null}
                      </td>
                      <td className={`${cell} text-center whitespace-nowrap`}>{line.publishedAt ? day(line.publishedAt) : ""}</td>
                      <td className={cell}>{line.role === "remuneration" ? my("remuneration", { kind: line.kindName }) : line.kindName}</td>
                      <td className={`${cell} text-right tabular-nums`}>{formatGrade(line.gradeHundredths)}</td>
                      <td className={`${cell} text-right tabular-nums`}>{line.share}%</td>
                      <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{formatDong(line.amount)}</td>
                      <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{formatDong(line.tax)}</td>
                      <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{formatDong(line.net)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="font-bold">
                    <th scope="row" colSpan={6} className={`${cell} text-center`}>
                      {t("sum")}
                    </th>
                    <td className={`${cell} text-right whitespace-nowrap tabular-nums`} data-testid="statement-total">
                      {formatDong(month.total)}
                    </td>
                    <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{formatDong(month.tax)}</td>
                    <td className={`${cell} text-right whitespace-nowrap tabular-nums`} data-testid="statement-net">
                      {formatDong(month.net)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}

        <div className="mt-4 space-y-1 text-sm">
          <p className="italic">{t("inWords", { words: dongInWords(month.net) })}</p>
          <p>
            {month.paidAt
              ? t("paidOn", { date: day(month.paidAt) })
              : month.paid > 0
                ? t("partlyPaid", { paid: formatDong(month.paid), unpaid: formatDong(month.unpaid) })
                : t("unpaid")}
          </p>
          <p className="text-xs text-muted print:text-ink">
            {untaxedStaff ? t("taxStaff") : t("taxRule", { rate: percent(month.taxRule.rate), threshold: formatDong(month.taxRule.threshold) })}
          </p>
        </div>

        <p className="mt-6 text-right text-sm italic">
          {t("placeDate", { day: String(today.day).padStart(2, "0"), month: String(today.month).padStart(2, "0"), year: today.year })}
        </p>
        <div className="mt-2 grid break-inside-avoid grid-cols-3 gap-2 text-center text-sm">
          {(["receiver", "accountant", "head"] as const).map((who) => (
            <div key={who}>
              <p className="font-bold">{t(who)}</p>
              <p className="text-xs italic">{t("signHint")}</p>
              <div className="h-20" />
              {who === "receiver" ? <p className="font-semibold">{payee.name}</p> : null}
            </div>
          ))}
        </div>
      </article>
    </div>
  );
}

const head = "border border-stone-500 px-2 py-1 text-center font-semibold";
const cell = "border border-stone-500 px-2 py-1 align-top";

/** The statement, or "refused" when it is not this person's to read (redirect must not be caught). */
async function readOrRefuse(read: () => Promise<Statement | null>): Promise<Statement | null | "refused"> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof PermissionDeniedError) return "refused";
    throw error;
  }
}
