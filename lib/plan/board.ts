// Kế hoạch, the plan board the morning meeting runs from: for a day or a week, one desk's (or the
// whole paper's) proposals waiting for a decision, assignments by person with their deadline
// state, stories in progress born from assignments, and per publication day what is planned
// beside what is scheduled (as on Lịch). Read-only; everyone who may plan may view every desk.
// A desk is its sections (a subsection without a desk of its own follows its parent's) for
// stories, and its proposals and assignments by deskId.
import { and, asc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database, appDatabase } from "@/db/client";
import {
  assignments,
  deskMembers,
  desks,
  proposals,
  sections,
  stories,
  storyAuthors,
  users,
  type AssignmentPriority,
  type AssignmentStatus,
  type AssignmentTask,
  type ProposalStatus,
  type StoryStatus,
  type TopicKind,
  type TopicNeed,
} from "@/db/schema";
import { canPlan, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { sectionIdsOfDesks } from "@/lib/desks/reach";
import { toIsoDate, type VnDate } from "@/lib/text/dateline";
import { effectiveStatus } from "@/lib/workflow/scope";
import { addDays, daySpan, isoDayOf, mondayOf } from "./board-calendar";
import { defaultPlanSettings, loadPlanSettings } from "./settings";

/** How long before its deadline an open assignment counts as due soon, unless Cài đặt says otherwise. */
export const defaultDueSoonLeadMs = defaultPlanSettings.dueSoonLeadMinutes * 60_000;

/** Where an assignment stands against its deadline; declined and cancelled ones are shown muted. */
export const deadlineStates = ["overdue", "due_soon", "on_track", "done_on_time", "done_late", "declined", "cancelled"] as const;
export type DeadlineState = (typeof deadlineStates)[number];

const openStatuses = ["offered", "accepted", "in_progress"] as const satisfies readonly AssignmentStatus[];
const waitingStatuses = ["pending", "changes_requested"] as const satisfies readonly ProposalStatus[];
const plannedStatuses = ["approved", "pending", "changes_requested"] as const satisfies readonly ProposalStatus[];
const inProgressStatuses = ["draft", "submitted", "in_review"] as const satisfies readonly StoryStatus[];

/**
 * Done on time when delivered by the deadline itself; overdue once the deadline has passed (at the
 * deadline it is still due); due soon from `leadMs` before it.
 */
export function deadlineState(a: { status: AssignmentStatus; deadline: Date; doneAt: Date | null }, now: Date, leadMs = defaultDueSoonLeadMs): DeadlineState {
  switch (a.status) {
    case "declined":
    case "cancelled":
      return a.status;
    case "done":
      return a.doneAt && a.doneAt > a.deadline ? "done_late" : "done_on_time";
    default: {
      const left = a.deadline.getTime() - now.getTime();
      if (left < 0) return "overdue";
      return left <= leadMs ? "due_soon" : "on_track";
    }
  }
}

export type BoardView = "day" | "week";
/** One desk, every desk (the paper), or null: the person's own desks when they are on any, else the paper. */
export type BoardDeskChoice = number | "all" | null;

export type BoardRequest = {
  /** A day of the view; a week view starts on its Monday. */
  day: VnDate;
  view: BoardView;
  desk?: BoardDeskChoice;
  personId?: number | null;
  state?: DeadlineState | null;
  timeZone: string;
  now?: Date;
  dueSoonLeadMs?: number;
};

export type Person = { id: number; name: string };

export type BoardProposal = {
  id: number;
  title: string;
  kind: TopicKind;
  status: ProposalStatus;
  plannedFor: string | null;
  needs: TopicNeed[];
  needsNote: string;
  proposer: Person;
  deskName: string | null;
  sectionName: string | null;
  createdAt: Date;
};

export type BoardAssignment = {
  id: number;
  title: string;
  task: AssignmentTask;
  priority: AssignmentPriority;
  status: AssignmentStatus;
  state: DeadlineState;
  deadline: Date;
  doneAt: Date | null;
  assignee: Person;
  deskName: string | null;
  proposalId: number | null;
  storyId: number | null;
  storyStatus: StoryStatus | null;
  /** Due before the span shown and still open: carried over into today's view. */
  carriedOver: boolean;
};

export type BoardPersonRow = { person: Person; assignments: BoardAssignment[] };

export type BoardStory = {
  id: number;
  title: string;
  status: StoryStatus;
  sectionName: string | null;
  assignmentId: number;
  assignee: Person;
  deadline: Date;
  state: DeadlineState;
};

export type BoardScheduled = { id: number; title: string; status: StoryStatus; publishedAt: Date; sectionName: string | null };

export type BoardDay = {
  date: string;
  planned: BoardProposal[];
  deadlines: BoardAssignment[];
  scheduled: BoardScheduled[];
};

export type PlanBoard = {
  view: BoardView;
  /** The days shown, "2026-06-01"…, and the days either side (prev/next). */
  days: string[];
  previous: string;
  next: string;
  /** The desks shown; null: the whole paper. */
  deskIds: number[] | null;
  desks: { id: number; name: string }[];
  /** Whom the person filter offers: the desks' members and whoever appears on the board. */
  people: Person[];
  waiting: BoardProposal[];
  byPerson: BoardPersonRow[];
  inProgress: BoardStory[];
  perDay: BoardDay[];
  dueSoonLeadMs: number;
};

const collator = new Intl.Collator("vi");

/**
 * Does this person's board open on their own desks ("Ban của tôi")? The chief editor's opens on the
 * whole paper, like the desk queue, even when they head a desk of their own (the demo's Ban Thư ký –
 * Biên tập, which has no sections and would open an empty morning sheet).
 */
export function boardStartsOnDesks(actor: Actor): boolean {
  return actor.role !== "chief_editor" && Boolean(actor.desks?.memberOf.length);
}

/** The desks a choice means for this person: null is the whole paper. */
export function boardDeskIds(actor: Actor, choice: BoardDeskChoice | undefined): number[] | null {
  if (choice === "all") return null;
  if (typeof choice === "number") return [choice];
  return boardStartsOnDesks(actor) ? [...actor.desks!.memberOf] : null;
}

export async function listPlanBoard(db: Database, actor: Actor, request: BoardRequest): Promise<PlanBoard> {
  if (!canPlan(actor, "plan.view")) throw new PermissionDeniedError();
  const now = request.now ?? new Date();
  const leadMs = request.dueSoonLeadMs ?? (await loadPlanSettings(db)).dueSoonLeadMinutes * 60_000;
  const { timeZone, view } = request;
  const first = view === "week" ? mondayOf(request.day) : request.day;
  const length = view === "week" ? 7 : 1;
  const span = daySpan(first, length, timeZone);
  const dayKeys = span.days.map(toIsoDate);
  const deskIds = boardDeskIds(actor, request.desk);
  const personId = request.personId ?? null;
  const sectionIds = deskIds ? await sectionIdsOfDesks(db, deskIds) : null;
  // The view holding "now" carries over what is still open past its deadline.
  const showsNow = span.start <= now && now < span.end;

  const proposer = alias(users, "proposer");
  const assignee = alias(users, "assignee");
  const proposalSection = alias(sections, "proposal_section");

  const proposalColumns = {
    id: proposals.id,
    title: proposals.title,
    kind: proposals.kind,
    status: proposals.status,
    plannedFor: proposals.plannedFor,
    needs: proposals.needs,
    needsNote: proposals.needsNote,
    proposerId: proposer.id,
    proposerName: proposer.name,
    deskName: desks.name,
    sectionName: proposalSection.name,
    createdAt: proposals.createdAt,
  };
  const proposalScope: SQL[] = [];
  if (deskIds) proposalScope.push(inArray(proposals.deskId, deskIds));
  if (personId) proposalScope.push(eq(proposals.proposedById, personId));
  const selectProposals = (where: SQL | undefined) =>
    db
      .select(proposalColumns)
      .from(proposals)
      .innerJoin(proposer, eq(proposer.id, proposals.proposedById))
      .leftJoin(desks, eq(desks.id, proposals.deskId))
      .leftJoin(proposalSection, eq(proposalSection.id, proposals.sectionId))
      .where(and(...proposalScope, where))
      .orderBy(sql`${proposals.plannedFor} asc nulls last`, asc(proposals.createdAt), asc(proposals.id));

  const assignmentScope: SQL[] = [];
  if (deskIds) assignmentScope.push(inArray(assignments.deskId, deskIds));
  if (personId) assignmentScope.push(eq(assignments.assigneeId, personId));
  const inSpan = and(gte(assignments.deadline, span.start), lt(assignments.deadline, span.end));
  const carried = and(inArray(assignments.status, [...openStatuses]), lt(assignments.deadline, span.start));

  const [waitingRows, plannedRows, assignmentRows, progressRows, scheduledRows, memberRows, deskRows] = await Promise.all([
    selectProposals(inArray(proposals.status, [...waitingStatuses])),
    selectProposals(
      and(inArray(proposals.status, [...plannedStatuses]), gte(proposals.plannedFor, dayKeys[0]!), sql`${proposals.plannedFor} <= ${dayKeys.at(-1)!}`),
    ),
    db
      .select({
        id: assignments.id,
        title: assignments.title,
        task: assignments.task,
        priority: assignments.priority,
        status: assignments.status,
        deadline: assignments.deadline,
        doneAt: assignments.doneAt,
        assigneeId: assignee.id,
        assigneeName: assignee.name,
        deskName: desks.name,
        proposalId: assignments.proposalId,
        storyId: assignments.storyId,
        storyStatus: stories.status,
      })
      .from(assignments)
      .innerJoin(assignee, eq(assignee.id, assignments.assigneeId))
      .leftJoin(desks, eq(desks.id, assignments.deskId))
      .leftJoin(stories, eq(stories.id, assignments.storyId))
      .where(and(...assignmentScope, showsNow ? or(inSpan, carried) : inSpan))
      .orderBy(asc(assignments.deadline), asc(assignments.id)),
    db
      .select({
        id: stories.id,
        title: stories.title,
        status: stories.status,
        sectionName: sections.name,
        assignmentId: assignments.id,
        assignmentStatus: assignments.status,
        deadline: assignments.deadline,
        doneAt: assignments.doneAt,
        assigneeId: assignee.id,
        assigneeName: assignee.name,
      })
      .from(assignments)
      .innerJoin(stories, eq(stories.id, assignments.storyId))
      .innerJoin(assignee, eq(assignee.id, assignments.assigneeId))
      .leftJoin(sections, eq(sections.id, stories.sectionId))
      .where(
        and(
          inArray(stories.status, [...inProgressStatuses]),
          deskIds ? or(inArray(assignments.deskId, deskIds), sectionIds!.length ? inArray(stories.sectionId, sectionIds!) : undefined) : undefined,
          personId ? eq(assignments.assigneeId, personId) : undefined,
        ),
      )
      .orderBy(asc(assignments.deadline), asc(stories.id)),
    sectionIds && sectionIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: stories.id, title: stories.title, status: stories.status, publishedAt: stories.publishedAt, sectionName: sections.name })
          .from(stories)
          .leftJoin(sections, eq(sections.id, stories.sectionId))
          .where(
            and(
              inArray(stories.status, ["scheduled", "published"]),
              gte(stories.publishedAt, span.start),
              lt(stories.publishedAt, span.end),
              sectionIds ? inArray(stories.sectionId, sectionIds) : undefined,
              personId
                ? sql`exists (select 1 from ${storyAuthors} where ${storyAuthors.storyId} = ${stories.id} and ${storyAuthors.userId} = ${personId})`
                : undefined,
            ),
          )
          .orderBy(asc(stories.publishedAt), asc(stories.id)),
    deskIds
      ? db
          .select({ id: users.id, name: users.name })
          .from(deskMembers)
          .innerJoin(users, eq(users.id, deskMembers.userId))
          .where(and(inArray(deskMembers.deskId, deskIds), eq(users.active, true)))
      : Promise.resolve([]),
    db.select({ id: desks.id, name: desks.name }).from(desks).orderBy(asc(desks.position), asc(desks.id)),
  ]);

  const toProposal = (r: (typeof waitingRows)[number]): BoardProposal => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    plannedFor: r.plannedFor,
    needs: r.needs,
    needsNote: r.needsNote,
    proposer: { id: r.proposerId, name: r.proposerName },
    deskName: r.deskName,
    sectionName: r.sectionName,
    createdAt: r.createdAt,
  });

  const state = request.state ?? null;
  const shown = assignmentRows
    .map((r): BoardAssignment => ({
      id: r.id,
      title: r.title,
      task: r.task,
      priority: r.priority,
      status: r.status,
      state: deadlineState(r, now, leadMs),
      deadline: r.deadline,
      doneAt: r.doneAt,
      assignee: { id: r.assigneeId, name: r.assigneeName },
      deskName: r.deskName,
      proposalId: r.proposalId,
      storyId: r.storyId,
      storyStatus: r.storyStatus,
      carriedOver: r.deadline < span.start,
    }))
    .filter((a) => !state || a.state === state);

  const rows = new Map<number, BoardPersonRow>();
  for (const a of shown) {
    const row = rows.get(a.assignee.id) ?? { person: a.assignee, assignments: [] };
    row.assignments.push(a);
    rows.set(a.assignee.id, row);
  }
  const byPerson = [...rows.values()].sort((a, b) => collator.compare(a.person.name, b.person.name) || a.person.id - b.person.id);

  const inProgress = progressRows
    .map((r): BoardStory => ({
      id: r.id,
      title: r.title,
      status: r.status,
      sectionName: r.sectionName,
      assignmentId: r.assignmentId,
      assignee: { id: r.assigneeId, name: r.assigneeName },
      deadline: r.deadline,
      state: deadlineState({ status: r.assignmentStatus, deadline: r.deadline, doneAt: r.doneAt }, now, leadMs),
    }))
    .filter((s) => !state || s.state === state);

  const perDay = dayKeys.map((date): BoardDay => ({ date, planned: [], deadlines: [], scheduled: [] }));
  const dayOf = new Map(perDay.map((d) => [d.date, d]));
  for (const r of plannedRows) if (r.plannedFor) dayOf.get(r.plannedFor)?.planned.push(toProposal(r));
  for (const a of shown) if (!a.carriedOver) dayOf.get(isoDayOf(a.deadline, timeZone))?.deadlines.push(a);
  for (const r of scheduledRows) {
    const at = r.publishedAt!;
    dayOf.get(isoDayOf(at, timeZone))?.scheduled.push({ ...r, publishedAt: at, status: effectiveStatus({ status: r.status, publishedAt: at }, now) });
  }

  const waiting = waitingRows.map(toProposal);
  const people = new Map<number, Person>();
  for (const m of memberRows) people.set(m.id, m);
  for (const a of assignmentRows) people.set(a.assigneeId, { id: a.assigneeId, name: a.assigneeName });
  for (const p of waiting) people.set(p.proposer.id, p.proposer);

  return {
    view,
    days: dayKeys,
    previous: toIsoDate(addDays(first, -length)),
    next: toIsoDate(addDays(first, length)),
    deskIds,
    desks: deskRows,
    people: [...people.values()].sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id),
    waiting,
    byPerson,
    inProgress,
    perDay,
    dueSoonLeadMs: leadMs,
  };
}

/** For pages: the board as this person asks for it. */
export async function getPlanBoard(actor: Actor, request: BoardRequest): Promise<PlanBoard> {
  return listPlanBoard(await appDatabase(), actor, request);
}
