// Two-factor sign-in on the real database: enrolment from the app's first code, the second step at
// log-in (a code once, a recovery code once), Cài đặt's requirement, and an admin's reset.
import { and, eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { auditLog, loginFailures, siteSettings, twoFactor } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { finishTwoFactorEnrolment, startTwoFactorEnrolment, updateProfile } from "@/lib/profile/commands";
import { resetUserTwoFactor } from "@/lib/users/commands";
import { checkLogin } from "./login";
import { hashPassword } from "./password";
import { sessionClaims, startSession } from "./sessions";

let handle: DatabaseHandle;
let admin: Actor;
const db = () => handle.db;
const password = "mat-khau-that-dai-1";
const address = "203.0.113.20";

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makePerson(db(), "admin");
});
afterAll(async () => handle?.close());

async function enrolled(role: Actor["role"] = "chief_editor") {
  const person = await makePerson(db(), role, { passwordHash: await hashPassword(password) });
  const started = await startTwoFactorEnrolment(db(), person, {});
  if (!started.ok) throw new Error(started.error);
  const finished = await finishTwoFactorEnrolment(db(), person, { code: await generate({ secret: started.data.secret }) });
  if (!finished.ok) throw new Error(finished.error);
  return { person, secret: started.data.secret, recoveryCodes: finished.data.recoveryCodes };
}
const emailOf = async (person: Actor) => (await db().query.users.findFirst({ where: (u, { eq: is }) => is(u.id, person.id) }))!.email;

describe("enrolment", () => {
  it("shows a QR code, refuses a wrong first code, and turns on with the right one, giving ten recovery codes once", async () => {
    const person = await makePerson(db(), "admin");
    const started = await startTwoFactorEnrolment(db(), person, {});
    expect(started).toMatchObject({
      ok: true,
      data: { qrCode: expect.stringMatching(/^data:image\/png;base64,/) as unknown, uri: expect.stringMatching(/^otpauth:\/\/totp\//) as unknown },
    });
    const secret = started.ok ? started.data.secret : "";
    expect(await finishTwoFactorEnrolment(db(), person, { code: "000000" })).toMatchObject({ ok: false, code: "invalid", details: { field: "code" } });
    const finished = await finishTwoFactorEnrolment(db(), person, { code: await generate({ secret }) });
    expect(finished.ok && finished.data.recoveryCodes).toHaveLength(10);
    // The secret is not stored as it was shown.
    const [row] = await db().select().from(twoFactor).where(eq(twoFactor.userId, person.id));
    expect(row?.secret).not.toContain(secret);
    expect(await startTwoFactorEnrolment(db(), person, {})).toMatchObject({ ok: false, code: "invalid_state" });
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "two_factor.enrol"), eq(auditLog.actorId, person.id))),
    ).toHaveLength(1);
  });
});

describe("signing in with a second factor", () => {
  it("asks for the code after the password, accepts it once, and counts a wrong one as a failure", async () => {
    const { person, secret } = await enrolled();
    const email = await emailOf(person);
    expect(await checkLogin(db(), { email, password, address })).toEqual({ ok: false, reason: "second_factor" });
    expect(await checkLogin(db(), { email, password, address, code: "123456" })).toEqual({ ok: false, reason: "second_factor_wrong" });
    expect(await db().select().from(loginFailures).where(eq(loginFailures.address, address))).toHaveLength(1);
    // The enrolment's own code was used: the next time step's code is needed.
    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect(await checkLogin(db(), { email, password, address, code })).toMatchObject({ ok: true, mustEnrol: false });
    expect(await checkLogin(db(), { email, password, address, code })).toEqual({ ok: false, reason: "second_factor_wrong" });
  });

  it("takes a recovery code once, whatever its spacing and case, and records its use", async () => {
    const { person, recoveryCodes } = await enrolled();
    const email = await emailOf(person);
    const typed = ` ${recoveryCodes[3]!.toLowerCase()} `;
    expect(await checkLogin(db(), { email, password, address: "198.51.100.1", code: typed })).toMatchObject({ ok: true });
    expect(await checkLogin(db(), { email, password, address: "198.51.100.1", code: typed })).toEqual({ ok: false, reason: "second_factor_wrong" });
    const [used] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "two_factor.recovery_used"), eq(auditLog.actorId, person.id)));
    expect(used?.data).toEqual({ left: 9 });
  });
});

describe("Cài đặt requires it of chief editors and admins", () => {
  beforeAll(async () => {
    await db()
      .insert(siteSettings)
      .values({ key: "requireTwoFactor", value: true })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: true } });
  });
  afterAll(async () => {
    await db().delete(siteSettings).where(eq(siteSettings.key, "requireTwoFactor"));
  });

  it("sends a chief editor without it to enrol first, and nothing else works until then", async () => {
    const chief = await makePerson(db(), "chief_editor", { passwordHash: await hashPassword(password) });
    const reporter = await makePerson(db(), "reporter", { passwordHash: await hashPassword(password) });
    const signedIn = await checkLogin(db(), { email: await emailOf(chief), password, address: "192.0.2.7" });
    expect(signedIn).toMatchObject({ ok: true, mustEnrol: true });
    expect(await checkLogin(db(), { email: await emailOf(reporter), password, address: "192.0.2.7" })).toMatchObject({ ok: true, mustEnrol: false });

    const sid = await startSession(db(), { userId: chief.id, userAgent: "", address: "", mustEnrol: true });
    const actor = { ...chief, sessionId: sid, mustEnrol: true };
    expect(await updateProfile(db(), actor, { name: "Tên khác", penName: "KHÁC", avatarMediaId: null })).toMatchObject({ ok: false, code: "forbidden" });
    const started = await startTwoFactorEnrolment(db(), actor, {});
    expect(started.ok).toBe(true);
    const secret = started.ok ? started.data.secret : "";
    expect(await finishTwoFactorEnrolment(db(), actor, { code: await generate({ secret }) })).toMatchObject({ ok: true });
    expect((await sessionClaims(db(), sid))?.mustEnrol).toBe(false);
  });
});

describe("an admin's reset", () => {
  it("removes the factor and ends the person's sessions, and is recorded", async () => {
    const { person } = await enrolled("editor");
    const sid = await startSession(db(), { userId: person.id, userAgent: "", address: "" });
    expect(await resetUserTwoFactor(db(), admin, { id: person.id })).toMatchObject({ ok: true, data: { reset: true } });
    expect(await db().select().from(twoFactor).where(eq(twoFactor.userId, person.id))).toEqual([]);
    expect(await sessionClaims(db(), sid)).toBeNull();
    expect(await checkLogin(db(), { email: await emailOf(person), password, address: "192.0.2.9" })).toMatchObject({ ok: true });
    expect(await resetUserTwoFactor(db(), person, { id: admin.id })).toMatchObject({ ok: false, code: "forbidden" });
  });
});
