import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

export type MediaVariant = { width: number; height: number; key: string; format: string; size: number };

export const media = pgTable(
  "media",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // Where the storage driver keeps the original (local disk or object storage).
    storageKey: text().notNull(),
    mimeType: text().notNull(),
    originalName: text().notNull(),
    size: integer().notNull(),
    width: integer(),
    height: integer(),
    variants: jsonb().$type<MediaVariant[]>().notNull().default([]),
    caption: text().notNull().default(""),
    credit: text().notNull().default(""),
    alt: text().notNull().default(""),
    uploadedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("media_created_at_idx").on(t.createdAt)],
);
export type Media = typeof media.$inferSelect;
