import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

// Ban / phòng: a merged organ has up to six. A desk owns sections (sections.deskId; a subsection
// without its own desk follows its parent's) and has members, some of them its heads. Membership
// scopes an editor's review rights to the desk's sections (lib/policy); a paper without desks
// works exactly as before.
export const desks = pgTable("desks", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull().unique(),
  position: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type Desk = typeof desks.$inferSelect;

export const deskMembers = pgTable(
  "desk_members",
  {
    deskId: integer()
      .notNull()
      .references(() => desks.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    // Trưởng ban / phó ban: decides the desk's plan; a member flag, not a role.
    head: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.deskId, t.userId] }), index("desk_members_user_idx").on(t.userId)],
);
