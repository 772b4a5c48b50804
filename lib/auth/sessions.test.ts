// Sessions end when they should: a token copied before Đăng xuất, a new password, a used reset
// link, a lock or a role change is worthless afterwards; unlocking revives none.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { sessions, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { changePassword, endOtherSessions } from "@/lib/profile/commands";
import { listMySessions } from "@/lib/profile/queries";
import { activateUser, changeUserRole, deactivateUser } from "@/lib/users/commands";
import { hashPassword } from "./password";
import { issuePasswordLink, setPasswordWithLink } from "./password-links";
import { endSession, LAST_SEEN_EVERY_MS, sessionClaims, startSession } from "./sessions";

let handle: DatabaseHandle;
let admin: Actor;
const db = () => handle.db;
const signIn = (person: Actor, device = "Mozilla/5.0 (Android 14) Chrome/131") =>
  startSession(db(), { userId: person.id, userAgent: device, address: "203.0.113.5" });
const alive = async (sid: string) => (await sessionClaims(db(), sid)) !== null;

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makePerson(db(), "admin");
});
afterAll(async () => handle?.close());

describe("a session", () => {
  it("names its person, with the stored role and name, in one read", async () => {
    const person = await makePerson(db(), "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
    const sid = await signIn(person);
    expect(await sessionClaims(db(), sid)).toEqual({
      sid,
      sub: String(person.id),
      role: "reporter",
      grants: [],
      desks: { memberOf: [], headOf: [], sectionIds: [] },
      name: "Nguyễn Thu Hà",
      penName: "THU HÀ",
      locale: "vi",
      mustEnrol: false,
    });
    expect(await sessionClaims(db(), "no-such-session")).toBeNull();
  });

  it("writes last seen at most every few minutes", async () => {
    const sid = await signIn(await makePerson(db(), "reporter"));
    const [first] = await db().select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, sid));
    await sessionClaims(db(), sid, new Date(first!.at.getTime() + LAST_SEEN_EVERY_MS - 1000));
    const [same] = await db().select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, sid));
    expect(same!.at).toEqual(first!.at);
    const later = new Date(first!.at.getTime() + LAST_SEEN_EVERY_MS + 1000);
    await sessionClaims(db(), sid, later);
    const [moved] = await db().select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, sid));
    expect(moved!.at).toEqual(later);
  });

  it("ends with Đăng xuất, and only that one", async () => {
    const person = await makePerson(db(), "reporter");
    const [phone, office] = [await signIn(person), await signIn(person)];
    await endSession(db(), phone, "logout");
    expect(await alive(phone)).toBe(false);
    expect(await alive(office)).toBe(true);
  });
});

describe("all of a person's sessions end", () => {
  it("with Đổi mật khẩu", async () => {
    const person = await makePerson(db(), "reporter", { passwordHash: await hashPassword("mat-khau-cu-123") });
    const [copied, own] = [await signIn(person), await signIn(person)];
    const result = await changePassword(
      db(),
      { ...person, sessionId: own },
      { currentPassword: "mat-khau-cu-123", newPassword: "mat-khau-moi-456", confirmPassword: "mat-khau-moi-456" },
    );
    expect(result).toMatchObject({ ok: true });
    expect([await alive(copied), await alive(own)]).toEqual([false, false]);
  });

  it("when a reset link is used", async () => {
    const person = await makePerson(db(), "editor");
    const copied = await signIn(person);
    const link = await issuePasswordLink(db(), { userId: person.id, purpose: "reset", createdById: admin.id });
    expect(await setPasswordWithLink(db(), { token: link.token, password: "mat-khau-moi-789", confirm: "mat-khau-moi-789" })).toMatchObject({ ok: true });
    expect(await alive(copied)).toBe(false);
  });

  it("with Khóa tài khoản, and Mở khóa revives none", async () => {
    const person = await makePerson(db(), "reporter");
    const copied = await signIn(person);
    expect(await deactivateUser(db(), admin, { id: person.id })).toMatchObject({ ok: true });
    expect(await alive(copied)).toBe(false);
    expect(await activateUser(db(), admin, { id: person.id })).toMatchObject({ ok: true });
    expect(await alive(copied)).toBe(false);
    expect(await alive(await signIn(person))).toBe(true);
  });

  it("with a role change", async () => {
    const person = await makePerson(db(), "editor");
    const copied = await signIn(person);
    expect(await changeUserRole(db(), admin, { id: person.id, role: "reporter" })).toMatchObject({ ok: true });
    expect(await alive(copied)).toBe(false);
    expect((await sessionClaims(db(), await signIn(person)))?.role).toBe("reporter");
  });

  it("when the account is locked by any path: a locked account's session is refused even if its row is open", async () => {
    const person = await makePerson(db(), "reporter");
    const sid = await signIn(person);
    await db().update(users).set({ active: false }).where(eq(users.id, person.id));
    expect(await alive(sid)).toBe(false);
  });
});

describe("Hồ sơ: one's sessions", () => {
  it("lists the open ones with device, address and last seen, and Đăng xuất khỏi thiết bị khác keeps only this one", async () => {
    const person = await makePerson(db(), "reporter");
    const here = await signIn(person, "Mozilla/5.0 (Windows NT 10.0) Firefox/133");
    const phone = await signIn(person);
    const me = { ...person, sessionId: here };
    const listed = await listMySessions(db(), me);
    expect(listed).toHaveLength(2);
    const current = listed.find((s) => s.current);
    expect(current).toMatchObject({ id: here, address: "203.0.113.5" });
    expect(current?.userAgent).toContain("Firefox");

    expect(await endOtherSessions(db(), me, {})).toEqual({ ok: true, data: { ended: 1 } });
    expect([await alive(here), await alive(phone)]).toEqual([true, false]);
    expect(await listMySessions(db(), me)).toHaveLength(1);
  });
});
