import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { assignments } from "./plan";
import { stories, storyStatusEnum } from "./stories";
import { users } from "./users";

// Every move of a story through the workflow: who, when, from, to and the note.
export const storyTransitions = pgTable(
  "story_transitions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    storyId: integer()
      .notNull()
      .references(() => stories.id),
    event: text().notNull(),
    fromStatus: storyStatusEnum(),
    toStatus: storyStatusEnum().notNull(),
    note: text(),
    actorId: integer().references(() => users.id),
    version: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("story_transitions_story_idx").on(t.storyId, t.at)],
);

// The thread of Ghi chú between the desk and the reporter.
export const editorialNotes = pgTable(
  "editorial_notes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    storyId: integer()
      .notNull()
      .references(() => stories.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    transitionId: integer().references(() => storyTransitions.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("editorial_notes_story_idx").on(t.storyId, t.createdAt)],
);

// "Version N published" and its kin: handled once each by the worker (caches, feeds, notifications).
export const publicationEvents = pgTable(
  "publication_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // A story's event, or (kinds "due_soon", "overdue") an assignment's deadline.
    storyId: integer().references(() => stories.id),
    assignmentId: integer().references(() => assignments.id),
    kind: text().notNull(),
    version: integer().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    handledAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("publication_events_pending_idx").on(t.handledAt, t.dueAt),
    // One event per story, kind and version: recording it twice is a no-op.
    uniqueIndex("publication_events_story_kind_version_key").on(t.storyId, t.kind, t.version),
    uniqueIndex("publication_events_assignment_kind_version_key").on(t.assignmentId, t.kind, t.version),
  ],
);

// What each background worker did last, shown in the desk so a stalled worker is never silent.
export const workerRuns = pgTable("worker_runs", {
  name: text().primaryKey(),
  lastRunAt: timestamp({ withTimezone: true }).notNull(),
  lastHandled: integer().notNull().default(0),
  lastError: text(),
  lastErrorAt: timestamp({ withTimezone: true }),
  instance: text().notNull().default(""),
});
