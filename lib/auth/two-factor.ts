// Two-factor sign-in for staff: a TOTP authenticator app (otplib), enrolled from a QR code
// (qrcode), with ten one-time recovery codes for a lost phone. The secret is kept sealed
// (lib/server/sealed.ts, purpose "two-factor": AES-256-GCM, key derived from AUTH_SECRET); a code
// is accepted once (its time step is kept); enrolment, a recovery code's use and an admin's reset
// are audited.
import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Database } from "@/db/client";
import { recoveryCodes, sessions, twoFactor, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { open as openSealed, seal as sealValue } from "@/lib/server/sealed";

export const RECOVERY_CODE_COUNT = 10;
/** Roles Cài đặt's "Bắt buộc xác thực hai bước" covers. */
export const twoFactorLeaderRoles: readonly Role[] = ["chief_editor", "admin"];

const seal = (secret: string) => sealValue(secret, "two-factor");
const open = (sealed: string) => openSealed(sealed, "two-factor");

const hashCode = (code: string) => crypto.createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
/** "abcd-efgh-ij" → "ABCDEFGHIJ": spaces, dashes and case do not matter when typed back. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
const sixDigits = /^\d{6}$/;

export type TwoFactorState = "off" | "pending" | "on";

export async function twoFactorState(db: Database, userId: number): Promise<TwoFactorState> {
  const [row] = await db.select({ enabledAt: twoFactor.enabledAt }).from(twoFactor).where(eq(twoFactor.userId, userId));
  return !row ? "off" : row.enabledAt ? "on" : "pending";
}

/** Whether Cài đặt requires a second factor of this role. */
export const requiresTwoFactor = (required: boolean, role: Role) => required && twoFactorLeaderRoles.includes(role);

export type Enrolment = { secret: string; uri: string; qrCode: string };

/** A new secret waiting for its first code (replacing any pending one); refused when one is already on. */
export async function beginEnrolment(db: Database, user: { id: number; email: string }, issuer: string): Promise<Enrolment | null> {
  if ((await twoFactorState(db, user.id)) === "on") return null;
  const secret = generateSecret();
  await db
    .insert(twoFactor)
    .values({ userId: user.id, secret: seal(secret) })
    .onConflictDoUpdate({ target: twoFactor.userId, set: { secret: seal(secret), enabledAt: null, lastStep: 0, createdAt: new Date() } });
  const uri = generateURI({ issuer, label: user.email, secret });
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) };
}

/** Checks a TOTP code against the stored secret, once per time step; moves lastStep on success. */
async function acceptTotp(tx: Database, userId: number, code: string, enabled: boolean): Promise<boolean> {
  if (!sixDigits.test(code)) return false;
  const [row] = await tx.select().from(twoFactor).where(eq(twoFactor.userId, userId)).for("update");
  if (!row || Boolean(row.enabledAt) !== enabled) return false;
  const result = await verify({ secret: open(row.secret), token: code, epochTolerance: 30, afterTimeStep: row.lastStep || undefined });
  // A TOTP result carries the time step it matched (otplib's union type does not say so).
  if (!result.valid || !("timeStep" in result) || typeof result.timeStep !== "number") return false;
  await tx.update(twoFactor).set({ lastStep: result.timeStep }).where(eq(twoFactor.userId, userId));
  return true;
}

/**
 * Finishes enrolment with the first code from the app: the factor is on, the person's sessions
 * waiting for it are let into the newsroom, and ten recovery codes are returned, to be shown once.
 */
export async function confirmEnrolment(db: Database, userId: number, code: string, address?: string): Promise<string[] | null> {
  return db.transaction(async (tx) => {
    if (!(await acceptTotp(tx, userId, code.trim(), false))) return null;
    await tx.update(twoFactor).set({ enabledAt: new Date() }).where(eq(twoFactor.userId, userId));
    await tx
      .update(sessions)
      .set({ mustEnrol: false })
      .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { actorId: userId, action: "two_factor.enrol", entityType: "user", entityId: userId, address: address ?? null });
    return codes;
  });
}

async function replaceRecoveryCodes(tx: Database, userId: number): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  // Ten characters from an alphabet without look-alikes (no 0/O, 1/I), shown as xxxxx-xxxxx.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => Array.from(crypto.randomBytes(10), (b) => alphabet[b % alphabet.length]).join(""));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashCode(code) })));
  return codes.map((code) => `${code.slice(0, 5)}-${code.slice(5)}`);
}

/** At sign-in, after the password: a code from the app, or an unused recovery code (used up, and audited). */
export async function checkSecondFactor(tx: Database, userId: number, code: string, address: string): Promise<"totp" | "recovery" | null> {
  const typed = code.trim();
  if (await acceptTotp(tx, userId, typed, true)) return "totp";
  const normalized = normalizeRecoveryCode(typed);
  if (normalized.length !== 10) return null;
  const [used] = await tx
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashCode(normalized)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  if (!used) return null;
  const left = (
    await tx
      .select({ id: recoveryCodes.id })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
  ).length;
  await recordAudit(tx, { actorId: userId, action: "two_factor.recovery_used", entityType: "user", entityId: userId, data: { left }, address });
  return "recovery";
}

/** An admin's reset (a lost phone and no recovery code): the factor is gone, and so are the person's sessions. */
export async function removeTwoFactor(tx: Database, userId: number): Promise<boolean> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const removed = await tx.delete(twoFactor).where(eq(twoFactor.userId, userId)).returning({ userId: twoFactor.userId });
  return removed.length > 0;
}
