// What the plan's pages read: a proposal or an assignment with the names around it, its history
// from Nhật ký and the moves this person may make on it now (the table of states and the policy,
// the same rules the commands follow); the choices of the forms; the person's own open work; and
// where a story came from. Reading the plan is open to the newsroom (plan.view).
import { and, asc, desc, eq, inArray, like } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { appDatabase } from "@/db/client";
import {
  assignments,
  auditLog,
  deskMembers,
  desks,
  proposals,
  sections,
  stories,
  storySources,
  users,
  type Assignment,
  type AssignmentStatus,
  type Proposal,
} from "@/db/schema";
import { defaultLocale } from "@/lib/i18n/locales";
import { text } from "@/lib/i18n/phrase";
import { canPlan, PermissionDeniedError, roleLabel, type Actor, type PlanScope } from "@/lib/policy/policy";
import { assignableRoles, assignmentEventsFrom, findAssignmentTransition, openAssignmentStatuses, type AssignmentEvent } from "./assignment-states";
import { findProposalTransition, proposalEventsFrom, type ProposalEvent } from "./proposal-states";
import { loadPlanSettings } from "./settings";

function ensureView(actor: Actor) {
  if (!canPlan(actor, "plan.view")) throw new PermissionDeniedError();
}

const collator = new Intl.Collator("vi");

export type HistoryEntry = { action: string; actorName: string | null; at: string; note: string };

/** A proposal's or an assignment's decisions, oldest first, from Nhật ký. */
async function historyOf(db: Database, entityType: "proposal" | "assignment", id: number): Promise<HistoryEntry[]> {
  const rows = await db
    .select({ action: auditLog.action, actorName: users.name, at: auditLog.at, data: auditLog.data })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(id)), like(auditLog.action, "plan.%")))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  return rows.map((r) => {
    const data = r.data ?? {};
    return { action: r.action, actorName: r.actorName, at: r.at.toISOString(), note: typeof data.note === "string" ? data.note : "" };
  });
}

export type Named = { id: number; name: string };

/** Everything the proposal's page shows, and the moves open to this person. */
export type ProposalView = Proposal & {
  proposerName: string;
  deskName: string | null;
  sectionName: string | null;
  deciderName: string | null;
  history: HistoryEntry[];
  assignments: (Pick<Assignment, "id" | "title" | "task" | "status" | "deadline"> & { assigneeName: string })[];
  /** The moves this person may make now (buttons). */
  moves: ProposalEvent[];
  /** May give work from it (approved, and leads its desk). */
  canAssign: boolean;
};

export async function readProposal(db: Database, actor: Actor, id: number): Promise<ProposalView | null> {
  ensureView(actor);
  const proposer = alias(users, "proposer");
  const decider = alias(users, "decider");
  const [row] = await db
    .select({ proposal: proposals, proposerName: proposer.name, deskName: desks.name, sectionName: sections.name, deciderName: decider.name })
    .from(proposals)
    .innerJoin(proposer, eq(proposer.id, proposals.proposedById))
    .leftJoin(desks, eq(desks.id, proposals.deskId))
    .leftJoin(sections, eq(sections.id, proposals.sectionId))
    .leftJoin(decider, eq(decider.id, proposals.decidedById))
    .where(eq(proposals.id, id));
  if (!row) return null;
  const p = row.proposal;
  const given = await db
    .select({
      id: assignments.id,
      title: assignments.title,
      task: assignments.task,
      status: assignments.status,
      deadline: assignments.deadline,
      assigneeName: users.name,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.assigneeId))
    .where(eq(assignments.proposalId, id))
    .orderBy(asc(assignments.id));
  return {
    ...p,
    proposerName: row.proposerName,
    deskName: row.deskName,
    sectionName: row.sectionName,
    deciderName: row.deciderName,
    history: await historyOf(db, "proposal", id),
    assignments: given,
    moves: proposalMoves(actor, p),
    canAssign: p.status === "approved" && canPlan(actor, "assignment.create", { deskId: p.deskId }),
  };
}

/** Everything the assignment's page shows, and the moves open to this person. */
export type AssignmentView = Assignment & {
  assigneeName: string;
  assignerName: string;
  deskName: string | null;
  sectionName: string | null;
  proposal: { id: number; title: string; proposerName: string } | null;
  story: { id: number; title: string; status: string } | null;
  history: HistoryEntry[];
  moves: AssignmentEvent[];
};

export async function readAssignment(db: Database, actor: Actor, id: number): Promise<AssignmentView | null> {
  ensureView(actor);
  const assignee = alias(users, "assignee");
  const assigner = alias(users, "assigner");
  const [row] = await db
    .select({ assignment: assignments, assigneeName: assignee.name, assignerName: assigner.name, deskName: desks.name, sectionName: sections.name })
    .from(assignments)
    .innerJoin(assignee, eq(assignee.id, assignments.assigneeId))
    .innerJoin(assigner, eq(assigner.id, assignments.assignedById))
    .leftJoin(desks, eq(desks.id, assignments.deskId))
    .leftJoin(sections, eq(sections.id, assignments.sectionId))
    .where(eq(assignments.id, id));
  if (!row) return null;
  const a = row.assignment;
  const [proposal] = a.proposalId
    ? await db
        .select({ id: proposals.id, title: proposals.title, proposerName: users.name })
        .from(proposals)
        .innerJoin(users, eq(users.id, proposals.proposedById))
        .where(eq(proposals.id, a.proposalId))
    : [];
  const [story] = a.storyId
    ? await db.select({ id: stories.id, title: stories.title, status: stories.status }).from(stories).where(eq(stories.id, a.storyId))
    : [];
  return {
    ...a,
    assigneeName: row.assigneeName,
    assignerName: row.assignerName,
    deskName: row.deskName,
    sectionName: row.sectionName,
    proposal: proposal ?? null,
    story: story ?? null,
    history: await historyOf(db, "assignment", id),
    moves: assignmentMoves(actor, a),
  };
}

/** The buttons: the table's events this person may make, as the proposal's commands ask (openProposal). */
export function proposalMoves(actor: Actor, p: Pick<Proposal, "status" | "deskId" | "proposedById">): ProposalEvent[] {
  const scope: PlanScope = { deskId: p.deskId, ownerId: p.proposedById };
  return proposalEventsFrom(p.status).filter((event) =>
    canPlan(actor, findProposalTransition(event, p.status)!.by === "proposer" ? "proposal.edit" : "proposal.decide", scope),
  );
}

/** The buttons: the table's events this person may make (completing is the submit's, not a button). */
export function assignmentMoves(actor: Actor, a: Pick<Assignment, "status" | "deskId" | "assigneeId" | "assignedById" | "task">): AssignmentEvent[] {
  const scope: PlanScope = { deskId: a.deskId, ownerId: a.assigneeId, assignedById: a.assignedById };
  return assignmentEventsFrom(a.status).filter((event) => {
    const by = findAssignmentTransition(event, a.status)!.by;
    if (by === "system") return false;
    // Writing is started (a draft) and done by submitting it; other work is delivered.
    if (event === "deliver" && a.task === "write") return false;
    if (event === "start" && a.task !== "write") return false;
    return canPlan(actor, by === "assignee" ? "assignment.respond" : "assignment.manage", scope);
  });
}

export type PlanChoices = {
  desks: Named[];
  sections: { id: number; name: string }[];
  /** `label`: the name with the role and the desks ("Hà Quang Huy — Phóng viên · Ban Thời sự"), so a head sees who shoots photos. */
  people: (Named & { role: string; label: string })[];
};

/** The forms' choices: desks, sections (subsections under their parent), the newsroom's active accounts. */
export async function planChoices(db: Database, actor: Actor): Promise<PlanChoices> {
  ensureView(actor);
  const [deskRows, sectionRows, peopleRows, memberRows] = await Promise.all([
    db.select({ id: desks.id, name: desks.name }).from(desks).orderBy(asc(desks.position), asc(desks.name)),
    db.select({ id: sections.id, name: sections.name, parentId: sections.parentId, hidden: sections.hidden }).from(sections).orderBy(asc(sections.position)),
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, assignableRoles))),
    db
      .select({ userId: deskMembers.userId, desk: desks.name, head: deskMembers.head })
      .from(deskMembers)
      .innerJoin(desks, eq(desks.id, deskMembers.deskId))
      .orderBy(asc(desks.position), asc(desks.name)),
  ]);
  const locale = actor.locale ?? defaultLocale;
  const deskWords = (userId: number) =>
    memberRows.filter((m) => m.userId === userId).map((m) => (m.head ? text(locale, "plan.fields.headOf", { desk: m.desk }) : m.desk));
  const top = sectionRows.filter((s) => s.parentId === null && !s.hidden);
  return {
    desks: deskRows,
    sections: top.flatMap((parent) => [
      { id: parent.id, name: parent.name },
      ...sectionRows.filter((s) => s.parentId === parent.id && !s.hidden).map((s) => ({ id: s.id, name: `${parent.name} › ${s.name}` })),
    ]),
    people: peopleRows
      .map((p) => ({ ...p, label: [`${p.name} — ${roleLabel(p.role, locale)}`, ...deskWords(p.id)].join(" · ") }))
      .sort((x, y) => collator.compare(x.name, y.name)),
  };
}

export type MyAssignment = Pick<Assignment, "id" | "title" | "task" | "status" | "deadline" | "priority" | "storyId">;

/** The signed-in person's open work, soonest deadline first (Việc được giao). */
export async function listMyAssignments(db: Database, actor: Actor): Promise<MyAssignment[]> {
  ensureView(actor);
  return db
    .select({
      id: assignments.id,
      title: assignments.title,
      task: assignments.task,
      status: assignments.status,
      deadline: assignments.deadline,
      priority: assignments.priority,
      storyId: assignments.storyId,
    })
    .from(assignments)
    .where(and(eq(assignments.assigneeId, actor.id), inArray(assignments.status, openAssignmentStatuses as unknown as AssignmentStatus[])))
    .orderBy(asc(assignments.deadline))
    .limit(20);
}

/** Where a story came from: its assignment (and topic), an import of the archive, or neither. */
export type StoryOrigin =
  | {
      kind: "plan";
      assignmentId: number;
      title: string;
      deadline: Date;
      assignerName: string;
      proposal: { id: number; proposerName: string } | null;
    }
  | { kind: "imported" }
  | { kind: "outside" };

export async function storyOrigin(db: Database, storyId: number): Promise<StoryOrigin> {
  const assigner = alias(users, "assigner");
  const proposer = alias(users, "proposer");
  const [row] = await db
    .select({
      id: assignments.id,
      title: assignments.title,
      deadline: assignments.deadline,
      assignerName: assigner.name,
      proposalId: proposals.id,
      proposerName: proposer.name,
    })
    .from(assignments)
    .innerJoin(assigner, eq(assigner.id, assignments.assignedById))
    .leftJoin(proposals, eq(proposals.id, assignments.proposalId))
    .leftJoin(proposer, eq(proposer.id, proposals.proposedById))
    .where(eq(assignments.storyId, storyId))
    .orderBy(desc(assignments.id))
    .limit(1);
  if (row) {
    return {
      kind: "plan",
      assignmentId: row.id,
      title: row.title,
      deadline: row.deadline,
      assignerName: row.assignerName,
      proposal: row.proposalId !== null ? { id: row.proposalId, proposerName: row.proposerName ?? "" } : null,
    };
  }
  const [source] = await db.select({ storyId: storySources.storyId }).from(storySources).where(eq(storySources.storyId, storyId)).limit(1);
  return source ? { kind: "imported" } : { kind: "outside" };
}

// ——— For pages ———

export async function getProposal(actor: Actor, id: number) {
  return readProposal(await appDatabase(), actor, id);
}
export async function getAssignment(actor: Actor, id: number) {
  return readAssignment(await appDatabase(), actor, id);
}
export async function getPlanChoices(actor: Actor) {
  return planChoices(await appDatabase(), actor);
}
export async function getMyAssignments(actor: Actor) {
  return listMyAssignments(await appDatabase(), actor);
}
export async function getPlanSettings() {
  return loadPlanSettings(await appDatabase());
}
export async function getStoryOrigin(storyId: number) {
  return storyOrigin(await appDatabase(), storyId);
}
