import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from "drizzle-orm/pg-core";
import { media } from "./media";
import { stories } from "./stories";
import { users } from "./users";

// Nhuận bút (Nghị định 18/2014/NĐ-CP): each published work is graded (hệ số × the value of one
// grade point), the month is approved and closed, and the accountant pays. lib/royalties/ holds
// the rules; amounts are whole đồng.

export const payeeKinds = ["staff", "collaborator"] as const;
export type PayeeKind = (typeof payeeKinds)[number];

// Someone the paper pays: a newsroom account (userId) or a collaborator (cộng tác viên) without one.
export const payees = pgTable(
  "payees",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().references(() => users.id),
    kind: text({ enum: payeeKinds }).notNull().default("collaborator"),
    name: text().notNull(),
    penNames: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // foldKey() of each pen name: what a byline is resolved by.
    penNameKeys: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phone: text().notNull().default(""),
    // Identity number, bank, account number and tax code, sealed (AES-256-GCM, lib/server/sealed.ts):
    // read only by kế toán and admins, each read and change audited.
    sealedDetails: text().notNull().default(""),
    active: boolean().notNull().default(true),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("payees_user_key").on(t.userId), index("payees_pen_name_keys_idx").using("gin", t.penNameKeys)],
);
export type Payee = typeof payees.$inferSelect;

export const royaltyMonthStatuses = ["open", "approved", "closed"] as const;
export type RoyaltyMonthStatus = (typeof royaltyMonthStatuses)[number];

// A month of royalties ("2026-12"): open while graded, approved (duyệt), then closed (chốt) and
// frozen. A month without a row is open. The tax rule is copied in at closing, so a later change
// of Cài đặt never changes a closed month's sheet.
export const royaltyMonths = pgTable("royalty_months", {
  month: text().primaryKey(),
  status: text({ enum: royaltyMonthStatuses }).notNull().default("open"),
  approvedById: integer().references(() => users.id),
  approvedAt: timestamp({ withTimezone: true }),
  closedById: integer().references(() => users.id),
  closedAt: timestamp({ withTimezone: true }),
  taxRateBasisPoints: integer(),
  taxThreshold: bigint({ mode: "number" }),
  taxStaff: boolean(),
});

// A graded work: the story, the month of its first publication (a correction never moves it) and
// the value of one grade point when it was first graded, which its later lines keep.
export const royaltyWorks = pgTable(
  "royalty_works",
  {
    storyId: integer()
      .primaryKey()
      .references(() => stories.id),
    month: text().notNull(),
    pointValue: integer().notNull(),
    note: text().notNull().default(""),
    gradedById: integer()
      .notNull()
      .references(() => users.id),
    gradedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("royalty_works_month_idx").on(t.month)],
);

export const royaltyLineRoles = ["author", "photo", "remuneration"] as const;
export type RoyaltyLineRole = (typeof royaltyLineRoles)[number];

// One payment: a share of a work's grade to one payee, in the month it is paid in. A change after
// the work's month closed is an adjustment (the difference) in an open month, pointing at the line
// it corrects.
export const royaltyLines = pgTable(
  "royalty_lines",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    month: text().notNull(),
    storyId: integer()
      .notNull()
      .references(() => stories.id),
    payeeId: integer()
      .notNull()
      .references(() => payees.id),
    role: text({ enum: royaltyLineRoles }).notNull(),
    // The photo a "photo" line pays for.
    mediaId: integer().references(() => media.id),
    // The kind of work (Cài đặt → Nhuận bút), its name as it was when graded.
    kindCode: text().notNull(),
    kindName: text().notNull(),
    // Hệ số in hundredths (2.5 → 250); negative only on an adjustment.
    gradeHundredths: integer().notNull(),
    // The payee's share of the grade, in percent (shares of one work's authors add to 100).
    share: integer().notNull().default(100),
    pointValue: integer().notNull(),
    // Whole đồng, rounded once per line (lib/royalties/money.ts).
    amount: bigint({ mode: "number" }).notNull(),
    note: text().notNull().default(""),
    adjustsLineId: integer().references((): AnyPgColumn => royaltyLines.id),
    paidAt: timestamp({ withTimezone: true }),
    paidById: integer().references(() => users.id),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("royalty_lines_month_payee_idx").on(t.month, t.payeeId),
    index("royalty_lines_story_idx").on(t.storyId),
    index("royalty_lines_payee_idx").on(t.payeeId, t.month),
  ],
);
export type RoyaltyLine = typeof royaltyLines.$inferSelect;
