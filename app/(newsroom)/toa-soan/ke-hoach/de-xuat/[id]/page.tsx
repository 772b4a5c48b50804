import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { AssignmentForm } from "@/components/newsroom/assignment-form";
import { AssignmentStatusBadge } from "@/components/newsroom/assignment-status-badge";
import { PlanDetails, PlanPageHeading, type PlanDetail } from "@/components/newsroom/plan-page";
import { PlanHistory } from "@/components/newsroom/proposal-history";
import { ProposalActions } from "@/components/newsroom/proposal-actions";
import { ProposalForm } from "@/components/newsroom/proposal-form";
import { ProposalStatusBadge } from "@/components/newsroom/proposal-status-badge";
import { Notice } from "@/components/ui/notice";
import type { AssignmentTask, TopicKind } from "@/db/schema";
import { getNewsroomFormatWhen, getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { dayFirstFromIsoDate, toDayFirst } from "@/lib/i18n/time";
import { assignmentPath, proposalPath } from "@/lib/plan/links";
import { openPlanItem } from "@/lib/plan/page-access";
import { getPlanChoices, getProposal } from "@/lib/plan/queries";

type Params = { params: Promise<{ id: string }> };

const open = cache((id: string) => openPlanItem(id, proposalPath, getProposal));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { item } = await open((await params).id);
  return { title: item.title };
}

/** The task a topic's kind suggests first when assigning from it. */
const firstTask: Record<TopicKind, AssignmentTask> = {
  text: "write",
  photo: "photo",
  video: "video",
  audio: "audio",
  emagazine: "write",
  infographic: "graphics",
};

// A proposal: what it is, what was decided and by whom, its buttons, the work given from it and
// the form to give more, and its history from Nhật ký.
export default async function ProposalPage({ params, searchParams }: Params & { searchParams: Promise<{ sua?: string; "da-gui"?: string }> }) {
  const { actor, item: proposal } = await open((await params).id);
  const { sua, "da-gui": sent } = await searchParams;
  const [t, when, timeZone] = await Promise.all([getNewsroomT("plan"), getNewsroomFormatWhen(), getPaperTimeZone()]);
  const editing = sua !== undefined && proposal.moves.includes("edit");
  const choices = editing || proposal.canAssign ? await getPlanChoices(actor) : null;
  const tomorrow = toDayFirst(new Date(Date.now() + 86_400_000), timeZone);
  const none = <span className="text-muted">{t("proposal.none")}</span>;
  const details: PlanDetail[] = [
    [t("fields.desk"), proposal.deskName ?? none],
    [t("fields.section"), proposal.sectionName ?? none],
    [t("fields.kind"), t(`kinds.${proposal.kind}`)],
    [t("fields.plannedFor"), proposal.plannedFor ? dayFirstFromIsoDate(proposal.plannedFor) : none],
    [t("fields.needs"), proposal.needs.length ? proposal.needs.map((n) => t(`needs.${n}`)).join(", ") : none],
    [t("fields.needsNote"), proposal.needsNote || none],
    [t("fields.angle"), proposal.angle || none],
    [t("fields.sources"), proposal.sources || none],
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <PlanPageHeading
        back={t("proposal.back")}
        title={proposal.title}
        badge={<ProposalStatusBadge status={proposal.status} label={t(`proposalStatus.${proposal.status}`)} className="align-middle" />}
      >
        <span className="text-muted">{t("proposal.proposedBy", { name: proposal.proposerName, when: when(proposal.createdAt) })}</span>
      </PlanPageHeading>
      {sent !== undefined && proposal.status === "pending" ? <Notice tone="success">{t("proposalForm.sent")}</Notice> : null}

      {editing && choices ? (
        <section aria-labelledby="sua">
          <h2 id="sua" className="mb-3 text-lg font-bold">
            {t("proposalForm.editHeading")}
          </h2>
          <ProposalForm choices={choices} editing={proposal} cancelHref={proposalPath(proposal.id)} />
        </section>
      ) : (
        <>
          <PlanDetails rows={details} />
          {proposal.decisionNote || proposal.deciderName ? (
            <div className="rounded border border-stone-300 bg-white p-3 text-sm">
              <p className="font-semibold">{t("fields.decisionNote")}</p>
              {proposal.deciderName && proposal.decidedAt ? (
                <p className="text-muted">{t("proposal.decided", { name: proposal.deciderName, when: when(proposal.decidedAt) })}</p>
              ) : null}
              {proposal.decisionNote ? <p className="mt-1 whitespace-pre-line">{proposal.decisionNote}</p> : null}
            </div>
          ) : null}
          <ProposalActions id={proposal.id} version={proposal.version} moves={proposal.moves} editHref={`${proposalPath(proposal.id)}?sua=1`} />
        </>
      )}

      {proposal.status === "approved" ? (
        <section aria-labelledby="da-giao" className="space-y-2">
          <h2 id="da-giao" className="text-lg font-bold">
            {t("proposal.assignments")}
          </h2>
          {proposal.assignments.length ? (
            <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
              {proposal.assignments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                  <Link href={assignmentPath(a.id)} className="font-semibold underline">
                    {a.assigneeName}
                  </Link>
                  <span>{t(`tasks.${a.task}`)}</span>
                  <span className="text-muted">
                    {t("fields.deadline")}: {when(a.deadline)}
                  </span>
                  <AssignmentStatusBadge status={a.status} label={t(`assignmentStatus.${a.status}`)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted">{t("proposal.noAssignments")}</p>
          )}
        </section>
      ) : null}

      {proposal.canAssign && choices ? (
        <section aria-labelledby="giao-viec" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="giao-viec" className="mb-3 text-lg font-bold">
            {t("proposal.assignHeading")}
          </h2>
          <AssignmentForm
            proposal={{ id: proposal.id, title: proposal.title, task: firstTask[proposal.kind] }}
            choices={choices}
            defaultDeadline={{ date: tomorrow.date, time: "17:00" }}
            heading={t("proposal.assignHeading")}
          />
        </section>
      ) : null}

      <PlanHistory entries={proposal.history} />
    </div>
  );
}
