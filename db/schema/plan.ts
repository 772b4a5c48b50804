import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { desks } from "./desks";
import { sections } from "./sections";
import { stories } from "./stories";
import { users } from "./users";

// Kế hoạch đề tài: a topic is proposed, decided by the desk head (or the chief editor), and
// becomes assignments; an assignment's draft is the story. lib/plan/ holds the state machines.

/** What form the work takes (a topic's kind; the multimedia issue adds story kinds to match). */
export const topicKinds = ["text", "photo", "video", "audio", "emagazine", "infographic"] as const;
export type TopicKind = (typeof topicKinds)[number];

/** What a topic needs beside its writer. */
export const topicNeeds = ["photographer", "video", "car", "travel"] as const;
export type TopicNeed = (typeof topicNeeds)[number];

export const proposalStatuses = ["pending", "changes_requested", "approved", "rejected", "withdrawn"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposals = pgTable(
  "proposals",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    angle: text().notNull().default(""),
    // Sources and people to meet.
    sources: text().notNull().default(""),
    deskId: integer().references(() => desks.id, { onDelete: "set null" }),
    sectionId: integer().references(() => sections.id),
    kind: text({ enum: topicKinds }).notNull().default("text"),
    // The publication day planned (the paper's calendar day).
    plannedFor: date({ mode: "string" }),
    needs: text({ enum: topicNeeds })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    needsNote: text().notNull().default(""),
    status: text({ enum: proposalStatuses }).notNull().default("pending"),
    // The decider's note: what to change, or why it was rejected.
    decisionNote: text().notNull().default(""),
    decidedById: integer().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    proposedById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("proposals_status_idx").on(t.status, t.createdAt),
    index("proposals_desk_day_idx").on(t.deskId, t.plannedFor),
    index("proposals_proposer_idx").on(t.proposedById),
  ],
);
export type Proposal = typeof proposals.$inferSelect;

/** What the assignee is asked to do. */
export const assignmentTasks = ["write", "photo", "video", "audio", "graphics"] as const;
export type AssignmentTask = (typeof assignmentTasks)[number];

export const assignmentPriorities = ["normal", "high", "urgent"] as const;
export type AssignmentPriority = (typeof assignmentPriorities)[number];

// offered (chờ nhận) → accepted → in_progress (its draft is open) → done (the story submitted, or
// the photos delivered); declined and cancelled carry a reason. Reassigning offers it to another.
export const assignmentStatuses = ["offered", "accepted", "in_progress", "done", "declined", "cancelled"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignments = pgTable(
  "assignments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    proposalId: integer().references(() => proposals.id),
    deskId: integer().references(() => desks.id, { onDelete: "set null" }),
    sectionId: integer().references(() => sections.id),
    title: text().notNull(),
    brief: text().notNull().default(""),
    task: text({ enum: assignmentTasks }).notNull().default("write"),
    assigneeId: integer()
      .notNull()
      .references(() => users.id),
    assignedById: integer()
      .notNull()
      .references(() => users.id),
    deadline: timestamp({ withTimezone: true }).notNull(),
    priority: text({ enum: assignmentPriorities }).notNull().default("normal"),
    status: text({ enum: assignmentStatuses }).notNull().default("offered"),
    // The draft born from it; one story per assignment.
    storyId: integer().references(() => stories.id),
    // Why it was declined, cancelled or reassigned; what was delivered when done without a story.
    note: text().notNull().default(""),
    acceptedAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("assignments_story_key").on(t.storyId),
    index("assignments_assignee_idx").on(t.assigneeId, t.status),
    index("assignments_desk_deadline_idx").on(t.deskId, t.deadline),
    index("assignments_proposal_idx").on(t.proposalId),
  ],
);
export type Assignment = typeof assignments.$inferSelect;
