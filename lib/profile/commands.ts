// What everyone may do to their own account: name, pen name, avatar, password. Both commands act
// on ctx.actor.id only; the input carries no account id, so nobody can aim them at someone else.
import { and, count, eq, gt, max, sql } from "drizzle-orm";
import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n/locales";
import type { Database } from "@/db/client";
import { auditLog, media, users } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, text, zodMessage, type CatalogueKey } from "@/lib/i18n/phrase";
import { loginLimits } from "@/lib/auth/login";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { normalizeText } from "@/lib/text/normalize";
import { avatarOf, type ProfileAvatar } from "./queries";
import { recordAudit } from "@/lib/audit/record";
import { endSessionsOf } from "@/lib/auth/sessions";
import { beginEnrolment, confirmEnrolment, type Enrolment } from "@/lib/auth/two-factor";
import { loadSettings } from "@/lib/settings/settings";

/** One line of text, NFC and trimmed; whatever else was typed (a lookalike, an NBSP) stays. */
const oneLine = (name: "name" | "penName", max: number) => {
  const label = phrase(`validation.labels.${name}`);
  const missing = zodMessage(`validation.profile.${name}Required`);
  const tooLong = zodMessage("validation.tooLong", { field: label, max });
  return z
    .string({ message: missing })
    .max(max * 4, tooLong) // a cheap bound before normalising
    .transform((s) => normalizeText(s).trim())
    .pipe(
      z
        .string()
        .min(1, missing)
        .max(max, tooLong)
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
        .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), zodMessage("validation.profile.oneLine", { field: label })),
    );
};

// Recorded by the server action from the request, never typed by the person.
const address = z.string().max(100).optional();

export const profileSchema = z.object({
  name: oneLine("name", 120),
  penName: oneLine("penName", 120),
  // Left out: unchanged; null or "": no avatar.
  avatarMediaId: z.preprocess((v) => (v === "" ? null : v), z.coerce.number().int().positive().nullable().optional()),
  address,
});

export type SavedProfile = { name: string; penName: string; avatar: ProfileAvatar | null };

const noAccount = () => refuse("not_found", "refusals.profile.noAccount");

export const updateProfile = defineCommand(profileSchema, async (input, ctx): Promise<SavedProfile> => {
  ctx.authorize("profile.edit");
  const id = ctx.actor.id;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ name: users.name, penName: users.penName, avatarMediaId: users.avatarMediaId })
      .from(users)
      .where(eq(users.id, id))
      .for("update");
    if (!row) throw noAccount();
    if (input.avatarMediaId) {
      const [image] = await tx.select({ id: media.id }).from(media).where(eq(media.id, input.avatarMediaId));
      if (!image) throw refuse("invalid", "refusals.profile.avatarMissing", undefined, { field: "avatarMediaId" });
    }

    // Only what changed is written and recorded.
    const next = { name: input.name, penName: input.penName, avatarMediaId: input.avatarMediaId === undefined ? row.avatarMediaId : input.avatarMediaId };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== row[key]);
    if (changed.length > 0) {
      await tx
        .update(users)
        .set({ ...Object.fromEntries(changed.map((key) => [key, next[key]])), updatedAt: new Date() })
        .where(eq(users.id, id));
      await recordAudit(tx, {
        actorId: id,
        action: "profile.update",
        entityType: "user",
        entityId: id,
        data: { before: Object.fromEntries(changed.map((key) => [key, row[key]])), after: Object.fromEntries(changed.map((key) => [key, next[key]])) },
        address: input.address ?? null,
      });
    }
    return { name: next.name, penName: next.penName, avatar: await avatarOf(tx, next.avatarMediaId) };
  });
});

/** Hồ sơ → Ngôn ngữ: the language the newsroom, its e-mails and notifications speak to this person. */
export const setLocale = defineCommand(
  z.object({ locale: z.enum(locales, { error: zodMessage("validation.profile.localeInvalid") }), address }),
  async (input, ctx): Promise<{ locale: Locale }> => {
    ctx.authorize("profile.edit");
    const id = ctx.actor.id;
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, id)).for("update");
      if (!row) throw noAccount();
      if (row.locale !== input.locale) {
        await tx.update(users).set({ locale: input.locale, updatedAt: new Date() }).where(eq(users.id, id));
        await recordAudit(tx, {
          actorId: id,
          action: "profile.update",
          entityType: "user",
          entityId: id,
          data: { before: { locale: row.locale }, after: { locale: input.locale } },
          address: input.address ?? null,
        });
      }
      return { locale: input.locale };
    });
  },
);

const passwordKeys = {
  wrongCurrent: "refusals.profile.wrongCurrent",
  tooMany: "refusals.profile.tooMany",
  tooShort: "refusals.profile.tooShort",
  mismatch: "refusals.profile.mismatch",
  same: "refusals.profile.same",
} as const satisfies Record<string, CatalogueKey>;
const tooManyValues = { minutes: loginLimits.windowMinutes };

/** In Vietnamese, for tests and older callers; the wrappers say them in the person's language. */
export const passwordMessages = {
  wrongCurrent: text(defaultLocale, passwordKeys.wrongCurrent),
  tooMany: text(defaultLocale, passwordKeys.tooMany, tooManyValues),
  tooShort: text(defaultLocale, passwordKeys.tooShort),
  mismatch: text(defaultLocale, passwordKeys.mismatch),
  same: text(defaultLocale, passwordKeys.same),
} as const;
const said = {
  tooShort: zodMessage(passwordKeys.tooShort),
  mismatch: zodMessage(passwordKeys.mismatch),
  same: zodMessage(passwordKeys.same),
  current: zodMessage("validation.profile.currentPasswordRequired"),
};

// Passwords are taken exactly as typed, as the log-in takes them (no trimming, no normalising).
export const passwordSchema = z
  .object({
    currentPassword: z.string({ message: said.current }).min(1, said.current).max(1024),
    newPassword: z.string({ message: said.tooShort }).min(10, said.tooShort).max(1024, zodMessage("validation.profile.newPasswordTooLong")),
    confirmPassword: z.string({ message: said.mismatch }),
    address,
  })
  .refine((p) => p.newPassword === p.confirmPassword, { message: said.mismatch, path: ["confirmPassword"] })
  .refine((p) => p.newPassword !== p.currentPassword, { message: said.same, path: ["newPassword"] });

/**
 * Wrong current passwords since the window opened or the last change, whichever is later. Someone
 * holding a stolen session must not be able to guess the password here at full speed; the log-in's
 * own counters are per e-mail and are left alone.
 */
async function recentWrongAttempts(db: Database, id: number): Promise<number> {
  const [last] = await db
    .select({ at: max(auditLog.at) })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, id), eq(auditLog.action, "profile.password")));
  const since = sql`now() - make_interval(mins => ${loginLimits.windowMinutes})`;
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(eq(auditLog.actorId, id), eq(auditLog.action, "profile.password_failed"), gt(auditLog.at, since), last?.at ? gt(auditLog.at, last.at) : undefined),
    );
  return row?.n ?? 0;
}

export const changePassword = defineCommand(passwordSchema, async (input, ctx): Promise<{ changedAt: string }> => {
  ctx.authorize("profile.edit");
  const id = ctx.actor.id;
  // One check at a time per person: the failures are counted, the password checked and a failure
  // recorded under one lock, and that transaction commits before the refusal is thrown.
  const verdict = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`password:${id}`}))`);
    if ((await recentWrongAttempts(tx, id)) >= loginLimits.perAccount) return "too_many" as const;
    const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1);
    if (!row) return "no_account" as const;
    if (await verifyPassword(row.passwordHash, input.currentPassword)) return "ok" as const;
    await recordAudit(tx, { actorId: id, action: "profile.password_failed", entityType: "user", entityId: id, data: {}, address: input.address ?? null });
    return "wrong" as const;
  });
  if (verdict === "too_many") throw refuse("rate_limited", passwordKeys.tooMany, tooManyValues);
  if (verdict === "no_account") throw noAccount();
  if (verdict === "wrong") throw refuse("wrong_password", passwordKeys.wrongCurrent, undefined, { field: "currentPassword" });

  const passwordHash = await hashPassword(input.newPassword);
  const record = await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id));
    // Every session, this one too: a token copied before the change must not outlive it.
    await endSessionsOf(tx, id, "password");
    // Who and when only: never the password, nor its hash.
    return recordAudit(tx, { actorId: id, action: "profile.password", entityType: "user", entityId: id, address: input.address ?? null });
  });
  return { changedAt: record.at.toISOString() };
});

/** Đăng xuất khỏi thiết bị khác: ends every session of the actor but the one asking. */
export const endOtherSessions = defineCommand(z.object({}), async (_input, ctx): Promise<{ ended: number }> => {
  ctx.authorize("profile.edit");
  return { ended: await endSessionsOf(ctx.db, ctx.actor.id, "others", ctx.actor.sessionId) };
});

/** Xác thực hai bước: a new secret and its QR code, waiting for the first code from the app. */
export const startTwoFactorEnrolment = defineCommand(
  z.object({}),
  async (_input, ctx): Promise<Enrolment> => {
    ctx.authorize("profile.edit");
    const [me] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, ctx.actor.id));
    if (!me) throw noAccount();
    const enrolment = await beginEnrolment(ctx.db, { id: ctx.actor.id, email: me.email }, (await loadSettings(ctx.db)).paperName);
    if (!enrolment) throw refuse("invalid_state", "refusals.twoFactor.alreadyOn");
    return enrolment;
  },
  { duringEnrolment: true },
);

/** The first code from the app turns two-factor sign-in on; the recovery codes are shown once. */
export const finishTwoFactorEnrolment = defineCommand(
  z.object({ code: z.string().trim().max(20), address: z.string().max(100).optional() }),
  async ({ code, address }, ctx): Promise<{ recoveryCodes: string[] }> => {
    ctx.authorize("profile.edit");
    const recoveryCodes = await confirmEnrolment(ctx.db, ctx.actor.id, code, address);
    if (!recoveryCodes) throw refuse("invalid", "refusals.twoFactor.wrongCode", undefined, { field: "code" });
    return { recoveryCodes };
  },
  { duringEnrolment: true },
);
