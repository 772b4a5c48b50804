import { index, integer, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";
import { stories } from "./stories";
import { users } from "./users";

// Page views per story per hour, written in batches from the reading pages' beacon: enough for
// "most read in 24 hours / 7 days" without a row per view.
export const storyViews = pgTable(
  "story_views",
  {
    storyId: integer()
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    hour: timestamp({ withTimezone: true }).notNull(),
    views: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.hour] }), index("story_views_hour_idx").on(t.hour)],
);

// The home page's lineup chosen by the chief editor: position 0 is the lead story, 1… the
// featured slots in order. A story that stops being public simply drops out when read.
export const homeSlots = pgTable("home_slots", {
  position: integer().primaryKey(),
  storyId: integer()
    .notNull()
    .references(() => stories.id, { onDelete: "cascade" }),
  setById: integer().references(() => users.id),
  setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
