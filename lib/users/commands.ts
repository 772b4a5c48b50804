// What the admin does to the newsroom's people: create an account (with a one-time link to set a
// password), change a role, lock and unlock an account, hand out a new password link, and give or
// take grants (Quyền thêm). Every command asks the policy ("users.manage", or "grants.manage" for
// grants; admins only), changes the row and writes the audit row in one transaction. Server
// actions only wrap these.
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { grants, roles, stories, users, type Grant, type Role, type User } from "@/db/schema";
import { CommandError, defineCommand, refuse } from "@/lib/actions/command";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, text, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import { issuePasswordLink, retirePasswordLinks, type IssuedPasswordLink } from "@/lib/auth/password-links";
import { normalizeEmail } from "@/lib/auth/login";
import type { Actor } from "@/lib/policy/policy";
import { normalizeText } from "@/lib/text/normalize";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { endSessionsOf } from "@/lib/auth/sessions";
import { removeTwoFactor } from "@/lib/auth/two-factor";

/** The person a command changed, as the screen shows them. */
export type ChangedUser = { id: number; name: string; email: string; role: Role; active: boolean };

/** A link for the admin to hand over; the token is in no table, so this is its only appearance. */
export type HandedLink = { token: string; purpose: IssuedPasswordLink["purpose"]; expiresAt: Date };

/** In Vietnamese, for tests; the wrappers say `refusals.users.duplicateEmail` in the admin's language. */
export const duplicateEmailMessage = text(defaultLocale, "refusals.users.duplicateEmail");
const duplicateEmail = () => refuse("duplicate_email", "refusals.users.duplicateEmail", undefined, { field: "email" });

const oneLine = (max: number, label: Phrase) =>
  z
    .string()
    .max(max * 2, zodMessage("validation.users.tooLong", { field: label, max }))
    // One line: pasted line breaks and tabs become spaces; other characters stay as typed (NFC).
    .transform((s) =>
      normalizeText(s)
        .replace(/[\t\n ]+/g, " ")
        .trim(),
    )
    .pipe(z.string().max(max, zodMessage("validation.users.tooLong", { field: label, max })));

const unknownUser = zodMessage("validation.users.unknownUser");
const userId = z.coerce.number({ message: unknownUser }).int().positive(unknownUser);
const role = z.enum(roles, { message: zodMessage("validation.users.roleRequired") });

export const createUserSchema = z.object({
  name: oneLine(120, phrase("validation.labels.name")).pipe(z.string().min(1, zodMessage("validation.users.nameRequired"))),
  // Left empty, the pen name is the name in capitals, as bylines print it.
  penName: oneLine(120, phrase("validation.labels.penName")).default(""),
  email: z
    .string()
    .max(320, zodMessage("validation.users.emailTooLong"))
    .transform(normalizeEmail)
    .pipe(
      z
        .string()
        .min(1, zodMessage("validation.users.emailRequired"))
        .pipe(z.email(zodMessage("validation.users.emailInvalid"))),
    ),
  role,
});

const notFound = () => refuse("not_found", "refusals.users.notFound");

async function loadUserForUpdate(tx: Database, id: number): Promise<User> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update").limit(1);
  if (!row) throw notFound();
  return row;
}

const changed = (row: Pick<User, "id" | "name" | "email" | "role" | "active">): ChangedUser => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  active: row.active,
});

const handed = (link: IssuedPasswordLink): HandedLink => ({ token: link.token, purpose: link.purpose, expiresAt: link.expiresAt });

function isUniqueViolation(error: unknown): boolean {
  // postgres.js and PGlite both carry the SQLSTATE as `code`; drizzle wraps them in `cause`.
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

const audit = (tx: Database, actor: Actor, action: AuditAction, userId: number, data: Record<string, unknown>) =>
  recordAudit(tx, { actorId: actor.id, action, entityType: "user", entityId: userId, data });

/**
 * The active admins, their rows locked in id order for the rest of the transaction. Commands that
 * may remove an admin take these locks before the target's, always in the same order, so two admins
 * demoting or locking each other at the same moment queue up instead of deadlocking, and the
 * second one sees the first one's change: there is always someone left who can manage people.
 */
async function lockActiveAdmins(tx: Database): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for("update");
  return rows.map((r) => r.id);
}

function ensureAnotherActiveAdmin(activeAdmins: readonly number[], user: User, message: Phrase) {
  if (user.role === "admin" && user.active && !activeAdmins.some((id) => id !== user.id)) throw new CommandError(message, "last_admin");
}

/** Locks held on stories in review are let go, so the desk is not blocked by someone who left it. */
async function releaseStoryLocks(tx: Database, userId: number): Promise<number[]> {
  const released = await tx.update(stories).set({ heldById: null, heldAt: null }).where(eq(stories.heldById, userId)).returning({ id: stories.id });
  return released.map((r) => r.id);
}

const desk: readonly Role[] = ["editor", "chief_editor"];

export const createUser = defineCommand(createUserSchema, async (input, ctx) => {
  ctx.authorize("users.manage");
  const penName = input.penName || input.name.toLocaleUpperCase("vi");
  try {
    return await ctx.db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email))
        .limit(1);
      if (taken) throw duplicateEmail();
      const [row] = await tx.insert(users).values({ name: input.name, penName, email: input.email, role: input.role }).returning();
      const link = await issuePasswordLink(tx, { userId: row!.id, purpose: "invite", createdById: ctx.actor.id });
      await audit(tx, ctx.actor, "user.create", row!.id, { after: { name: row!.name, penName: row!.penName, email: row!.email, role: row!.role } });
      await audit(tx, ctx.actor, "user.password_link", row!.id, { purpose: link.purpose, tokenId: link.tokenId, expiresAt: link.expiresAt.toISOString() });
      return { user: changed(row!), link: handed(link) };
    });
  } catch (error) {
    // Two admins adding the same person at once: the index decides, the message stays the same.
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
});

export const changeUserRole = defineCommand(z.object({ id: userId, role }), async (input, ctx) => {
  ctx.authorize("users.manage");
  return ctx.db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const user = await loadUserForUpdate(tx, input.id);
    if (user.role === input.role) return { user: changed(user), releasedStoryIds: [] as number[] };
    if (user.role === "admin" && user.id === ctx.actor.id) {
      throw refuse("self", "refusals.users.selfDemote");
    }
    ensureAnotherActiveAdmin(activeAdmins, user, phrase("refusals.users.lastAdminRole", { name: user.name }));
    const [row] = await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, user.id)).returning();
    // Someone who leaves the desk can no longer work on a story they hold.
    const releasedStoryIds = desk.includes(input.role) ? [] : await releaseStoryLocks(tx, user.id);
    // They sign in again under the new role: no screen goes on offering what the old one allowed.
    const endedSessions = await endSessionsOf(tx, user.id, "role");
    await audit(tx, ctx.actor, "user.role", user.id, {
      before: { role: user.role },
      after: { role: input.role },
      ...(releasedStoryIds.length ? { releasedStoryIds } : {}),
      endedSessions,
    });
    return { user: changed(row!), releasedStoryIds };
  });
});

export const deactivateUser = defineCommand(z.object({ id: userId }), async (input, ctx) => {
  ctx.authorize("users.manage");
  return ctx.db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const user = await loadUserForUpdate(tx, input.id);
    if (user.id === ctx.actor.id) {
      throw refuse("self", "refusals.users.selfDeactivate");
    }
    if (!user.active) return { user: changed(user), releasedStoryIds: [] as number[] };
    ensureAnotherActiveAdmin(activeAdmins, user, phrase("refusals.users.lastAdminDeactivate", { name: user.name }));
    const now = new Date();
    const [row] = await tx.update(users).set({ active: false, updatedAt: now }).where(eq(users.id, user.id)).returning();
    // Ended, not suspended: unlocking brings back no session.
    const endedSessions = await endSessionsOf(tx, user.id, "locked");
    const releasedStoryIds = await releaseStoryLocks(tx, user.id);
    // A link handed out earlier must not outlive the lock; unlocking does not bring it back.
    const retiredLinks = await retirePasswordLinks(tx, user.id, now);
    await audit(tx, ctx.actor, "user.deactivate", user.id, {
      before: { active: true },
      after: { active: false },
      role: user.role,
      releasedStoryIds,
      retiredLinks,
      endedSessions,
    });
    return { user: changed(row!), releasedStoryIds };
  });
});

export const activateUser = defineCommand(z.object({ id: userId }), async (input, ctx) => {
  ctx.authorize("users.manage");
  return ctx.db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, input.id);
    if (user.active) return { user: changed(user) };
    const [row] = await tx.update(users).set({ active: true, updatedAt: new Date() }).where(eq(users.id, user.id)).returning();
    await audit(tx, ctx.actor, "user.activate", user.id, { before: { active: false }, after: { active: true }, role: user.role });
    return { user: changed(row!) };
  });
});

/**
 * A new one-time link for someone: a reset (24 hours) for an account that has a password, a new
 * invitation (7 days) for one that never set it. Earlier unused links of that person stop working;
 * the current password keeps working until the link is used.
 */
export const issuePasswordReset = defineCommand(z.object({ id: userId }), async (input, ctx) => {
  ctx.authorize("users.manage");
  return ctx.db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, input.id);
    if (!user.active) {
      throw refuse("inactive", "refusals.users.inactiveLink", { name: user.name });
    }
    const purpose = user.passwordHash === null ? "invite" : "reset";
    const link = await issuePasswordLink(tx, { userId: user.id, purpose, createdById: ctx.actor.id });
    await audit(tx, ctx.actor, "user.password_link", user.id, { purpose, tokenId: link.tokenId, expiresAt: link.expiresAt.toISOString() });
    return { user: changed(user), link: handed(link) };
  });
});

/** Đặt lại xác thực hai bước: for a lost phone without recovery codes. They enrol again; their sessions end. */
export const resetUserTwoFactor = defineCommand(z.object({ id: userId }), async (input, ctx) => {
  ctx.authorize("users.manage");
  return ctx.db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, input.id);
    if (!(await removeTwoFactor(tx, user.id))) return { user: changed(user), reset: false };
    const endedSessions = await endSessionsOf(tx, user.id, "two_factor_reset");
    await audit(tx, ctx.actor, "two_factor.reset", user.id, { endedSessions });
    return { user: changed(user), reset: true };
  });
});

export const setGrantsSchema = z.strictObject({
  id: userId,
  grants: z.array(z.enum(grants, { message: zodMessage("peopleGrants.validation.unknown") })).max(grants.length * 2),
});

/**
 * Quyền thêm: the grants a person holds, set whole (the list given is what they hold after). The
 * list is kept in the catalogue's order, so saving the same set again changes and records nothing.
 * A locked account may lose grants but gains none. No session ends: every request reads the
 * person's grants afresh with its session (lib/auth/sessions.ts), so the change holds at once.
 */
export const setGrants = defineCommand(setGrantsSchema, async (input, ctx) => {
  ctx.authorizeRoyalty("grants.manage");
  return ctx.db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, input.id);
    const before: Grant[] = grants.filter((g) => user.grants.includes(g));
    const after: Grant[] = grants.filter((g) => input.grants.includes(g));
    if (before.length === after.length && before.every((g, i) => g === after[i])) return { user: changed(user), grants: before, changed: false };
    if (!user.active && after.some((g) => !before.includes(g))) throw refuse("inactive", "peopleGrants.refusals.inactive", { name: user.name });
    const [row] = await tx.update(users).set({ grants: after, updatedAt: new Date() }).where(eq(users.id, user.id)).returning();
    await audit(tx, ctx.actor, "user.grants", user.id, { before, after });
    return { user: changed(row!), grants: after, changed: true };
  });
});
