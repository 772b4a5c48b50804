import { deadlineState } from "@/lib/plan/board";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AssignmentActions } from "@/components/newsroom/assignment-actions";
import { AssignmentStatusBadge, DeadlineWarning } from "@/components/newsroom/assignment-status-badge";
import { PlanHistory } from "@/components/newsroom/proposal-history";
import { buttonVariants } from "@/components/ui/button";
import { getNewsroomFormatWhen, getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { toDayFirst } from "@/lib/i18n/time";
import { assignmentPath, planPath, proposalPath } from "@/lib/plan/links";
import { idParam, requirePlanActor } from "@/lib/plan/page-access";
import { getAssignment, getPlanChoices, getPlanSettings } from "@/lib/plan/queries";

type Params = { params: Promise<{ id: string }> };

const open = cache(async (id: string) => {
  const actor = await requirePlanActor(assignmentPath(Number(id) || 0));
  const number = idParam(id);
  const assignment = number === null ? null : await getAssignment(actor, number);
  if (!assignment) notFound();
  return { actor, assignment };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { assignment } = await open((await params).id);
  return { title: assignment.title };
}

// An assignment: who does what by when, where it came from, its story, the buttons open to this
// person, and its history from Nhật ký.
export default async function AssignmentPage({ params }: Params) {
  const { actor, assignment: a } = await open((await params).id);
  const [t, when, timeZone, { dueSoonLeadMinutes }] = await Promise.all([getNewsroomT("plan"), getNewsroomFormatWhen(), getPaperTimeZone(), getPlanSettings()]);
  const manages = a.moves.includes("reassign");
  const people = manages ? (await getPlanChoices(actor)).people : [];
  // The board's rule, read once per request: a server component's clock is the request's.
  const state = deadlineState(a, new Date(), dueSoonLeadMinutes * 60_000);
  const late = state === "overdue";
  const soon = state === "due_soon";
  const details: [string, React.ReactNode][] = [
    [t("fields.assignee"), a.assigneeName],
    [t("fields.task"), t(`tasks.${a.task}`)],
    [
      t("fields.deadline"),
      <>
        <time dateTime={a.deadline.toISOString()}>{when(a.deadline)}</time>
        {late ? (
          <DeadlineWarning tone="overdue" label={t("assignment.overdue")} />
        ) : soon ? (
          <DeadlineWarning tone="dueSoon" label={t("assignment.dueSoon")} />
        ) : null}
      </>,
    ],
    [t("fields.priority"), t(`priorities.${a.priority}`)],
    [t("fields.assigner"), a.assignerName],
    [t("fields.section"), a.sectionName ?? "—"],
    [t("fields.desk"), a.deskName ?? "—"],
    [t("fields.brief"), a.brief || "—"],
    ...(a.note ? ([[t("assignment.noteLabel"), a.note]] as [string, React.ReactNode][]) : []),
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href={planPath} className="underline">
            ← {t("assignment.back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">
          {a.title} <AssignmentStatusBadge status={a.status} label={t(`assignmentStatus.${a.status}`)} className="align-middle" />
        </h1>
        <p className="mt-1 text-sm">
          {a.proposal ? (
            <Link href={proposalPath(a.proposal.id)} className="underline">
              {t("assignment.fromProposal", { title: a.proposal.title })}
            </Link>
          ) : (
            <span className="text-muted">{t("assignment.direct")}</span>
          )}
          {a.doneAt ? <span className="text-muted"> · {t("assignment.doneAt", { when: when(a.doneAt) })}</span> : null}
        </p>
      </div>

      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-2 whitespace-pre-line sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>

      {a.story ? (
        <p>
          <Link href={`/toa-soan/bai-viet/${a.story.id}`} className={buttonVariants({ variant: a.status === "in_progress" ? "primary" : "secondary" })}>
            {a.status === "in_progress" && a.assigneeId === actor.id ? t("assignment.openDraft") : t("assignment.story")}
          </Link>
        </p>
      ) : null}

      <AssignmentActions
        id={a.id}
        version={a.version}
        task={a.task}
        moves={a.moves}
        deadline={toDayFirst(a.deadline, timeZone)}
        people={people}
        assigneeId={a.assigneeId}
      />

      <PlanHistory entries={a.history} />
    </div>
  );
}
