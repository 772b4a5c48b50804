import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { AssignmentActions } from "@/components/newsroom/assignment-actions";
import { AssignmentStatusBadge, DeadlineWarning } from "@/components/newsroom/assignment-status-badge";
import { PlanDetails, PlanPageHeading, type PlanDetail } from "@/components/newsroom/plan-page";
import { PlanHistory } from "@/components/newsroom/proposal-history";
import { buttonVariants } from "@/components/ui/button";
import { getNewsroomFormatWhen, getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { toDayFirst } from "@/lib/i18n/time";
import { assignmentPath, proposalPath } from "@/lib/plan/links";
import { openPlanItem } from "@/lib/plan/page-access";
import { deadlineState } from "@/lib/plan/board";
import { getAssignment, getPlanChoices, getPlanSettings } from "@/lib/plan/queries";

type Params = { params: Promise<{ id: string }> };

const open = cache((id: string) => openPlanItem(id, assignmentPath, getAssignment));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { item } = await open((await params).id);
  return { title: item.title };
}

// An assignment: who does what by when, where it came from, its story, the buttons open to this
// person, and its history from Nhật ký.
export default async function AssignmentPage({ params }: Params) {
  const { actor, item: a } = await open((await params).id);
  const [t, when, timeZone, { dueSoonLeadMinutes }] = await Promise.all([getNewsroomT("plan"), getNewsroomFormatWhen(), getPaperTimeZone(), getPlanSettings()]);
  const manages = a.moves.includes("reassign");
  const people = manages ? (await getPlanChoices(actor)).people : [];
  // The board's rule, read once per request: a server component's clock is the request's.
  const state = deadlineState(a, new Date(), dueSoonLeadMinutes * 60_000);
  const late = state === "overdue";
  const soon = state === "due_soon";
  const details: PlanDetail[] = [
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
    ...(a.note ? ([[t("assignment.noteLabel"), a.note]] satisfies PlanDetail[]) : []),
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <PlanPageHeading
        back={t("assignment.back")}
        title={a.title}
        badge={<AssignmentStatusBadge status={a.status} label={t(`assignmentStatus.${a.status}`)} className="align-middle" />}
      >
        {a.proposal ? (
          <Link href={proposalPath(a.proposal.id)} className="underline">
            {t("assignment.fromProposal", { title: a.proposal.title })}
          </Link>
        ) : (
          <span className="text-muted">{t("assignment.direct")}</span>
        )}
        {a.doneAt ? <span className="text-muted"> · {t("assignment.doneAt", { when: when(a.doneAt) })}</span> : null}
      </PlanPageHeading>

      <PlanDetails rows={details} />

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
