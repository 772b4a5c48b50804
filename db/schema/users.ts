import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const roles = ["reporter", "editor", "chief_editor", "admin"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

// Verbs given per person beside the role (lib/policy): they add royalty work, never story rights.
export const grants = ["royalty.grade", "royalty.approve", "royalty.accounting"] as const;
export type Grant = (typeof grants)[number];

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    name: text().notNull(),
    // The name printed under stories; may differ from the account's name.
    penName: text().notNull(),
    passwordHash: text(),
    role: roleEnum().notNull(),
    grants: text({ enum: grants })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean().notNull().default(true),
    avatarMediaId: integer(),
    // The newsroom's language for this person (Hồ sơ → Ngôn ngữ): "vi" or "en".
    locale: text({ enum: ["vi", "en"] })
      .notNull()
      .default("vi"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // E-mails are unique regardless of case.
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
  ],
);
export type User = typeof users.$inferSelect;

// Failed log-ins, counted per account and per address to slow guessing.
export const loginFailures = pgTable(
  "login_failures",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    address: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_failures_email_at_idx").on(t.email, t.at), index("login_failures_address_at_idx").on(t.address, t.at)],
);

export const passwordTokenPurposes = ["invite", "reset"] as const;

// One-time links to set a password (new account) or reset it. Only a hash of the token is kept.
export const passwordTokens = pgTable(
  "password_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull(),
    purpose: text({ enum: passwordTokenPurposes }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("password_tokens_hash_key").on(t.tokenHash), index("password_tokens_user_idx").on(t.userId)],
);

// Each sign-in is a session the token names; ending it (Đăng xuất, a new password, a lock, a role
// change) makes that token worthless at once, whatever its expiry says.
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Written at most every few minutes (lib/auth/sessions.ts), not on every request.
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userAgent: text().notNull().default(""),
    address: text().notNull().default(""),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text({ enum: ["logout", "password", "reset", "locked", "role", "others", "expired", "two_factor_reset"] }),
    // Signed in where Cài đặt requires a second factor the person has not set up: this session
    // reaches only the enrolment page until they do.
    mustEnrol: boolean().notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.endedAt)],
);
export type Session = typeof sessions.$inferSelect;
export type SessionEndReason = NonNullable<Session["endReason"]>;

// A person's authenticator (TOTP). The secret is encrypted with a key derived from AUTH_SECRET;
// enabledAt is null while enrolment waits for the first code. lastStep refuses a code used twice.
export const twoFactor = pgTable("two_factor", {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  secret: text().notNull(),
  enabledAt: timestamp({ withTimezone: true }),
  lastStep: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// One-time recovery codes, for a lost phone: only hashes are kept; each works once.
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);
