// One-time links to set a password: an invitation for a new account (7 days) or a reset (24 hours).
// The link carries 32 random bytes; the database keeps only their SHA-256, so a leaked table or
// backup opens no account. Issuing a link retires that person's earlier unused links, and a link
// works once. Setting the password is the one operation here without a signed-in actor: the link
// itself is the proof, so it is a plain function rather than a command (defineCommand requires an
// actor and would refuse every visitor of the public page).
import crypto from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { loginFailures, passwordTokens, users } from "@/db/schema";
import { CommandError, refuse, type CommandResult } from "@/lib/actions/command";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { say, text, zodMessage } from "@/lib/i18n/phrase";
import { issueText, zodErrorMap } from "@/lib/validation";
import { normalizeEmail } from "./login";
import { hashPassword } from "./password";
import { recordAudit } from "@/lib/audit/record";
import { endSessionsOf } from "./sessions";

export type PasswordLinkPurpose = (typeof passwordTokens.$inferSelect)["purpose"];

const hour = 60 * 60 * 1000;
export const passwordLinkLifetimes: Record<PasswordLinkPurpose, number> = {
  invite: 7 * 24 * hour,
  reset: 24 * hour,
};

export const passwordMinLength = 10;
// Log-in accepts up to 1024 characters; a longer password could be set but never used.
export const passwordMaxLength = 1024;

/**
 * The one answer for an unknown, used, expired or retired link: which of them is nobody's business.
 * In Vietnamese; invalidPasswordLinkText(locale) in another language.
 */
export const invalidPasswordLinkMessage = text(defaultLocale, "refusals.passwordLink.invalid");
export const invalidPasswordLinkText = (locale: Locale = defaultLocale) => text(locale, "refusals.passwordLink.invalid");

// 32 bytes in base64url are 43 characters, no padding.
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

export function hashPasswordToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function newPasswordToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashPasswordToken(token) };
}

export type IssuedPasswordLink = { tokenId: number; token: string; purpose: PasswordLinkPurpose; expiresAt: Date };

/**
 * A new link for `userId`, in the caller's transaction; the caller has asked the policy. Earlier
 * unused links of that person stop working: their expiry is moved to now (the table has no
 * separate "revoked" column, and an expired link is exactly what a retired one should be).
 */
export async function issuePasswordLink(
  tx: Database,
  { userId, purpose, createdById, now = new Date() }: { userId: number; purpose: PasswordLinkPurpose; createdById: number | null; now?: Date },
): Promise<IssuedPasswordLink> {
  await retirePasswordLinks(tx, userId, now);
  const { token, tokenHash } = newPasswordToken();
  const expiresAt = new Date(now.getTime() + passwordLinkLifetimes[purpose]);
  const [row] = await tx.insert(passwordTokens).values({ userId, tokenHash, purpose, expiresAt, createdById }).returning({ id: passwordTokens.id });
  return { tokenId: row!.id, token, purpose, expiresAt };
}

/** Makes every unused link of `userId` unusable from `now` on (a lock, a new link). */
export async function retirePasswordLinks(tx: Database, userId: number, now = new Date()): Promise<number> {
  const retired = await tx
    .update(passwordTokens)
    .set({ expiresAt: now })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now)))
    .returning({ id: passwordTokens.id });
  return retired.length;
}

/** The site's own origin as the browser reached it, for links handed to people. */
export function linkOrigin(headers: Headers): string {
  // Next.js fills x-forwarded-host/-proto itself; a proxy in front overrides them with what the
  // browser used. Only the first value counts when a chain of proxies appended theirs.
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host") ?? "localhost:3000";
  const proto = first("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

export function passwordLinkUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/dat-mat-khau/${encodeURIComponent(token)}`;
}

/** `locale` is the holder's own language (users.locale), for the page their link opens. */
export type PasswordLinkHolder = { userId: number; name: string; email: string; purpose: PasswordLinkPurpose; expiresAt: Date; locale: Locale };

const usable = (tokenHash: string, now: Date) =>
  and(eq(passwordTokens.tokenHash, tokenHash), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now), eq(users.active, true));

/** Whose link this is, when it can still be used; null otherwise. For the public page. */
export async function findPasswordLink(db: Database, token: string, now = new Date()): Promise<PasswordLinkHolder | null> {
  if (!tokenShape.test(token)) return null;
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      purpose: passwordTokens.purpose,
      expiresAt: passwordTokens.expiresAt,
      locale: users.locale,
    })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(usable(hashPasswordToken(token), now))
    .limit(1);
  return row ? { ...row, locale: isLocale(row.locale) ? row.locale : defaultLocale } : null;
}

export const setPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: z
      .string()
      .min(passwordMinLength, zodMessage("validation.password.tooShort", { min: passwordMinLength }))
      .max(passwordMaxLength, zodMessage("validation.password.tooLong", { max: passwordMaxLength })),
    confirm: z.string().max(passwordMaxLength + 1),
  })
  .refine((v) => v.password === v.confirm, { message: zodMessage("validation.password.mismatch"), path: ["confirm"] });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/**
 * Sets the password of the link's holder and uses the link up, in one transaction: two tabs
 * submitting the same link at once get one success and one refusal. The password is stored as
 * argon2id; the failures that may have rate-limited the account are forgiven.
 */
export async function setPasswordWithLink(
  db: Database,
  raw: SetPasswordInput,
  { now = new Date(), address, locale = defaultLocale }: { now?: Date; address?: string; locale?: Locale } = {},
): Promise<CommandResult<{ userId: number; email: string }>> {
  const parsed = setPasswordSchema.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_"] ??= say(locale, issue.message);
    return { ok: false, code: "invalid", error: issueText(parsed.error.issues[0], locale) ?? text(locale, "validation.invalid"), fieldErrors };
  }
  const { token, password } = parsed.data;
  if (!tokenShape.test(token)) return refused(locale);
  const passwordHash = await hashPassword(password);
  try {
    const data = await db.transaction(async (tx) => {
      // Claiming the link is the first write: a second use finds nothing to claim.
      const [claimed] = await tx
        .update(passwordTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordTokens.tokenHash, hashPasswordToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now)))
        .returning({ id: passwordTokens.id, userId: passwordTokens.userId, purpose: passwordTokens.purpose });
      if (!claimed) throw refuse("invalid_link", "refusals.passwordLink.invalid");
      // A locked account's link is dead too (throwing rolls the claim back with everything else).
      const [user] = await tx
        .update(users)
        .set({ passwordHash, updatedAt: now })
        .where(and(eq(users.id, claimed.userId), eq(users.active, true)))
        .returning({ id: users.id, email: users.email });
      if (!user) throw refuse("invalid_link", "refusals.passwordLink.invalid");
      await tx.delete(loginFailures).where(eq(loginFailures.email, normalizeEmail(user.email)));
      await endSessionsOf(tx, user.id, "reset");
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.password_set",
        entityType: "user",
        entityId: user.id,
        data: { purpose: claimed.purpose, tokenId: claimed.id },
        address: address ?? null,
      });
      return { userId: user.id, email: user.email };
    });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof CommandError) return { ok: false, error: say(locale, error.phrase), code: error.code };
    console.error(error);
    return { ok: false, code: "server", error: text(locale, "refusals.passwordLink.serverError") };
  }
}

function refused(locale: Locale): CommandResult<never> {
  return { ok: false, code: "invalid_link", error: text(locale, "refusals.passwordLink.invalid") };
}
