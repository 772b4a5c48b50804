import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RoyaltyMonthActions } from "@/components/newsroom/royalty-month-actions";
import { RoyaltyPayCheckbox, RoyaltyPayForm, RoyaltyPaySelection } from "@/components/newsroom/royalty-month-pay";
import { listCell, listRow, listTable, listTbody, listThead } from "@/components/newsroom/list-classes";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomFormatWhen, getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { canRoyalty } from "@/lib/policy/policy";
import { formatGrade } from "@/lib/royalties/money";
import { formatDong, monthLabel } from "@/lib/royalties/format";
import { getMonthView, type GroupTotal, type MonthView, type PersonLines, type TaxedLine } from "@/lib/royalties/month-queries";
import { monthOf, monthPattern, nextMonth, previousMonth } from "@/lib/royalties/months";
import { calendarDateIn, toIsoDate } from "@/lib/text/dateline";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("royaltyMonth");
  return { title: t("title") };
}

const path = "/toa-soan/nhuan-but";
const tabs = ["chua-cham", "nguoi", "chuyen-muc", "loai"] as const;
type Tab = (typeof tabs)[number];
type SearchParams = Record<string, string | string[] | undefined>;
type T = Awaited<ReturnType<typeof getNewsroomT<"royaltyMonth">>>;
type FormatWhen = Awaited<ReturnType<typeof getNewsroomFormatWhen>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
/** The picker's years: five back from this one and the next, and the one shown. */
const years = (now: number, shown: number) => [...new Set([...Array.from({ length: 7 }, (_, i) => now - 5 + i), shown])].sort((a, b) => a - b).map(String);
const href = (month: string, tab?: Tab) => `${path}?thang=${month}${tab ? `&xem=${tab}` : ""}`;

export default async function RoyaltyMonthPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("newsroom.enter", path);
  if (!canRoyalty(actor, "royalty.month.view")) redirect("/toa-soan?loi=quyen");
  const raw = await searchParams;
  const [t, timeZone, when] = await Promise.all([getNewsroomT("royaltyMonth"), getPaperTimeZone(), getNewsroomFormatWhen()]);
  const current = monthOf(new Date(), timeZone);
  // ?thang=2026-12, or the picker's two fields (?t=12&n=2026).
  const picked = one(raw.t) && one(raw.n) ? `${one(raw.n)}-${one(raw.t).padStart(2, "0")}` : "";
  const asked = picked || one(raw.thang);
  const invalidMonth = asked !== "" && !monthPattern.test(asked);
  const month = asked && !invalidMonth ? asked : current;
  const view = await getMonthView(actor, month);
  const requestedTab = one(raw.xem) as Tab;
  const tab: Tab = tabs.includes(requestedTab) ? requestedTab : view.ungradedTotal > 0 ? "chua-cham" : "nguoi";

  const { state, totals } = view;
  const scope = { month: state.status };
  const moves = (["approve", "unapprove", "close"] as const).filter((move) => canRoyalty(actor, `royalty.month.${move}`, scope));
  const mayExport = canRoyalty(actor, "royalty.export", scope);
  const mayPay = canRoyalty(actor, "royalty.pay", scope);
  const label = monthLabel(month);
  const year = month.slice(0, 4);
  const today = toIsoDate(calendarDateIn(new Date(), timeZone));
  const rate = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(state.taxRule.rate / 100);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("heading", { month: label })}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <span data-month-status={state.status} className={`inline-block rounded border px-2 py-0.5 font-semibold ${statusTone[state.status]}`}>
              {t(`status.${state.status}`)}
            </span>
            {state.approvedBy && state.approvedAt ? <span>{t("approvedBy", { name: state.approvedBy, when: when(state.approvedAt) })}</span> : null}
            {state.closedBy && state.closedAt ? <span>{t("closedBy", { name: state.closedBy, when: when(state.closedAt) })}</span> : null}
          </p>
          <p className="mt-1 text-sm text-muted">
            {t("taxRule", {
              rate,
              threshold: formatDong(state.taxRule.threshold),
              staff: state.taxRule.staff ? "yes" : "no",
              frozen: state.taxRuleFrozen ? "yes" : "no",
            })}
          </p>
        </div>
        <Link href="/toa-soan/nhuan-but/nguoi-nhan" className="text-sm underline">
          {t("payees")}
        </Link>
      </div>

      <nav aria-label={t("monthNav")} className="flex flex-wrap items-end gap-2">
        <Link href={href(previousMonth(month))} className={buttonVariants({ size: "md" })} rel="prev">
          ← {monthLabel(previousMonth(month))}
        </Link>
        {/* Two selects rather than <input type="month">, which an English browser shows as "December 2026". */}
        <form action={path} className="flex items-end gap-2">
          <label className="text-sm">
            <span className="block text-xs font-semibold">{t("pickMonth")}</span>
            <Select name="t" defaultValue={month.slice(5)} className="w-20">
              {Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0")).map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </Select>
          </label>
          <label className="text-sm">
            <span className="block text-xs font-semibold">{t("pickYear")}</span>
            <Select name="n" defaultValue={year} className="w-24">
              {years(Number(current.slice(0, 4)), Number(year)).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </label>
          <button type="submit" className={buttonVariants({ size: "md" })}>
            {t("show")}
          </button>
        </form>
        <Link href={href(nextMonth(month))} className={buttonVariants({ size: "md" })} rel="next">
          {monthLabel(nextMonth(month))} →
        </Link>
        {month !== current ? (
          <Link href={href(current)} className="text-sm underline">
            {t("thisMonth")}
          </Link>
        ) : null}
      </nav>
      {invalidMonth ? <Notice tone="error">{t("invalidMonth")}</Notice> : null}

      <div className="flex flex-wrap items-center gap-2">
        <RoyaltyMonthActions month={month} monthLabel={label} moves={moves} ungraded={view.ungradedTotal} />
        {mayExport ? (
          <>
            <a href={`/api/royalties/export?thang=${month}`} download className={buttonVariants({ size: "md" })}>
              {t("export")}
            </a>
            <Link href={`${path}/bang-ke?thang=${month}`} className={buttonVariants({ size: "md" })}>
              {t("print")}
            </Link>
            <a href={`/api/royalties/export?nam=${year}`} download className="text-sm underline">
              {t("exportYear", { year })}
            </a>
          </>
        ) : null}
      </div>

      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("totals.label")}>
        <Figure term={t("totals.works")} value={String(totals.works)} />
        <Figure term={t("totals.people")} value={String(totals.people)} />
        <Figure term={t("totals.amount")} value={formatDong(totals.amount)} strong />
        <Figure term={t("totals.tax")} value={formatDong(totals.tax)} />
        <Figure term={t("totals.net")} value={formatDong(totals.net)} strong />
        <Figure
          term={t("totals.paid")}
          value={formatDong(totals.paid)}
          note={totals.unpaid ? t("totals.unpaid", { amount: formatDong(totals.unpaid) }) : undefined}
        />
      </dl>

      {view.ungradedTotal > 0 ? (
        <Notice tone="warning">
          {t("ungradedWarning", { count: view.ungradedTotal })}{" "}
          {tab !== "chua-cham" ? (
            <Link href={href(month, "chua-cham")} className="underline">
              {t("ungradedShow")}
            </Link>
          ) : null}
        </Notice>
      ) : null}

      <nav aria-label={t("tabs.label")} className="flex flex-wrap gap-1 border-b border-stone-300">
        {tabs.map((key) => (
          <Link
            key={key}
            href={href(month, key)}
            aria-current={key === tab ? "page" : undefined}
            className="-mb-px rounded-t border border-transparent px-3 py-2 text-sm aria-[current=page]:border-stone-300 aria-[current=page]:border-b-white aria-[current=page]:bg-white aria-[current=page]:font-semibold"
          >
            {t(`tabs.${key}`)}
            {key === "chua-cham" ? ` (${view.ungradedTotal})` : key === "nguoi" ? ` (${totals.people})` : ""}
          </Link>
        ))}
      </nav>

      {tab === "chua-cham" ? <Ungraded view={view} t={t} when={when} /> : null}
      {tab === "nguoi" ? <People view={view} t={t} when={when} mayPay={mayPay} today={today} openId={Number(one(raw.nguoi)) || null} /> : null}
      {tab === "chuyen-muc" ? <Groups caption={t("tabs.chuyen-muc")} first={t("columns.section")} groups={view.bySection} t={t} /> : null}
      {tab === "loai" ? <Groups caption={t("tabs.loai")} first={t("columns.kind")} groups={view.byKind} t={t} /> : null}
    </div>
  );
}

const statusTone = {
  open: "border-sky-600 bg-sky-50 text-sky-900",
  approved: "border-teal-600 bg-teal-50 text-teal-900",
  closed: "border-stone-700 bg-stone-700 text-white",
} as const;

function Figure({ term, value, note, strong = false }: { term: string; value: string; note?: string; strong?: boolean }) {
  return (
    <div className="rounded border border-stone-300 bg-white px-3 py-2">
      <dt className="text-xs text-muted">{term}</dt>
      <dd className={`text-lg tabular-nums ${strong ? "font-bold" : "font-semibold"}`}>{value}</dd>
      {note ? <dd className="text-xs text-amber-900">{note}</dd> : null}
    </div>
  );
}

function Ungraded({ view, t, when }: { view: MonthView; t: T; when: FormatWhen }) {
  if (!view.ungradedTotal) return <p className="text-sm text-muted">{t("ungraded.none")}</p>;
  return (
    <section aria-labelledby="chua-cham" className="space-y-2">
      <h2 id="chua-cham" className="text-lg font-semibold">
        {t("ungraded.heading")} <span className="text-sm font-normal text-muted">({view.ungradedTotal})</span>
      </h2>
      <p className="text-sm text-muted">{t("ungraded.intro")}</p>
      <div className="rounded border border-stone-300 bg-white">
        <table className={listTable}>
          <thead className={listThead}>
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("columns.work")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.byline")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.section")}
              </th>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t("columns.published")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.status")}
              </th>
            </tr>
          </thead>
          <tbody className={listTbody}>
            {view.ungraded.map((work) => (
              <tr key={work.id} className={listRow} data-story-id={work.id}>
                <td className="w-full font-medium md:w-auto md:min-w-64 md:px-3 md:py-2">
                  <Link href={`/toa-soan/bai-viet/${work.id}`} className="hover:text-brand hover:underline">
                    {work.title || t("untitled")}
                  </Link>
                </td>
                <td data-label={t("columns.byline")} className={listCell}>
                  {work.byline.join(", ") || "—"}
                </td>
                <td data-label={t("columns.section")} className={listCell}>
                  {work.sectionName ?? t("noSection")}
                </td>
                <td data-label={t("columns.published")} className={`${listCell} whitespace-nowrap`}>
                  {when(work.publishedAt, "dateTime")}
                </td>
                <td data-label={t("columns.status")} className={listCell}>
                  <StatusBadge status={work.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.ungradedTotal > view.ungraded.length ? (
        <p className="text-sm text-muted">{t("ungraded.more", { shown: view.ungraded.length, total: view.ungradedTotal })}</p>
      ) : null}
    </section>
  );
}

/**
 * One row per person; a person's lines open on their own address (?nguoi=…): a month of 4,500
 * lines would otherwise make a page of megabytes that nobody reads whole.
 */
function People({ view, t, when, mayPay, today, openId }: { view: MonthView; t: T; when: FormatWhen; mayPay: boolean; today: string; openId: number | null }) {
  if (!view.people.length) return <p className="text-sm text-muted">{t("people.none")}</p>;
  return (
    <section aria-labelledby="theo-nguoi" className="space-y-2">
      <h2 id="theo-nguoi" className="sr-only">
        {t("tabs.nguoi")}
      </h2>
      <p className="text-sm text-muted">{mayPay ? t("pay.intro") : t("people.hint")}</p>
      {/* Column names above the people's rows at desktop width; each row names its own figures for a screen reader and on a phone. */}
      <div
        aria-hidden="true"
        className="hidden gap-x-4 px-3 text-xs font-semibold text-muted md:grid md:grid-cols-[minmax(0,1fr)_7rem_9rem_8rem_9rem_10rem] [&>span:not(:first-child)]:text-right"
      >
        <span>{t("columns.person")}</span>
        <span>{t("columns.lines")}</span>
        <span>{t("columns.amount")}</span>
        <span>{t("columns.tax")}</span>
        <span>{t("columns.net")}</span>
        <span>{t("columns.paid")}</span>
      </div>
      <ul className="space-y-2">
        {view.people.map((person) => (
          <li key={person.payeeId}>
            <Person person={person} month={view.month} t={t} when={when} mayPay={mayPay} today={today} open={person.payeeId === openId} />
          </li>
        ))}
      </ul>
      <p className="flex flex-wrap justify-end gap-x-4 px-3 text-sm font-semibold tabular-nums">
        <span>{t("people.total")}</span>
        <span>
          {t("columns.amount")}: {formatDong(view.totals.amount)}
        </span>
        <span>
          {t("columns.tax")}: {formatDong(view.totals.tax)}
        </span>
        <span>
          {t("columns.net")}: {formatDong(view.totals.net)}
        </span>
      </p>
    </section>
  );
}

/** What a line pays for beyond its work: a share of a split grade, an adjustment, the grader's note. */
function lineNotes(line: TaxedLine, t: T): string[] {
  const notes: string[] = [];
  if (line.role === "author" && line.share !== 100) notes.push(t("notes.share", { share: line.share }));
  if (line.adjustsLineId) notes.push(t("notes.adjusts", { month: line.adjustsMonth ? monthLabel(line.adjustsMonth) : "?" }));
  if (line.note) notes.push(line.note);
  return notes;
}

function paidWords(person: PersonLines, t: T, when: FormatWhen) {
  if (person.paid && person.lastPaidAt) return t("people.paid", { day: when(person.lastPaidAt, "date") });
  if (person.paidLines) return t("people.partlyPaid", { paid: person.paidLines, total: person.lines.length });
  return t("people.unpaid");
}

function Person({
  person,
  month,
  t,
  when,
  mayPay,
  today,
  open,
}: {
  person: PersonLines;
  month: string;
  t: T;
  when: FormatWhen;
  mayPay: boolean;
  today: string;
  open: boolean;
}) {
  const unpaid = person.lines.length - person.paidLines;
  const payable = mayPay && unpaid > 0;
  const table = !open ? null : (
    <table className={listTable}>
      <caption className="sr-only">{t("people.linesOf", { name: person.name })}</caption>
      <thead className={listThead}>
        <tr>
          {payable ? (
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("pay.choose")}</span>
            </th>
          ) : null}
          <th scope="col" className="px-3 py-2">
            {t("columns.work")}
          </th>
          <th scope="col" className="px-3 py-2 whitespace-nowrap">
            {t("columns.published")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("columns.section")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("columns.kind")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("columns.grade")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("columns.amount")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("columns.tax")}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {t("columns.net")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("columns.paid")}
          </th>
        </tr>
      </thead>
      <tbody className={listTbody}>
        {person.lines.map((line) => {
          const notes = lineNotes(line, t);
          return (
            <tr key={line.id} className={listRow} data-line-id={line.id}>
              {payable ? (
                <td className="md:px-3 md:py-2">
                  {line.paidAt ? null : <RoyaltyPayCheckbox lineId={line.id} label={t("pay.chooseLine", { title: line.title })} />}
                </td>
              ) : null}
              {/* On a phone the tick and the title share the card's first line. */}
              <td className={`${payable ? "min-w-0 flex-1 basis-4/5" : "w-full"} md:w-auto md:min-w-56 md:px-3 md:py-2`}>
                <Link href={`/toa-soan/bai-viet/${line.storyId}`} className="font-medium hover:text-brand hover:underline">
                  {line.title || t("untitled")}
                </Link>
                {notes.length ? <span className="block text-xs text-amber-900">{notes.join(" — ")}</span> : null}
              </td>
              <td data-label={t("columns.published")} className={`${listCell} whitespace-nowrap`}>
                {line.publishedAt ? when(line.publishedAt, "date") : "—"}
              </td>
              <td data-label={t("columns.section")} className={listCell}>
                {line.sectionName ?? t("noSection")}
              </td>
              <td data-label={t("columns.kind")} className={listCell}>
                {line.kindName}
              </td>
              <td data-label={t("columns.grade")} className={`${listCell} tabular-nums md:text-right`}>
                {formatGrade(line.gradeHundredths)}
              </td>
              <td data-label={t("columns.amount")} className={`${listCell} whitespace-nowrap tabular-nums md:text-right`}>
                {formatDong(line.amount)}
              </td>
              <td data-label={t("columns.tax")} className={`${listCell} whitespace-nowrap tabular-nums md:text-right`}>
                {formatDong(line.tax)}
              </td>
              <td data-label={t("columns.net")} className={`${listCell} font-semibold whitespace-nowrap tabular-nums md:text-right`}>
                {formatDong(line.net)}
              </td>
              <td data-label={t("columns.paid")} className={`${listCell} whitespace-nowrap`}>
                {line.paidAt ? t("people.paidOn", { day: when(line.paidAt, "date") }) : t("people.unpaid")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <div id={`nguoi-${person.payeeId}`} className="scroll-mt-4 rounded border border-stone-300 bg-white" data-payee-id={person.payeeId}>
      <Link
        href={`${href(month, "nguoi")}${open ? "" : `&nguoi=${person.payeeId}`}#nguoi-${person.payeeId}`}
        aria-expanded={open}
        scroll={false}
        className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-3 py-2 hover:bg-stone-50 md:grid md:grid-cols-[minmax(0,1fr)_7rem_9rem_8rem_9rem_10rem]"
      >
        <span className="min-w-0 basis-full md:basis-auto">
          <span className="font-semibold">{person.name}</span>
          {person.penNames.length ? <span className="text-sm text-muted"> · {person.penNames.join(", ")}</span> : null}
          <span className="ml-2 inline-block rounded border border-stone-400 px-1.5 text-xs whitespace-nowrap text-stone-700">{t(`kinds.${person.kind}`)}</span>
        </span>
        <span className="text-sm text-muted md:text-right">{t("people.lines", { count: person.lines.length })}</span>
        <span className="text-sm tabular-nums md:text-right">
          <span className="text-muted md:sr-only">{t("columns.amount")}: </span>
          {formatDong(person.amount)}
        </span>
        <span className="text-sm tabular-nums md:text-right">
          <span className="text-muted md:sr-only">{t("columns.tax")}: </span>
          {formatDong(person.tax)}
        </span>
        <span className="text-sm font-semibold tabular-nums md:text-right">
          <span className="font-normal text-muted md:sr-only">{t("columns.net")}: </span>
          {formatDong(person.net)}
        </span>
        <span className={`text-sm md:text-right ${person.paid ? "text-green-800" : "text-amber-900"}`}>{paidWords(person, t, when)}</span>
      </Link>
      {!open ? null : payable ? (
        <RoyaltyPaySelection>
          {table}
          <RoyaltyPayForm month={month} payeeId={person.payeeId} name={person.name} unpaid={unpaid} today={today} />
        </RoyaltyPaySelection>
      ) : (
        table
      )}
    </div>
  );
}

function Groups({ caption, first, groups, t }: { caption: string; first: string; groups: GroupTotal[]; t: T }) {
  if (!groups.length) return <p className="text-sm text-muted">{t("people.none")}</p>;
  const total = groups.reduce((s, g) => s + g.amount, 0);
  return (
    <div className="rounded border border-stone-300 bg-white">
      <table className={listTable}>
        <caption className="sr-only">{caption}</caption>
        <thead className={listThead}>
          <tr>
            <th scope="col" className="px-3 py-2">
              {first}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.works")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.lines")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.amount")}
            </th>
          </tr>
        </thead>
        <tbody className={listTbody}>
          {groups.map((g) => (
            <tr key={g.key} className={listRow}>
              <td className="w-full font-medium md:w-auto md:px-3 md:py-2">{g.name ?? t("noSection")}</td>
              <td data-label={t("columns.works")} className={`${listCell} tabular-nums md:text-right`}>
                {g.works}
              </td>
              <td data-label={t("columns.lines")} className={`${listCell} tabular-nums md:text-right`}>
                {g.lines}
              </td>
              <td data-label={t("columns.amount")} className={`${listCell} font-semibold tabular-nums md:text-right`}>
                {formatDong(g.amount)}
              </td>
            </tr>
          ))}
          <tr className={`${listRow} bg-stone-50 font-semibold`}>
            <td className="w-full md:w-auto md:px-3 md:py-2">{t("people.total")}</td>
            <td className="max-md:hidden md:table-cell" />
            <td className="max-md:hidden md:table-cell" />
            <td data-label={t("columns.amount")} className={`${listCell} tabular-nums md:text-right`}>
              {formatDong(total)}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
