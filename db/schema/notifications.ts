import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { stories } from "./stories";
import { users } from "./users";

export const notificationKinds = [
  "returned",
  "approved",
  "scheduled",
  "published",
  "note",
  "taken_over",
  "corrected",
  "unpublished",
  "proposal",
  "assignment",
  "deadline",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

// In-app notifications: "your story was returned / approved / scheduled / published".
export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    storyId: integer().references(() => stories.id),
    // Where a notification about no story leads (a proposal, an assignment on Kế hoạch).
    link: text(),
    kind: text({ enum: notificationKinds }).notNull(),
    message: text().notNull(),
    actorId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
