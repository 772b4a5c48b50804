// Deadlines, told exactly once: each change to an open assignment records two events in the
// publication worker's table (publication_events), "due_soon" at the deadline less the lead of
// Cài đặt → Kế hoạch and "overdue" at the deadline, under the assignment's version. The worker
// (lib/publishing/worker.ts) hands them here; an event of an older version (the deadline moved,
// the work was reassigned) or of finished work tells nobody, so a moved deadline never rings twice.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { assignments, publicationEvents, type Assignment } from "@/db/schema";
import { phrase } from "@/lib/i18n/phrase";
import { notify } from "@/lib/notifications/notify";
import { loadSettings } from "@/lib/settings/settings";
import { isOpenAssignment } from "./assignment-states";
import { deskHeads } from "@/lib/desks/queries";
import { assignmentPath } from "./links";
import { loadPlanSettings } from "./settings";

export const deadlineEventKinds = ["due_soon", "overdue"] as const;
export type DeadlineEventKind = (typeof deadlineEventKinds)[number];

type Watched = Pick<Assignment, "id" | "deadline" | "version" | "status">;

/**
 * Records the deadline's events for this version of an open assignment. `onlyAhead` (a step that
 * keeps the deadline: accepting, starting) leaves out a time already past, which its earlier
 * version has told or is telling.
 */
export async function recordDeadlineEvents(tx: Database, assignment: Watched, { onlyAhead = false }: { onlyAhead?: boolean } = {}): Promise<void> {
  if (!isOpenAssignment(assignment.status)) return;
  const { dueSoonLeadMinutes } = await loadPlanSettings(tx);
  const now = Date.now();
  const times: Record<DeadlineEventKind, Date> = {
    due_soon: new Date(assignment.deadline.getTime() - dueSoonLeadMinutes * 60_000),
    overdue: assignment.deadline,
  };
  const events = deadlineEventKinds
    .filter((kind) => !(kind === "due_soon" && dueSoonLeadMinutes === 0))
    .filter((kind) => !onlyAhead || times[kind].getTime() > now)
    .map((kind) => ({ assignmentId: assignment.id, kind, version: assignment.version, dueAt: times[kind] }));
  if (events.length) await tx.insert(publicationEvents).values(events).onConflictDoNothing();
}

/** The worker's handling of one deadline event: tells the assignee, the assigner and the desk's heads, or nobody. */
export async function handleDeadlineEvent(tx: Database, event: { assignmentId: number; kind: string; version: number }): Promise<void> {
  if (!(deadlineEventKinds as readonly string[]).includes(event.kind)) return;
  const [assignment] = await tx.select().from(assignments).where(eq(assignments.id, event.assignmentId));
  if (!assignment || assignment.version !== event.version || !isOpenAssignment(assignment.status)) return;
  const { timeZone } = await loadSettings(tx);
  await notify(tx, {
    userIds: [assignment.assigneeId, assignment.assignedById, ...(await deskHeads(tx, assignment.deskId))],
    actorId: null,
    storyId: null,
    link: assignmentPath(assignment.id),
    kind: "deadline",
    message: phrase(event.kind === "due_soon" ? "plan.notify.dueSoon" : "plan.notify.overdue", {
      title: assignment.title,
      deadline: { when: assignment.deadline.toISOString(), timeZone },
    }),
  });
}
