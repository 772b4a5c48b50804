// The plan board's pieces, drawn on the server: cards rather than wide tables, so a phone reads
// them without scrolling sideways and the printed sheet keeps each item whole.
import Link from "next/link";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { cn } from "@/components/ui/cn";
import type { getNewsroomT } from "@/lib/i18n/server";
import type { WhenStyle } from "@/lib/i18n/time";
import { dayFirstFromIsoDate } from "@/lib/i18n/time";
import { assignmentPath, proposalPath } from "@/lib/plan/links";
import type { BoardAssignment, BoardDay, BoardPersonRow, BoardProposal, BoardStory, DeadlineState } from "@/lib/plan/board";

export type BoardT = Awaited<ReturnType<typeof getNewsroomT<"planBoard">>>;
/** The plan's labels (kinds, needs, tasks, priorities, proposal states): one set, shared with its pages. */
export type PlanT = Awaited<ReturnType<typeof getNewsroomT<"plan">>>;
export type When = (date: Date | string, style?: WhenStyle) => string;

// Each state's label on a tint with at least 4.5:1 contrast; declined and cancelled are muted.
const stateTones = {
  overdue: "border-red-700 bg-red-700 text-white",
  due_soon: "border-amber-600 bg-amber-50 text-amber-900",
  on_track: "border-sky-600 bg-sky-50 text-sky-900",
  done_on_time: "border-green-800 bg-green-50 text-green-900",
  done_late: "border-orange-700 bg-orange-50 text-orange-900",
  declined: "border-stone-300 bg-stone-50 text-stone-600",
  cancelled: "border-stone-300 bg-stone-50 text-stone-600",
} as const satisfies Record<DeadlineState, string>;

const muted = (state: DeadlineState) => state === "declined" || state === "cancelled";

export function DeadlineBadge({ state, t }: { state: DeadlineState; t: BoardT }) {
  return (
    <span
      className={cn(
        "inline-block rounded border px-1.5 text-xs font-semibold whitespace-nowrap print:border-black print:bg-white print:text-black",
        stateTones[state],
      )}
      data-state={state}
    >
      {t(`states.${state}`)}
    </span>
  );
}

export function Section({ title, count, children, className }: { title: string; count?: number; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn("min-w-0", className)}>
      <h3 className="mb-2 text-lg font-semibold">
        {title}
        {count !== undefined ? <span className="ml-2 text-sm font-normal text-muted">({count})</span> : null}
      </h3>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-muted">{children}</p>;
}

export function ProposalCard({ proposal, t, labels }: { proposal: BoardProposal; t: BoardT; labels: PlanT }) {
  return (
    <li className="break-inside-avoid rounded border border-stone-300 bg-white p-3" data-proposal={proposal.id}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <span className="rounded border border-stone-400 bg-stone-100 px-1.5 font-semibold">{labels(`proposalStatus.${proposal.status}`)}</span>
        <span>{labels(`kinds.${proposal.kind}`)}</span>
        {proposal.deskName ? <span className="text-muted">{proposal.deskName}</span> : null}
      </p>
      <Link href={proposalPath(proposal.id)} className="mt-1 block font-semibold break-words hover:underline">
        {proposal.title}
      </Link>
      <p className="text-sm break-words">
        {t("proposedBy", { name: proposal.proposer.name })}
        {" · "}
        {proposal.plannedFor ? t("plannedFor", { date: dayFirstFromIsoDate(proposal.plannedFor) }) : t("unplanned")}
      </p>
      {proposal.needs.length || proposal.needsNote ? (
        <p className="text-sm break-words text-muted print:text-black">
          {t("needs", { needs: [...proposal.needs.map((n) => labels(`needs.${n}`)), proposal.needsNote].filter(Boolean).join(", ") })}
        </p>
      ) : null}
    </li>
  );
}

export function AssignmentLine({
  assignment,
  t,
  labels,
  when,
  showPerson = false,
  sameDay,
}: {
  assignment: BoardAssignment;
  t: BoardT;
  labels: PlanT;
  when: When;
  showPerson?: boolean;
  sameDay: boolean;
}) {
  return (
    <li className={cn("break-inside-avoid py-2", muted(assignment.state) && "opacity-70")} data-assignment={assignment.id}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <DeadlineBadge state={assignment.state} t={t} />
        <span className="font-mono">{t("deadline", { when: when(assignment.deadline, sameDay && !assignment.carriedOver ? "time" : "dayMonthTime") })}</span>
        <span>{labels(`tasks.${assignment.task}`)}</span>
        {assignment.priority !== "normal" ? (
          <span className="font-semibold text-red-800 print:text-black">{labels(`priorities.${assignment.priority}`)}</span>
        ) : null}
        {assignment.carriedOver ? <span className="text-xs text-muted">({t("carriedOver")})</span> : null}
      </p>
      <Link href={assignmentPath(assignment.id)} className={cn("font-semibold break-words hover:underline", muted(assignment.state) && "line-through")}>
        {assignment.title}
      </Link>
      {showPerson ? <p className="text-sm">{assignment.assignee.name}</p> : null}
    </li>
  );
}

export function PersonCard({ row, t, labels, when }: { row: BoardPersonRow; t: BoardT; labels: PlanT; when: When }) {
  return (
    <li className="break-inside-avoid rounded border border-stone-300 bg-white p-3" data-person={row.person.id}>
      <h4 className="font-semibold">{row.person.name}</h4>
      <ul className="divide-y divide-stone-200">
        {row.assignments.map((a) => (
          <AssignmentLine key={a.id} assignment={a} t={t} labels={labels} when={when} sameDay />
        ))}
      </ul>
    </li>
  );
}

export function StoryCard({ story, t, when }: { story: BoardStory; t: BoardT; when: When }) {
  return (
    <li className="break-inside-avoid rounded border border-stone-300 bg-white p-3" data-story={story.id}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <StatusBadge status={story.status} className="text-xs" />
        <DeadlineBadge state={story.state} t={t} />
        <span className="font-mono">{t("deadline", { when: when(story.deadline, "dayMonthTime") })}</span>
      </p>
      <Link href={`/toa-soan/bai-viet/${story.id}`} className="mt-1 block font-semibold break-words hover:underline">
        {story.title}
      </Link>
      <p className="text-sm">
        {t("assignedTo", { name: story.assignee.name })}
        {story.sectionName ? ` · ${story.sectionName}` : ""}
      </p>
    </li>
  );
}

/** What is planned for a publication day beside what is scheduled for it, as on Lịch. */
export function PlannedBesideScheduled({
  day,
  t,
  labels,
  when,
  withDeadlines,
}: {
  day: BoardDay;
  t: BoardT;
  labels: PlanT;
  when: When;
  withDeadlines: boolean;
}) {
  const plannedCount = day.planned.length + (withDeadlines ? day.deadlines.length : 0);
  return (
    <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
      <div className="min-w-0">
        <h4 className="font-semibold">{t("planned")}</h4>
        {plannedCount === 0 ? <Empty>{t("plannedEmpty")}</Empty> : null}
        <ul className="divide-y divide-stone-200">
          {day.planned.map((p) => (
            <li key={`p${p.id}`} className="break-inside-avoid py-2" data-planned={p.id}>
              <p className="flex flex-wrap items-center gap-x-2 text-xs">
                <span className="font-semibold">{t("proposalTag")}</span>
                <span>{labels(`proposalStatus.${p.status}`)}</span>
                <span>{labels(`kinds.${p.kind}`)}</span>
              </p>
              <Link href={proposalPath(p.id)} className="font-semibold break-words hover:underline">
                {p.title}
              </Link>
              <p className="text-sm">{p.proposer.name}</p>
            </li>
          ))}
          {withDeadlines
            ? day.deadlines.map((a) => <AssignmentLine key={`a${a.id}`} assignment={a} t={t} labels={labels} when={when} showPerson sameDay />)
            : null}
        </ul>
      </div>
      <div className="min-w-0">
        <h4 className="font-semibold">{t("scheduled")}</h4>
        {day.scheduled.length === 0 ? <Empty>{t("scheduledEmpty")}</Empty> : null}
        <ul className="divide-y divide-stone-200">
          {day.scheduled.map((s) => (
            <li key={s.id} className="break-inside-avoid py-2" data-scheduled={s.id}>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <span className="font-mono">{when(s.publishedAt, "time")}</span>
                <StatusBadge status={s.status} className="text-xs" />
                <span>{s.sectionName ?? "—"}</span>
              </p>
              <Link href={`/toa-soan/bai-viet/${s.id}?tu=lich`} className="font-semibold break-words hover:underline">
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
