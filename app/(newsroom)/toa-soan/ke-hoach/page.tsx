import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentsChart, HoursChart, ProposalsChart, type PlanChartWords } from "@/components/newsroom/plan-charts";
import {
  Empty,
  PersonCard,
  PlannedBesideScheduled,
  ProposalCard,
  Section,
  StoryCard,
  type BoardT,
  type PlanT,
  type When,
} from "@/components/newsroom/plan-board";
import { PlanBoardRefresh } from "@/components/newsroom/plan-board-refresh";
import { PrintButton } from "@/components/newsroom/print-button";
import { buttonVariants } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { messagesFor } from "@/lib/i18n/messages";
import { getNewsroomFormatWhen, getNewsroomLocale, getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { dayFirstFromIsoDate, formatWhen } from "@/lib/i18n/time";
import { boardStartsOnDesks, deadlineStates, getPlanBoard } from "@/lib/plan/board";
import { todayIn } from "@/lib/plan/board-calendar";
import { boardHref, readBoardParams, stateSlugs, type BoardParams } from "@/lib/plan/board-params";
import { newAssignmentPath, newProposalPath, planPath as path } from "@/lib/plan/links";
import { getPlanMeasures, type PlanMeasures } from "@/lib/plan/measures";
import { requirePlanActor } from "@/lib/plan/page-access";
import { canPlan, type Actor } from "@/lib/policy/policy";
import { toIsoDate } from "@/lib/text/dateline";
import { parseIsoDate } from "@/lib/audit/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("planBoard");
  return { title: t("title") };
}

// The view shown reads as pressed: dark, like a toolbar button that is on.
const viewToggle =
  "rounded border border-stone-400 bg-white px-2 py-1 hover:bg-stone-100 aria-[current=page]:border-stone-800 aria-[current=page]:bg-stone-800 aria-[current=page]:text-white";

/** Leads some plan: the chief editor, a desk head, or an editor on no desk (lib/policy leadsPlan). */
const leadsAnyPlan = (actor: Actor) =>
  canPlan(actor, "assignment.create", { deskId: null }) || (actor.desks?.headOf ?? []).some((deskId) => canPlan(actor, "assignment.create", { deskId }));

export default async function PlanBoardPage({ searchParams }: { searchParams: Promise<BoardParams> }) {
  const actor = await requirePlanActor(path);
  const raw = await searchParams;
  const params: BoardParams = {
    ngay: typeof raw.ngay === "string" ? raw.ngay : undefined,
    xem: typeof raw.xem === "string" ? raw.xem : undefined,
    ban: typeof raw.ban === "string" ? raw.ban : undefined,
    nguoi: typeof raw.nguoi === "string" ? raw.nguoi : undefined,
    "trang-thai": typeof raw["trang-thai"] === "string" ? raw["trang-thai"] : undefined,
  };
  const address = readBoardParams(params);
  const [timeZone, t, labels, when, locale] = await Promise.all([
    getPaperTimeZone(),
    getNewsroomT("planBoard"),
    getNewsroomT("plan"),
    getNewsroomFormatWhen(),
    getNewsroomLocale(),
  ]);
  const today = todayIn(timeZone);
  const board = await getPlanBoard(actor, {
    day: address.day ?? today,
    view: address.view,
    desk: address.desk,
    personId: address.personId,
    state: address.state,
    timeZone,
  });
  const measures = await getPlanMeasures(actor, { deskIds: board.deskIds, timeZone });
  const weekdays = Object.values(messagesFor(locale).time.weekdays);
  const weekdayOf = (iso: string) => {
    const d = parseIsoDate(iso)!;
    return formatWhen(new Date(Date.UTC(d.year, d.month - 1, d.day)), { timeZone: "UTC", weekdays, style: "date" });
  };

  const deskName = board.deskIds
    ? board.desks
        .filter((d) => board.deskIds!.includes(d.id))
        .map((d) => d.name)
        .join(", ") || t("paper")
    : t("paper");
  const isWeek = board.view === "week";
  const todayIso = toIsoDate(today);
  const deskValue = address.desk === null ? (boardStartsOnDesks(actor) ? "" : "tat-ca") : String(address.desk === "all" ? "tat-ca" : address.desk);

  return (
    <div className="space-y-6">
      <PlanBoardRefresh />
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href={newProposalPath} className={buttonVariants({ variant: "primary" })}>
            {t("propose")}
          </Link>
          {leadsAnyPlan(actor) ? (
            <Link href={newAssignmentPath} className={buttonVariants({})}>
              {t("assign")}
            </Link>
          ) : null}
          <PrintButton label={t("print")} />
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
        <nav aria-label={t("dayNav")} className="flex flex-wrap gap-3 text-sm">
          <Link href={boardHref(params, { ngay: board.previous })} className="underline" rel="prev">
            {isWeek ? t("previousWeek") : t("previousDay")}
          </Link>
          <Link href={boardHref(params, { ngay: undefined })} className="underline" aria-current={board.days.includes(todayIso) ? "date" : undefined}>
            {t("today")}
          </Link>
          <Link href={boardHref(params, { ngay: board.next })} className="underline" rel="next">
            {isWeek ? t("nextWeek") : t("nextDay")}
          </Link>
        </nav>
        <nav aria-label={t("viewNav")} className="flex gap-1 text-sm">
          <Link href={boardHref(params, { xem: undefined })} aria-current={isWeek ? undefined : "page"} className={viewToggle}>
            {t("dayView")}
          </Link>
          <Link href={boardHref(params, { xem: "tuan" })} aria-current={isWeek ? "page" : undefined} className={viewToggle}>
            {t("weekView")}
          </Link>
        </nav>
        <Link href={`/toa-soan/lich?tu=${board.days[0]}`} className="text-sm underline">
          {t("calendarLink")}
        </Link>
      </div>

      <form action={path} aria-label={t("filters")} className="flex flex-wrap items-end gap-2 rounded border border-stone-300 bg-white p-3 print:hidden">
        {params.ngay ? <input type="hidden" name="ngay" value={params.ngay} /> : null}
        {isWeek ? <input type="hidden" name="xem" value="tuan" /> : null}
        <FilterSelect label={t("desk")} name="ban" defaultValue={deskValue}>
          {boardStartsOnDesks(actor) ? <option value="">{t("myDesks")}</option> : null}
          <option value="tat-ca">{t("paper")}</option>
          {board.desks.map((d) => (
            <option key={d.id} value={String(d.id)}>
              {d.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("person")} name="nguoi" defaultValue={params.nguoi ?? ""}>
          <option value="">{t("everyone")}</option>
          {board.people.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("state")} name="trang-thai" defaultValue={address.state ? stateSlugs[address.state] : ""}>
          <option value="">{t("anyState")}</option>
          {deadlineStates.map((s) => (
            <option key={s} value={stateSlugs[s]}>
              {t(`states.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <button type="submit" className={buttonVariants({})}>
          {t("apply")}
        </button>
      </form>

      {isWeek ? (
        <WeekBoard board={board} t={t} labels={labels} when={when} deskName={deskName} weekdayOf={weekdayOf} />
      ) : (
        <article className="space-y-5" data-sheet={board.days[0]}>
          <h2 className="text-xl font-bold">{t("sheetTitle", { date: dayFirstFromIsoDate(board.days[0]!), desk: deskName })}</h2>
          <p className="-mt-4 text-sm text-muted print:text-black">{weekdayOf(board.days[0]!)}</p>
          <div className="grid gap-5 lg:grid-cols-2 print:grid-cols-1">
            <Waiting board={board} t={t} labels={labels} />
            <Section title={t("byPerson")}>
              {board.byPerson.length === 0 ? <Empty>{t("byPersonEmpty")}</Empty> : null}
              <ul className="space-y-2">
                {board.byPerson.map((row) => (
                  <PersonCard key={row.person.id} row={row} t={t} labels={labels} when={when} />
                ))}
              </ul>
            </Section>
          </div>
          <InProgress board={board} t={t} when={when} />
          <Section title={t("plannedAndScheduled")}>
            <div className="rounded border border-stone-300 bg-white p-3">
              <PlannedBesideScheduled day={board.perDay[0]!} t={t} labels={labels} when={when} withDeadlines={false} />
            </div>
          </Section>
        </article>
      )}

      <Measures measures={measures} t={t} paper={board.deskIds === null} csvHref={boardHref({ ban: params.ban }, {}, "/api/plan/measures")} />
    </div>
  );
}

type Board = Awaited<ReturnType<typeof getPlanBoard>>;

function FilterSelect({ label, name, defaultValue, children }: { label: string; name: string; defaultValue: string; children: React.ReactNode }) {
  return (
    <label className="min-w-0 grow basis-40 text-sm">
      <span className="block text-xs font-semibold">{label}</span>
      <Select name={name} defaultValue={defaultValue} className="w-full">
        {children}
      </Select>
    </label>
  );
}

function Waiting({ board, t, labels }: { board: Board; t: BoardT; labels: PlanT }) {
  return (
    <Section title={t("waiting")} count={board.waiting.length}>
      {board.waiting.length === 0 ? <Empty>{t("waitingEmpty")}</Empty> : null}
      <ul className="space-y-2">
        {board.waiting.map((p) => (
          <ProposalCard key={p.id} proposal={p} t={t} labels={labels} />
        ))}
      </ul>
    </Section>
  );
}

function InProgress({ board, t, when }: { board: Board; t: BoardT; when: When }) {
  return (
    <Section title={t("inProgress")} count={board.inProgress.length}>
      {board.inProgress.length === 0 ? <Empty>{t("inProgressEmpty")}</Empty> : null}
      <ul className="grid gap-2 sm:grid-cols-2 print:grid-cols-2">
        {board.inProgress.map((s) => (
          <StoryCard key={s.id} story={s} t={t} when={when} />
        ))}
      </ul>
    </Section>
  );
}

function WeekBoard({
  board,
  t,
  labels,
  when,
  deskName,
  weekdayOf,
}: {
  board: Board;
  t: BoardT;
  labels: PlanT;
  when: When;
  deskName: string;
  weekdayOf: (iso: string) => string;
}) {
  return (
    <>
      <h2 className="text-xl font-bold print:hidden">
        {t("weekTitle", { from: dayFirstFromIsoDate(board.days[0]!), to: dayFirstFromIsoDate(board.days.at(-1)!), desk: deskName })}
      </h2>
      {/* On paper the week is one sheet per day; what waits and what is being written stay on screen. */}
      <div className="grid gap-5 lg:grid-cols-2 print:hidden">
        <Waiting board={board} t={t} labels={labels} />
        <InProgress board={board} t={t} when={when} />
      </div>
      <ol className="space-y-3">
        {board.perDay.map((day, i) => (
          <li key={day.date} className={i > 0 ? "print:break-before-page" : undefined} data-day={day.date}>
            <article className="rounded border border-stone-300 bg-white p-3 print:border-0 print:p-0">
              <h2 className="hidden text-xl font-bold print:block">{t("sheetTitle", { date: dayFirstFromIsoDate(day.date), desk: deskName })}</h2>
              <h3 className="font-semibold print:text-sm print:font-normal">{weekdayOf(day.date)}</h3>
              <div className="mt-2">
                <PlannedBesideScheduled day={day} t={t} labels={labels} when={when} withDeadlines />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

function Measures({ measures, t, paper, csvHref }: { measures: PlanMeasures; t: BoardT; paper: boolean; csvHref: string }) {
  const weeks = measures.totals;
  const sum = (pick: (w: (typeof weeks)[number]) => number) => weeks.reduce((n, w) => n + pick(w), 0);
  const latest = weeks.at(-1)!;
  const latestHours = [...weeks].reverse().find((w) => w.averageHoursToPublication !== null)?.averageHoursToPublication ?? null;
  const hoursText = (n: number) => t("measures.hoursValue", { hours: n.toFixed(1) });
  const words: PlanChartWords = {
    weekColumn: t("measures.weekColumn"),
    data: t("measures.data"),
    proposals: {
      title: t("measures.proposals.title"),
      summary: t("measures.proposals.summary", {
        weeks: weeks.length,
        made: sum((w) => w.proposalsMade),
        approved: sum((w) => w.proposalsApproved),
        madeNow: latest.proposalsMade,
        approvedNow: latest.proposalsApproved,
      }),
      made: t("measures.proposals.made"),
      approved: t("measures.proposals.approved"),
    },
    assignments: {
      title: t("measures.assignments.title"),
      summary: t("measures.assignments.summary", { weeks: weeks.length, onTime: sum((w) => w.onTime), late: sum((w) => w.late), missed: sum((w) => w.missed) }),
      onTime: t("measures.assignments.onTime"),
      late: t("measures.assignments.late"),
      missed: t("measures.assignments.missed"),
    },
    hours: {
      title: t("measures.hours.title"),
      summary: t("measures.hours.summary", {
        weeks: weeks.length,
        count: sum((w) => w.published),
        latest: latestHours === null ? "—" : hoursText(latestHours),
      }),
      hours: t("measures.hours.hours"),
      none: t("measures.hours.none"),
    },
  };
  return (
    <section aria-labelledby="chi-so" className="space-y-3 print:hidden">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="chi-so" className="text-xl font-bold">
          {paper ? t("measures.paperHeading") : t("measures.heading")}
        </h2>
        <a href={csvHref} className="text-sm underline" download>
          {t("measures.download")}
        </a>
      </div>
      <p className="text-sm text-muted">{t("measures.period", { count: weeks.length })}</p>
      <div className="grid gap-3 md:grid-cols-3">
        <ProposalsChart weeks={weeks} words={words} />
        <AssignmentsChart weeks={weeks} words={words} />
        <HoursChart weeks={weeks} words={words} formatHours={hoursText} />
      </div>
    </section>
  );
}
