// A proposal's life as a table (Đề xuất đề tài): which event moves it from which state to which,
// whose event it is, and whether a note is required. Pure, like lib/workflow/transitions.ts: the
// commands, the screens' buttons and the tests read the same rows. Proposing creates a pending
// one; editing one sent back for changes resubmits it.
import type { ProposalStatus } from "@/db/schema";
import { phrase, type Phrase } from "@/lib/i18n/phrase";

export const proposalEvents = ["edit", "withdraw", "approve", "request_changes", "reject"] as const;
export type ProposalEvent = (typeof proposalEvents)[number];

/** The proposer edits and withdraws; the desk head or the chief editor decides. */
export type ProposalActor = "proposer" | "decider";

export type ProposalTransition = {
  event: ProposalEvent;
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  by: ProposalActor;
  noteRequired: boolean;
};

export const proposalTransitions: readonly ProposalTransition[] = [
  { event: "edit", from: ["pending", "changes_requested"], to: "pending", by: "proposer", noteRequired: false },
  { event: "withdraw", from: ["pending", "changes_requested"], to: "withdrawn", by: "proposer", noteRequired: false },
  { event: "approve", from: ["pending"], to: "approved", by: "decider", noteRequired: false },
  { event: "request_changes", from: ["pending"], to: "changes_requested", by: "decider", noteRequired: true },
  { event: "reject", from: ["pending", "changes_requested"], to: "rejected", by: "decider", noteRequired: true },
];

export function findProposalTransition(event: ProposalEvent, from: ProposalStatus): ProposalTransition | undefined {
  return proposalTransitions.find((t) => t.event === event && t.from.includes(from));
}

/** The events open on a proposal in this state (the screen's buttons follow). */
export function proposalEventsFrom(status: ProposalStatus): ProposalEvent[] {
  return proposalTransitions.filter((t) => t.from.includes(status)).map((t) => t.event);
}

/** Why an event cannot happen now: "Đề xuất đang ở trạng thái “Đã duyệt”: không thể rút lại." */
export function proposalRefusal(event: ProposalEvent, from: ProposalStatus): Phrase {
  return phrase("plan.refusals.proposalState", { status: phrase(`plan.proposalStatus.${from}`), event: phrase(`plan.proposalEvent.${event}`) });
}
