// Giao việc: an approved topic, or a desk head directly, gives work to someone with a deadline.
// The assignee accepts, declines with a reason, starts (which opens the story's draft through the
// story-creation path) or delivers photos and the like with a note; whoever manages it reassigns,
// cancels or moves the deadline. Submitting the story completes it (completeAssignmentOfStory,
// called from the workflow's submit). Each command locks the assignment, follows the table of
// lib/plan/assignment-states.ts, asks the policy, refuses a stale version as a conflict, and
// records, audits, notifies and re-arms the deadline's events in the same transaction.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { assignmentPriorities, assignments, assignmentTasks, proposals, sections, users, type Assignment, type StoryKind, type TopicKind } from "@/db/schema";
import { CommandError, defineCommand, refuse, type CommandContext } from "@/lib/actions/command";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { phrase, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { insertDraft } from "@/lib/stories/commands";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { assignableRoles, assignmentRefusal, findAssignmentTransition, openAssignmentStatuses, type AssignmentEvent } from "./assignment-states";
import { recordDeadlineEvents } from "./deadlines";
import { deskHeads, deskOfSection } from "@/lib/desks/queries";
import { deadlineSchema, planIdSchema, planText, planVersionSchema, reasonText, requiredText } from "./fields";
import { assignmentPath } from "./links";

export const assignInput = z.object({
  /** The approved topic it comes from; none for a desk head's direct assignment. */
  proposalId: planIdSchema.nullable().default(null),
  /**
   * A direct assignment's section; from a topic, the topic's. The desk is never given: it is the
   * topic's, else the section's, so the policy is asked about the desk the work really belongs to.
   */
  sectionId: z.number().int().positive().nullable().default(null),
  /** Left empty: the topic's title. */
  title: planText("title", 300).default(""),
  brief: planText("brief", 4000).default(""),
  task: z.enum(assignmentTasks, { error: zodMessage("plan.validation.task") }).default("write"),
  assigneeId: z
    .number({ error: zodMessage("plan.validation.assigneeRequired") })
    .int()
    .positive(),
  deadline: deadlineSchema,
  priority: z.enum(assignmentPriorities, { error: zodMessage("plan.validation.priority") }).default("normal"),
});

export type AssignmentSaved = { id: number; version: number; status: Assignment["status"]; storyId: number | null };

/** Work goes to an active account of the newsroom; the form offers the same people (planChoices). */
async function ensureAssignee(tx: Database, assigneeId: number) {
  const [person] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, assigneeId), eq(users.active, true), inArray(users.role, assignableRoles)));
  if (!person) throw refuse("invalid", "plan.refusals.assigneeInvalid", undefined, { field: "assigneeId" });
}

export const assign = defineCommand(assignInput, async (input, ctx): Promise<AssignmentSaved> =>
  ctx.db.transaction(async (tx) => {
    let { title, sectionId } = input;
    let deskId: number | null;
    if (input.proposalId !== null) {
      const [proposal] = await tx.select().from(proposals).where(eq(proposals.id, input.proposalId)).for("update");
      if (!proposal) throw refuse("not_found", "plan.refusals.proposalNotFound");
      if (proposal.status !== "approved") throw refuse("invalid_state", "plan.refusals.proposalNotApproved");
      title ||= proposal.title;
      sectionId = proposal.sectionId;
      deskId = proposal.deskId;
    } else {
      if (sectionId !== null) {
        const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
        if (!section) throw refuse("invalid", "refusals.story.sectionMissing", undefined, { field: "sectionId" });
      }
      deskId = await deskOfSection(tx, sectionId);
    }
    if (!title) throw refuse("invalid", "plan.validation.titleRequired", undefined, { field: "title" });
    ctx.authorizePlan("assignment.create", { deskId });
    await ensureAssignee(tx, input.assigneeId);
    const [row] = await tx
      .insert(assignments)
      .values({
        proposalId: input.proposalId,
        deskId,
        sectionId,
        title,
        brief: input.brief,
        task: input.task,
        assigneeId: input.assigneeId,
        assignedById: ctx.actor.id,
        deadline: input.deadline,
        priority: input.priority,
      })
      .returning();
    await recordDeadlineEvents(tx, row!);
    await audit(tx, ctx, "plan.assignment.create", row!, { personId: row!.assigneeId, deadline: row!.deadline.toISOString(), task: row!.task });
    await tellAssignee(tx, ctx.actor, row!);
    return saved(row!);
  }),
);

const target = { id: planIdSchema, version: planVersionSchema };

/** The assignment under its row lock: 404, then the table's refusal, the policy, the version. */
async function openAssignment(tx: Database, ctx: CommandContext, id: number, event: AssignmentEvent, version: number): Promise<Assignment> {
  const [assignment] = await tx.select().from(assignments).where(eq(assignments.id, id)).for("update");
  if (!assignment || !ctx.allowedPlan("plan.view")) throw refuse("not_found", "plan.refusals.assignmentNotFound");
  const transition = findAssignmentTransition(event, assignment.status);
  if (!transition) throw new CommandError(assignmentRefusal(event, assignment.status), "invalid_state");
  const scope = { deskId: assignment.deskId, ownerId: assignment.assigneeId, assignedById: assignment.assignedById };
  ctx.authorizePlan(transition.by === "assignee" ? "assignment.respond" : "assignment.manage", scope);
  if (assignment.version !== version) throw refuse("conflict", "plan.refusals.assignmentConflict", undefined, { currentVersion: assignment.version });
  return assignment;
}

/** Writes the next version of an assignment. */
async function update(tx: Database, assignment: Assignment, set: Partial<typeof assignments.$inferInsert>): Promise<Assignment> {
  const [row] = await tx
    .update(assignments)
    .set({ ...set, version: assignment.version + 1, updatedAt: new Date() })
    .where(eq(assignments.id, assignment.id))
    .returning();
  return row!;
}

// ——— The assignee's answers ———

export const acceptAssignment = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const assignment = await openAssignment(tx, ctx, id, "accept", version);
    const row = await update(tx, assignment, { status: "accepted", acceptedAt: new Date() });
    await recordDeadlineEvents(tx, row, { onlyAhead: true });
    await audit(tx, ctx, "plan.assignment.accept", row);
    await tellManagers(tx, ctx.actor, row, phrase("plan.notify.accepted", { actor: ctx.actor.name, title: row.title }));
    return saved(row);
  }),
);

/** The kind of story a topic becomes: a photo story's topic opens a Phóng sự ảnh, and so on. */
const storyKindOfTopic: Record<TopicKind, StoryKind> = {
  text: "article",
  photo: "photo",
  video: "video",
  audio: "audio",
  emagazine: "emagazine",
  infographic: "infographic",
};

async function topicKindOf(tx: Database, proposalId: number | null): Promise<StoryKind> {
  if (proposalId === null) return "article";
  const [topic] = await tx.select({ kind: proposals.kind }).from(proposals).where(eq(proposals.id, proposalId));
  return topic ? storyKindOfTopic[topic.kind] : "article";
}

/**
 * Bắt đầu viết: the story's draft is made as any new story is (the story-creation policy, then
 * insertDraft), credited to the assignee, with the title, the section and the topic's kind carried over.
 */
export const startAssignment = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const assignment = await openAssignment(tx, ctx, id, "start", version);
    if (assignment.task !== "write") throw refuse("invalid_state", "plan.refusals.startNotWrite");
    let storyId = assignment.storyId;
    if (storyId === null) {
      ctx.authorize("story.create");
      const kind = await topicKindOf(tx, assignment.proposalId);
      const draft = await insertDraft(tx, ctx.actor, {
        ...emptyStoryFields(ctx.actor.penName),
        kind,
        title: assignment.title,
        sectionId: assignment.sectionId,
      });
      storyId = draft.id;
    }
    const now = new Date();
    const row = await update(tx, assignment, { status: "in_progress", storyId, startedAt: now, acceptedAt: assignment.acceptedAt ?? now });
    await recordDeadlineEvents(tx, row, { onlyAhead: true });
    await audit(tx, ctx, "plan.assignment.start", row, { storyId });
    return saved(row);
  }),
);

/** Đã giao: photos, video, sound or graphics handed over without a story of their own; a writing task is done by submitting its story. */
export const deliverAssignment = defineCommand(
  z.object({ ...target, note: requiredText("delivered", 4000, "plan.validation.deliveredRequired") }),
  async ({ id, version, note }, ctx) =>
    ctx.db.transaction(async (tx) => {
      const assignment = await openAssignment(tx, ctx, id, "deliver", version);
      if (assignment.task === "write") throw refuse("invalid_state", "plan.refusals.deliverWrite");
      const row = await update(tx, assignment, { status: "done", note, doneAt: new Date() });
      await audit(tx, ctx, "plan.assignment.deliver", row, { note });
      await tellManagers(tx, ctx.actor, row, phrase("plan.notify.delivered", { actor: ctx.actor.name, title: row.title, note }));
      return saved(row);
    }),
);

/**
 * The story of an open assignment was submitted: the assignment is done, in the submit's own
 * transaction, and its assigner and the desk's heads are told. Called by the workflow's submit.
 */
export async function completeAssignmentOfStory(tx: Database, actor: Actor, storyId: number): Promise<void> {
  const [assignment] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.storyId, storyId), inArray(assignments.status, openAssignmentStatuses)))
    .for("update");
  if (!assignment || !findAssignmentTransition("complete", assignment.status)) return;
  const row = await update(tx, assignment, { status: "done", doneAt: new Date() });
  await recordAudit(tx, { actorId: actor.id, action: "plan.assignment.done", entityType: "assignment", entityId: row.id, data: { title: row.title, storyId } });
  await tellManagers(tx, actor, row, phrase("plan.notify.done", { actor: actor.name, title: row.title }));
}

// ——— Managing it: the desk head, the chief editor, the assigner ———

export const reassignAssignment = defineCommand(
  z.object({ ...target, assigneeId: assignInput.shape.assigneeId, reason: reasonText, deadline: deadlineSchema.optional() }),
  async ({ id, version, assigneeId, reason, deadline }, ctx) =>
    ctx.db.transaction(async (tx) => {
      const assignment = await openAssignment(tx, ctx, id, "reassign", version);
      if (assigneeId === assignment.assigneeId) throw refuse("invalid", "plan.refusals.sameAssignee", undefined, { field: "assigneeId" });
      await ensureAssignee(tx, assigneeId);
      // A draft already begun stays its writer's; the new assignee starts their own.
      const row = await update(tx, assignment, {
        status: "offered",
        assigneeId,
        note: reason,
        storyId: null,
        acceptedAt: null,
        startedAt: null,
        ...(deadline ? { deadline } : {}),
      });
      await recordDeadlineEvents(tx, row);
      await audit(tx, ctx, "plan.assignment.reassign", row, { from: assignment.assigneeId, personId: assigneeId, note: reason });
      await tellAssignee(tx, ctx.actor, row);
      await tell(tx, ctx.actor, row, [assignment.assigneeId], phrase("plan.notify.reassignedAway", { actor: ctx.actor.name, title: row.title, note: reason }));
      return saved(row);
    }),
);

/**
 * Từ chối (the assignee) and Hủy (whoever manages it) close the work with a reason, and the other
 * side is told: the assigner and the desk's heads of a refusal, the assignee of a cancellation.
 */
const closings = {
  decline: { status: "declined", action: "plan.assignment.decline", message: "plan.notify.declined", told: "managers" },
  cancel: { status: "cancelled", action: "plan.assignment.cancel", message: "plan.notify.cancelled", told: "assignee" },
} as const;

function closeWithReason(event: keyof typeof closings) {
  const { status, action, message, told } = closings[event];
  return defineCommand(z.object({ ...target, reason: reasonText }), async ({ id, version, reason }, ctx) =>
    ctx.db.transaction(async (tx) => {
      const assignment = await openAssignment(tx, ctx, id, event, version);
      const row = await update(tx, assignment, { status, note: reason });
      await audit(tx, ctx, action, row, { note: reason });
      const userIds = told === "managers" ? await managersOf(tx, row) : [row.assigneeId];
      await tell(tx, ctx.actor, row, userIds, phrase(message, { actor: ctx.actor.name, title: row.title, note: reason }));
      return saved(row);
    }),
  );
}

export const declineAssignment = closeWithReason("decline");
export const cancelAssignment = closeWithReason("cancel");

export const changeAssignmentDeadline = defineCommand(z.object({ ...target, deadline: deadlineSchema }), async ({ id, version, deadline }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const assignment = await openAssignment(tx, ctx, id, "change_deadline", version);
    const row = await update(tx, assignment, { deadline });
    await recordDeadlineEvents(tx, row);
    await audit(tx, ctx, "plan.assignment.deadline", row, { before: assignment.deadline.toISOString(), after: deadline.toISOString() });
    const moved = phrase("plan.notify.deadlineMoved", { actor: ctx.actor.name, title: row.title, deadline: await inPaperTime(tx, deadline) });
    await tell(tx, ctx.actor, row, [row.assigneeId], moved);
    return saved(row);
  }),
);

// ——— Shared ———

const saved = (row: Assignment): AssignmentSaved => ({ id: row.id, version: row.version, status: row.status, storyId: row.storyId });

async function audit(tx: Database, ctx: CommandContext, action: AuditAction, row: Assignment, extra: Record<string, unknown> = {}) {
  await recordAudit(tx, { actorId: ctx.actor.id, action, entityType: "assignment", entityId: row.id, data: { title: row.title, ...extra } });
}

/** Tells these people about the assignment; the bell leads to its page. */
async function tell(tx: Database, actor: Actor, row: Assignment, userIds: number[], message: Phrase) {
  await notify(tx, { userIds, actorId: actor.id, storyId: null, link: assignmentPath(row.id), kind: "assignment", message });
}

/** A time as the notification shows it: in the paper's zone. */
async function inPaperTime(tx: Database, when: Date) {
  const { timeZone } = await loadSettings(tx);
  return { when: when.toISOString(), timeZone };
}

/** The assignee hears of work given to them, with its deadline. */
async function tellAssignee(tx: Database, actor: Actor, row: Assignment) {
  const message = phrase("plan.notify.assigned", { actor: actor.name, title: row.title, deadline: await inPaperTime(tx, row.deadline) });
  await tell(tx, actor, row, [row.assigneeId], message);
}

/** Whoever hears the assignee's answer and the work's end: the assigner and the desk's heads. */
async function managersOf(tx: Database, row: Assignment): Promise<number[]> {
  return [row.assignedById, ...(await deskHeads(tx, row.deskId))];
}

async function tellManagers(tx: Database, actor: Actor, row: Assignment, message: Phrase) {
  await tell(tx, actor, row, await managersOf(tx, row), message);
}
