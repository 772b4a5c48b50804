import { boolean, integer, pgTable, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { desks } from "./desks";

export const sections = pgTable("sections", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  // One level of subsections only; enforced by the admin actions.
  parentId: integer().references((): AnyPgColumn => sections.id),
  position: integer().notNull().default(0),
  hidden: boolean().notNull().default(false),
  // The desk that reviews its stories; a subsection without one follows its parent.
  deskId: integer().references(() => desks.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type Section = typeof sections.$inferSelect;

// Slugs a section was known by before a rename or merge; their URLs answer 301 to the section now.
export const sectionSlugs = pgTable("section_slugs", {
  slug: text().primaryKey(),
  sectionId: integer()
    .notNull()
    .references(() => sections.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
