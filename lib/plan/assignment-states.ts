// An assignment's life as a table (Giao việc): offered (chờ nhận) → accepted → in_progress (its
// draft is open) → done (the story submitted, or the photos delivered); declined and cancelled
// carry a reason; reassigning offers it to someone else (a declined one too: that is what a
// refusal asks for). Pure, like lib/workflow/transitions.ts.
import type { AssignmentStatus } from "@/db/schema";
import { phrase, type Phrase } from "@/lib/i18n/phrase";

export const assignmentEvents = ["accept", "decline", "start", "deliver", "complete", "reassign", "cancel", "change_deadline"] as const;
export type AssignmentEvent = (typeof assignmentEvents)[number];

/**
 * The assignee answers and works; whoever manages it (the desk head, the chief editor, the
 * assigner) reassigns, cancels and moves the deadline; the system completes it when its story is
 * submitted.
 */
export type AssignmentActor = "assignee" | "manager" | "system";

/** Who may be given work: the newsroom's roles (an admin is not given work). */
export const assignableRoles = ["reporter", "editor", "chief_editor"] as const;

/** Still to be done: deadlines are watched, and the board counts it. */
export const openAssignmentStatuses = ["offered", "accepted", "in_progress"] as const satisfies readonly AssignmentStatus[];

export type AssignmentTransition = {
  event: AssignmentEvent;
  from: readonly AssignmentStatus[];
  /** "same": the state stays (a new deadline). */
  to: AssignmentStatus | "same";
  by: AssignmentActor;
  noteRequired: boolean;
};

export const assignmentTransitions: readonly AssignmentTransition[] = [
  { event: "accept", from: ["offered"], to: "accepted", by: "assignee", noteRequired: false },
  { event: "decline", from: ["offered"], to: "declined", by: "assignee", noteRequired: true },
  { event: "start", from: ["offered", "accepted"], to: "in_progress", by: "assignee", noteRequired: false },
  // Photos, video, sound or graphics handed over without a story of their own.
  { event: "deliver", from: ["offered", "accepted", "in_progress"], to: "done", by: "assignee", noteRequired: true },
  { event: "complete", from: ["offered", "accepted", "in_progress"], to: "done", by: "system", noteRequired: false },
  { event: "reassign", from: ["offered", "accepted", "in_progress", "declined"], to: "offered", by: "manager", noteRequired: true },
  { event: "cancel", from: ["offered", "accepted", "in_progress"], to: "cancelled", by: "manager", noteRequired: true },
  { event: "change_deadline", from: ["offered", "accepted", "in_progress"], to: "same", by: "manager", noteRequired: false },
];

export function findAssignmentTransition(event: AssignmentEvent, from: AssignmentStatus): AssignmentTransition | undefined {
  return assignmentTransitions.find((t) => t.event === event && t.from.includes(from));
}

/** The events open on an assignment in this state (the screen's buttons follow). */
export function assignmentEventsFrom(status: AssignmentStatus): AssignmentEvent[] {
  return assignmentTransitions.filter((t) => t.from.includes(status)).map((t) => t.event);
}

export function isOpenAssignment(status: AssignmentStatus): boolean {
  return (openAssignmentStatuses as readonly AssignmentStatus[]).includes(status);
}

/** Why an event cannot happen now: "Việc đang ở trạng thái “Đã xong”: không thể hủy." */
export function assignmentRefusal(event: AssignmentEvent, from: AssignmentStatus): Phrase {
  return phrase("plan.refusals.assignmentState", {
    status: phrase(`plan.assignmentStatus.${from}`),
    event: phrase(`plan.assignmentEvent.${event}`),
  });
}
