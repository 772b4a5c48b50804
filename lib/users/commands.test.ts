import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, passwordTokens, stories, users, type Role } from "@/db/schema";
import { checkLogin } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { hashPasswordToken, invalidPasswordLinkMessage, setPasswordWithLink } from "@/lib/auth/password-links";
import { sessionClaims, startSession } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/policy/policy";
import { activateUser, changeUserRole, createUser, deactivateUser, duplicateEmailMessage, issuePasswordReset } from "./commands";
import { listUsers } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  const passwordHash = await hashPassword("mat-khau-cu-123");
  for (const [key, role, name, penName] of [
    ["ha", "reporter", "Nguyễn Thu Hà", "THU HÀ"],
    ["dung", "reporter", "Lê Phương Dung", "PHƯƠNG DUNG"],
    ["duc", "editor", "Trần Minh Đức", "MINH ĐỨC"],
    ["chief", "chief_editor", "Hoàng Văn Đạt", "VĂN ĐẠT"],
    ["admin", "admin", "Vi Văn Quân", "VĂN QUÂN"],
  ] as const) {
    people[key] = await makePerson(handle.db, role, { email: `${key}@toasoan.test`, name, penName, passwordHash });
  }
});
afterAll(async () => handle?.close());

const db = () => handle.db;
const row = async (id: number) => (await db().select().from(users).where(eq(users.id, id)))[0]!;
const auditOf = (id: number, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, String(id)), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id));

async function snapshot() {
  return {
    users: await db().select().from(users).orderBy(users.id),
    tokens: await db().select().from(passwordTokens).orderBy(passwordTokens.id),
    stories: await db().select({ id: stories.id, heldById: stories.heldById }).from(stories).orderBy(stories.id),
    audit: (await db().select({ n: count() }).from(auditLog))[0]!.n,
  };
}

async function created(input: { name: string; email: string; role: Role; penName?: string }, as: Actor = people.admin!) {
  const result = await createUser(db(), as, input);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const setPassword = (token: string, password: string, now?: Date) => setPasswordWithLink(db(), { token, password, confirm: password }, { now });
const logIn = (email: string, password: string) => checkLogin(db(), { email, password, address: "10.1.1.1" });

describe("only admins manage people", () => {
  it("refuses every command to a reporter, an editor and the chief editor, and changes nothing", async () => {
    const target = people.dung!;
    const commands = {
      createUser: (as: Actor) => createUser(db(), as, { name: "Người Lạ", email: "nguoi-la@toasoan.test", role: "admin" }),
      changeUserRole: (as: Actor) => changeUserRole(db(), as, { id: target.id, role: "admin" }),
      deactivateUser: (as: Actor) => deactivateUser(db(), as, { id: target.id }),
      activateUser: (as: Actor) => activateUser(db(), as, { id: target.id }),
      issuePasswordReset: (as: Actor) => issuePasswordReset(db(), as, { id: target.id }),
    };
    const before = await snapshot();
    for (const who of ["ha", "duc", "chief"]) {
      for (const [name, run] of Object.entries(commands)) {
        expect(await run(people[who]!), `${name} as ${who}`).toMatchObject({
          ok: false,
          code: "forbidden",
          error: "Bạn không có quyền thực hiện thao tác này.",
        });
      }
    }
    // An editor trying to lift their own lock, or to make themselves admin, is no exception.
    expect(await changeUserRole(db(), people.duc!, { id: people.duc!.id, role: "admin" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await activateUser(db(), people.duc!, { id: people.duc!.id })).toMatchObject({ ok: false, code: "forbidden" });
    for (const run of Object.values(commands)) expect(await run(null as unknown as Actor)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await snapshot()).toEqual(before);
  });

  it("lets only admins list people", async () => {
    await expect(listUsers(db(), people.chief!)).rejects.toThrow("Bạn không có quyền");
    expect((await listUsers(db(), people.admin!)).length).toBeGreaterThanOrEqual(5);
  });
});

describe("creating an account", () => {
  it("creates an active account without a password, a 7-day invitation link and two audit rows", async () => {
    const before = Date.now();
    const result = await created({ name: "  Nguyễn Văn Bình ", penName: "", email: " Binh.Nguyen@ToaSoan.test ", role: "reporter" });
    expect(result.user).toMatchObject({ name: "Nguyễn Văn Bình", email: "binh.nguyen@toasoan.test", role: "reporter", active: true });
    const stored = await row(result.user.id);
    expect(stored).toMatchObject({ passwordHash: null, active: true, penName: "NGUYỄN VĂN BÌNH" });

    expect(result.link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.link.purpose).toBe("invite");
    const tokens = await db().select().from(passwordTokens).where(eq(passwordTokens.userId, result.user.id));
    expect(tokens).toHaveLength(1);
    // Only the hash is kept.
    expect(tokens[0]).toMatchObject({ tokenHash: hashPasswordToken(result.link.token), purpose: "invite", usedAt: null, createdById: people.admin!.id });
    expect(JSON.stringify(tokens)).not.toContain(result.link.token);
    const lifetime = tokens[0]!.expiresAt.getTime() - before;
    expect(lifetime).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);

    expect(await auditOf(result.user.id, "user.create")).toMatchObject([
      { actorId: people.admin!.id, data: { after: { name: "Nguyễn Văn Bình", email: "binh.nguyen@toasoan.test", role: "reporter" } } },
    ]);
    const [linkAudit] = await auditOf(result.user.id, "user.password_link");
    expect(linkAudit).toMatchObject({ actorId: people.admin!.id, data: { purpose: "invite", tokenId: tokens[0]!.id } });
    expect(JSON.stringify(linkAudit)).not.toContain(result.link.token);
  });

  it("keeps a pen name that was given, NFC and as typed", async () => {
    const result = await created({ name: "Đinh Thị Ngọc Anh".normalize("NFD"), penName: "NGỌC ANH", email: "ngocanh@toasoan.test", role: "editor" });
    expect(await row(result.user.id)).toMatchObject({ name: "Đinh Thị Ngọc Anh", penName: "NGỌC ANH", role: "editor" });
  });

  it("refuses an e-mail that is taken in another case, with a clear message, and adds nothing", async () => {
    await created({ name: "Phạm Văn Khánh", email: "khanh@toasoan.test", role: "reporter" });
    const before = await snapshot();
    for (const email of ["KHANH@toasoan.test", "Khanh@ToaSoan.Test", "HA@TOASOAN.TEST"]) {
      const result = await createUser(db(), people.admin!, { name: "Người Trùng", email, role: "reporter" });
      expect(result, email).toEqual({ ok: false, code: "duplicate_email", error: duplicateEmailMessage, details: { field: "email" } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("gives the same message when two admins add the same person at the same moment", async () => {
    const input = { name: "Lò Văn Sáng", email: "sang@toasoan.test", role: "reporter" as const };
    const results = await Promise.all([createUser(db(), people.admin!, input), createUser(db(), people.admin!, { ...input, email: "SANG@toasoan.test" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: "duplicate_email", error: duplicateEmailMessage }]);
  });

  it("names the field of invalid input in Vietnamese", async () => {
    expect(await createUser(db(), people.admin!, { name: "  ", email: "a@toasoan.test", role: "reporter" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: "Vui lòng nhập họ tên." },
    });
    expect(await createUser(db(), people.admin!, { name: "Ai Đó", email: "khong-phai-email", role: "reporter" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "Email không hợp lệ." },
    });
    expect(await createUser(db(), people.admin!, { name: "Ai Đó", email: "ai@toasoan.test", role: "owner" as Role })).toMatchObject({
      ok: false,
      fieldErrors: { role: "Vui lòng chọn một vai trò." },
    });
  });
});

describe("changing a role", () => {
  it("changes the role, takes effect on the next request and records before and after", async () => {
    const { user } = await created({ name: "Hà Văn Tuấn", email: "tuan@toasoan.test", role: "reporter" });
    const result = await changeUserRole(db(), people.admin!, { id: user.id, role: "editor" });
    expect(result).toMatchObject({ ok: true, data: { user: { id: user.id, role: "editor" } } });
    expect((await sessionClaims(db(), await startSession(db(), { userId: user.id, userAgent: "", address: "" })))?.role).toBe("editor");
    expect(await auditOf(user.id, "user.role")).toMatchObject([
      { actorId: people.admin!.id, data: { before: { role: "reporter" }, after: { role: "editor" } } },
    ]);
  });

  it("lets go of the stories an editor holds when they leave the desk", async () => {
    const { user } = await created({ name: "Mã Thị Lan", email: "lan@toasoan.test", role: "editor" });
    const story = await makeStory(db(), { status: "in_review", title: "Bài đang biên tập", author: people.ha!, holder: user });
    const result = await changeUserRole(db(), people.admin!, { id: user.id, role: "reporter" });
    expect(result).toMatchObject({ ok: true, data: { releasedStoryIds: [story.id] } });
    const [after] = await db().select().from(stories).where(eq(stories.id, story.id));
    expect(after).toMatchObject({ heldById: null, heldAt: null, status: "in_review" });
  });

  it("answers an unknown person with not found", async () => {
    expect(await changeUserRole(db(), people.admin!, { id: 987654, role: "editor" })).toMatchObject({
      ok: false,
      code: "not_found",
      error: "Không tìm thấy người dùng này.",
    });
  });
});

describe("admins cannot lock themselves or the newsroom out", () => {
  it("refuses an admin demoting or locking themselves", async () => {
    const before = await snapshot();
    expect(await changeUserRole(db(), people.admin!, { id: people.admin!.id, role: "reporter" })).toMatchObject({
      ok: false,
      code: "self",
      error: "Bạn không thể tự bỏ vai trò Quản trị của chính mình. Hãy nhờ một quản trị viên khác làm việc này.",
    });
    expect(await deactivateUser(db(), people.admin!, { id: people.admin!.id })).toMatchObject({
      ok: false,
      code: "self",
      error: "Bạn không thể tự khóa tài khoản của chính mình. Hãy nhờ một quản trị viên khác làm việc này.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses demoting or locking the last active admin, even by an admin whose own rights just went", async () => {
    const { user } = await created({ name: "Lương Thị Mai", email: "mai@toasoan.test", role: "admin" });
    const mai: Actor = { id: user.id, role: "admin", name: user.name, penName: "" };
    // Quân steps down through Mai; Mai's request still carries the admin role it started with.
    expect(await changeUserRole(db(), mai, { id: people.admin!.id, role: "chief_editor" })).toMatchObject({ ok: true });
    const quan: Actor = people.admin!; // a request that began before the change
    const before = await snapshot();
    expect(await changeUserRole(db(), quan, { id: mai.id, role: "reporter" })).toMatchObject({
      ok: false,
      code: "last_admin",
      error: "Không thể đổi vai trò của Lương Thị Mai: đây là quản trị viên cuối cùng đang hoạt động. Hãy giao vai trò Quản trị cho một người khác trước.",
    });
    expect(await deactivateUser(db(), quan, { id: mai.id })).toMatchObject({
      ok: false,
      code: "last_admin",
      error: "Không thể khóa tài khoản Lương Thị Mai: đây là quản trị viên cuối cùng đang hoạt động. Hãy giao vai trò Quản trị cho một người khác trước.",
    });
    expect(await snapshot()).toEqual(before);
    // Restore Quân, then Mai may go.
    expect(await changeUserRole(db(), mai, { id: people.admin!.id, role: "admin" })).toMatchObject({ ok: true });
    expect(await deactivateUser(db(), people.admin!, { id: mai.id })).toMatchObject({ ok: true });
  });

  it("lets only one of two admins demoting each other at the same moment succeed", async () => {
    const { user } = await created({ name: "Nông Văn Hải", email: "hai@toasoan.test", role: "admin" });
    const hai: Actor = { id: user.id, role: "admin", name: user.name, penName: "" };
    const results = await Promise.all([
      changeUserRole(db(), people.admin!, { id: hai.id, role: "editor" }),
      changeUserRole(db(), hai, { id: people.admin!.id, role: "editor" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "last_admin" });
    const admins = await db()
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)));
    expect(admins).toHaveLength(1);
    // Leave Quân the admin for the tests that follow.
    const winner = admins[0]!.id;
    if (winner !== people.admin!.id) {
      expect(await changeUserRole(db(), hai, { id: people.admin!.id, role: "admin" })).toMatchObject({ ok: true });
      expect(await changeUserRole(db(), people.admin!, { id: hai.id, role: "editor" })).toMatchObject({ ok: true });
    }
  });
});

describe("locking and unlocking", () => {
  it("locks an account: its next request is refused, its story locks and links are let go, and it is recorded", async () => {
    const { user, link } = await created({ name: "Bế Văn Phong", email: "phong@toasoan.test", role: "editor" });
    const held = await makeStory(db(), { status: "in_review", title: "Bài Phong đang giữ", author: people.ha!, holder: user });
    const other = await makeStory(db(), { status: "in_review", title: "Bài Đức đang giữ", author: people.ha!, holder: people.duc! });
    const session = await startSession(db(), { userId: user.id, userAgent: "", address: "" });
    expect(await sessionClaims(db(), session)).not.toBeNull();

    const result = await deactivateUser(db(), people.admin!, { id: user.id });

    expect(result).toMatchObject({ ok: true, data: { user: { active: false }, releasedStoryIds: [held.id] } });
    expect(await sessionClaims(db(), session)).toBeNull();
    const after = await db().select({ id: stories.id, heldById: stories.heldById, heldAt: stories.heldAt }).from(stories);
    expect(after.find((s) => s.id === held.id)).toMatchObject({ heldById: null, heldAt: null });
    expect(after.find((s) => s.id === other.id)).toMatchObject({ heldById: people.duc!.id });
    // The invitation handed out before the lock no longer works, not even after unlocking.
    expect(await setPassword(link.token, "mat-khau-moi-123")).toMatchObject({ ok: false, code: "invalid_link" });
    expect(await auditOf(user.id, "user.deactivate")).toMatchObject([
      { actorId: people.admin!.id, data: { before: { active: true }, after: { active: false }, releasedStoryIds: [held.id], retiredLinks: 1 } },
    ]);

    // Locking twice changes nothing more.
    const audits = (await auditOf(user.id, "user.deactivate")).length;
    expect(await deactivateUser(db(), people.admin!, { id: user.id })).toMatchObject({ ok: true, data: { user: { active: false } } });
    expect(await auditOf(user.id, "user.deactivate")).toHaveLength(audits);

    expect(await activateUser(db(), people.admin!, { id: user.id })).toMatchObject({ ok: true, data: { user: { active: true } } });
    expect(await setPassword(link.token, "mat-khau-moi-123")).toMatchObject({ ok: false, code: "invalid_link" });
  });

  it("refuses the log-in of a locked account and lets it back in after unlocking", async () => {
    const dung = people.dung!;
    expect((await logIn("dung@toasoan.test", "mat-khau-cu-123")).ok).toBe(true);
    expect(await deactivateUser(db(), people.admin!, { id: dung.id })).toMatchObject({ ok: true });
    expect(await logIn("dung@toasoan.test", "mat-khau-cu-123")).toEqual({ ok: false, reason: "inactive" });
    expect(await sessionClaims(db(), await startSession(db(), { userId: dung.id, userAgent: "", address: "" }))).toBeNull();

    const result = await activateUser(db(), people.admin!, { id: dung.id });

    expect(result).toMatchObject({ ok: true, data: { user: { id: dung.id, active: true } } });
    expect(await sessionClaims(db(), await startSession(db(), { userId: dung.id, userAgent: "", address: "" }))).toMatchObject({ role: "reporter" });
    expect((await logIn("dung@toasoan.test", "mat-khau-cu-123")).ok).toBe(true);
    expect(await auditOf(dung.id, "user.activate")).toMatchObject([
      { actorId: people.admin!.id, data: { before: { active: false }, after: { active: true } } },
    ]);
  });

  it("refuses a password link for a locked account", async () => {
    const { user } = await created({ name: "Tô Thị Hạnh", email: "hanh@toasoan.test", role: "reporter" });
    await deactivateUser(db(), people.admin!, { id: user.id });
    const before = await snapshot();
    expect(await issuePasswordReset(db(), people.admin!, { id: user.id })).toMatchObject({
      ok: false,
      code: "inactive",
      error: "Tài khoản Tô Thị Hạnh đang bị khóa. Hãy mở khóa trước khi tạo liên kết đặt mật khẩu.",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("one-time password links", () => {
  it("sets the password once; the new password logs in; the link then refuses a second use", async () => {
    const { user, link } = await created({ name: "Vàng Thị Dợ", email: "Do.Vang@toasoan.test", role: "reporter" });
    expect(await logIn("do.vang@toasoan.test", "mat-khau-cua-do")).toEqual({ ok: false, reason: "invalid" });

    const first = await setPassword(link.token, "mat-khau-cua-do");

    expect(first).toMatchObject({ ok: true, data: { userId: user.id } });
    const stored = await row(user.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const login = await logIn("DO.VANG@toasoan.test", "mat-khau-cua-do");
    expect(login.ok && login.user.id).toBe(user.id);
    const [token] = await db().select().from(passwordTokens).where(eq(passwordTokens.userId, user.id));
    expect(token!.usedAt).not.toBeNull();
    expect(await auditOf(user.id, "user.password_set")).toMatchObject([{ actorId: user.id, data: { purpose: "invite", tokenId: token!.id } }]);

    const second = await setPassword(link.token, "mat-khau-khac-han");
    expect(second).toEqual({ ok: false, code: "invalid_link", error: invalidPasswordLinkMessage });
    expect((await row(user.id)).passwordHash).toBe(stored.passwordHash);
  });

  it("refuses an expired link: an invitation after 7 days, a reset after 24 hours", async () => {
    const { user, link } = await created({ name: "Hoàng A Sử", email: "su@toasoan.test", role: "reporter" });
    const eightDays = new Date(Date.now() + 8 * 86_400_000);
    expect(await setPassword(link.token, "mat-khau-cua-su", eightDays)).toMatchObject({ ok: false, code: "invalid_link" });
    expect(await setPassword(link.token, "mat-khau-cua-su", new Date(Date.now() + 6 * 86_400_000))).toMatchObject({ ok: true });

    const reset = await issuePasswordReset(db(), people.admin!, { id: user.id });
    if (!reset.ok) throw new Error(reset.error);
    expect(reset.data.link.purpose).toBe("reset");
    expect(await setPassword(reset.data.link.token, "mat-khau-moi-cua-su", new Date(Date.now() + 25 * 3_600_000))).toMatchObject({
      ok: false,
      code: "invalid_link",
    });
    // The same clock control by the table: a link whose time is up.
    await db()
      .update(passwordTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordTokens.tokenHash, hashPasswordToken(reset.data.link.token)));
    expect(await setPassword(reset.data.link.token, "mat-khau-moi-cua-su")).toMatchObject({ ok: false, code: "invalid_link" });
    expect((await logIn("su@toasoan.test", "mat-khau-cua-su")).ok).toBe(true);
  });

  it("a reset retires the earlier unused links; the current password works until the new one is set", async () => {
    const ha = people.ha!;
    const older = await issuePasswordReset(db(), people.admin!, { id: ha.id });
    const newer = await issuePasswordReset(db(), people.admin!, { id: ha.id });
    if (!older.ok || !newer.ok) throw new Error("no link");
    expect(newer.data.link.purpose).toBe("reset");
    expect(newer.data.link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect((await logIn("ha@toasoan.test", "mat-khau-cu-123")).ok).toBe(true);

    expect(await setPassword(older.data.link.token, "mat-khau-tu-lien-ket-cu")).toMatchObject({ ok: false, code: "invalid_link" });
    expect(await setPassword(newer.data.link.token, "mat-khau-moi-cua-ha")).toMatchObject({ ok: true });

    expect(await logIn("ha@toasoan.test", "mat-khau-cu-123")).toEqual({ ok: false, reason: "invalid" });
    expect((await logIn("ha@toasoan.test", "mat-khau-moi-cua-ha")).ok).toBe(true);
    expect(await auditOf(ha.id, "user.password_link")).toMatchObject([
      { actorId: people.admin!.id, data: { purpose: "reset" } },
      { actorId: people.admin!.id, data: { purpose: "reset" } },
    ]);
  });

  it("gives a person who never set a password a fresh 7-day invitation instead of a reset", async () => {
    const { user, link } = await created({ name: "Sầm Văn Lực", email: "luc@toasoan.test", role: "reporter" });
    const again = await issuePasswordReset(db(), people.admin!, { id: user.id });
    if (!again.ok) throw new Error(again.error);
    expect(again.data.link.purpose).toBe("invite");
    expect(again.data.link.expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    expect(await setPassword(link.token, "mat-khau-cua-luc")).toMatchObject({ ok: false, code: "invalid_link" });
    expect(await setPassword(again.data.link.token, "mat-khau-cua-luc")).toMatchObject({ ok: true });
  });
});

describe("finding people", () => {
  it("finds by name, pen name or e-mail without diacritics, and filters by role and state", async () => {
    const admin = people.admin!;
    const names = async (filters: Parameters<typeof listUsers>[2]) => (await listUsers(db(), admin, filters)).map((u) => u.name);
    expect(await names({ q: "phuong dung" })).toEqual(["Lê Phương Dung"]);
    expect(await names({ q: "MINH ĐỨC" })).toEqual(["Trần Minh Đức"]);
    expect(await names({ q: "thu ha" })).toContain("Nguyễn Thu Hà");
    expect(await names({ q: "binh.nguyen@" })).toEqual(["Nguyễn Văn Bình"]);
    expect(await names({ q: "khong ai ten nay" })).toEqual([]);
    expect(await names({ role: "chief_editor" })).toEqual(["Hoàng Văn Đạt"]);
    const locked = await listUsers(db(), admin, { state: "locked" });
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.every((u) => !u.active)).toBe(true);
    expect(await names({ state: "locked", q: "phong" })).toEqual([]); // Phong was unlocked again
    expect((await listUsers(db(), admin, { state: "active", role: "admin" })).map((u) => u.id)).toEqual([admin.id]);
    // Vietnamese alphabetical order by name, and whether the invitation was used.
    const all = await listUsers(db(), admin);
    expect(all.map((u) => u.name)).toEqual([...all.map((u) => u.name)].sort(new Intl.Collator("vi").compare));
    expect(all.find((u) => u.name === "Phạm Văn Khánh")?.hasPassword).toBe(false);
    expect(all.find((u) => u.name === "Lê Phương Dung")?.hasPassword).toBe(true);
  });
});
