import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, media, roles, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { changePassword, passwordMessages, updateProfile } from "./commands";
import { getProfile } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
const original = "mat-khau-cu-123";
let imageId: number;

const rowOf = async (key: string) => (await handle.db.select().from(users).where(eq(users.id, people[key]!.id)))[0]!;
const auditOf = async (key: string, action: string) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, people[key]!.id), eq(auditLog.action, action)));

beforeAll(async () => {
  handle = await openTestDatabase();
  const passwordHash = await hashPassword(original);
  for (const [key, role, name, penName] of [
    ["dung", "reporter", "Lê Phương Dung", "PHƯƠNG DUNG"],
    ["ha", "reporter", "Nguyễn Thu Hà", "THU HÀ"],
    ["duc", "editor", "Trần Minh Đức", "MINH ĐỨC"],
    ["dat", "chief_editor", "Hoàng Văn Đạt", "VĂN ĐẠT"],
    ["quan", "admin", "Vi Văn Quân", "VĂN QUÂN"],
    ["khoa", "reporter", "Đỗ Minh Khoa", "MINH KHOA"],
  ] as const) {
    people[key] = await makePerson(handle.db, role, { email: `${key}@toasoan.test`, name, penName, passwordHash });
  }
  const [image] = await handle.db
    .insert(media)
    .values({
      storageKey: "2026/07/bbbbbbbbbbbbbbbbbbbbbbbb-original.jpg",
      mimeType: "image/jpeg",
      originalName: "chan-dung.jpg",
      size: 1000,
      width: 1200,
      height: 1200,
      variants: [
        { width: 160, height: 160, key: "2026/07/bbbbbbbbbbbbbbbbbbbbbbbb-160.webp", format: "webp", size: 10 },
        { width: 480, height: 480, key: "2026/07/bbbbbbbbbbbbbbbbbbbbbbbb-480.webp", format: "webp", size: 20 },
        { width: 960, height: 960, key: "2026/07/bbbbbbbbbbbbbbbbbbbbbbbb-960.webp", format: "webp", size: 30 },
      ],
      alt: "Chân dung phóng viên",
    })
    .returning({ id: media.id });
  imageId = image!.id;
});
afterAll(async () => handle?.close());

describe("updating one's profile", () => {
  it("changes only the actor's own row, stored NFC and trimmed, whatever id the input names", async () => {
    const before = await rowOf("ha");
    const result = await updateProfile(handle.db, people.dung!, {
      name: "  Lê Phương Dung ".normalize("NFD"),
      penName: "\tDUNG LÊ\u00a0PHƯƠNG ".normalize("NFD"),
      // Smuggled fields are ignored: the command acts on the actor alone.
      ...({ id: people.ha!.id, role: "admin", email: "x@y.z" } as object),
    });
    expect(result).toMatchObject({ ok: true, data: { name: "Lê Phương Dung", penName: "DUNG LÊ\u00a0PHƯƠNG" } });
    const mine = await rowOf("dung");
    expect(mine).toMatchObject({ name: "Lê Phương Dung", penName: "DUNG LÊ\u00a0PHƯƠNG", role: "reporter", email: "dung@toasoan.test" });
    expect(mine.penName).toBe(mine.penName.normalize("NFC"));
    expect(await rowOf("ha")).toEqual(before);
  });

  it("records what changed, before and after, and nothing when nothing changed", async () => {
    await updateProfile(handle.db, people.duc!, { name: "Trần Minh Đức", penName: "ĐỨC TRẦN" });
    const [entry] = await auditOf("duc", "profile.update");
    expect(entry).toMatchObject({
      entityType: "user",
      entityId: String(people.duc!.id),
      data: { before: { penName: "MINH ĐỨC" }, after: { penName: "ĐỨC TRẦN" } },
    });
    await updateProfile(handle.db, people.duc!, { name: "Trần Minh Đức", penName: "ĐỨC TRẦN" });
    expect(await auditOf("duc", "profile.update")).toHaveLength(1);
  });

  it("sets the avatar from the library, shows a small variant, and removes it with null", async () => {
    const set = await updateProfile(handle.db, people.dat!, { name: "Hoàng Văn Đạt", penName: "VĂN ĐẠT", avatarMediaId: String(imageId) });
    expect(set).toMatchObject({
      ok: true,
      data: { avatar: { id: imageId, url: "/media/2026/07/bbbbbbbbbbbbbbbbbbbbbbbb-480.webp", alt: "Chân dung phóng viên" } },
    });
    expect((await rowOf("dat")).avatarMediaId).toBe(imageId);
    expect((await getProfile(handle.db, people.dat!)).avatar?.id).toBe(imageId);
    // Left out: unchanged.
    await updateProfile(handle.db, people.dat!, { name: "Hoàng Văn Đạt", penName: "VĂN ĐẠT" });
    expect((await rowOf("dat")).avatarMediaId).toBe(imageId);
    const removed = await updateProfile(handle.db, people.dat!, { name: "Hoàng Văn Đạt", penName: "VĂN ĐẠT", avatarMediaId: null });
    expect(removed).toMatchObject({ ok: true, data: { avatar: null } });
    expect((await rowOf("dat")).avatarMediaId).toBeNull();
  });

  it("refuses an image that is not in the library", async () => {
    const result = await updateProfile(handle.db, people.dat!, { name: "Hoàng Văn Đạt", penName: "VĂN ĐẠT", avatarMediaId: 987654 });
    expect(result).toMatchObject({ ok: false, code: "invalid", error: "Ảnh đại diện cá nhân không còn trong thư viện ảnh. Hãy chọn ảnh khác." });
  });

  it("refuses an empty name or pen name, and a line break, in Vietnamese", async () => {
    expect(await updateProfile(handle.db, people.ha!, { name: "   ", penName: "THU HÀ" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: "Vui lòng nhập họ tên." },
    });
    expect(await updateProfile(handle.db, people.ha!, { name: "Nguyễn Thu Hà", penName: "" })).toMatchObject({
      ok: false,
      fieldErrors: { penName: "Vui lòng nhập bút danh." },
    });
    expect(await updateProfile(handle.db, people.ha!, { name: "Nguyễn\nThu Hà", penName: "THU HÀ" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Họ tên chỉ được là một dòng chữ." },
    });
    expect((await rowOf("ha")).name).toBe("Nguyễn Thu Hà");
  });

  it("is open to every role, each for their own account, and to nobody signed out", async () => {
    for (const role of roles) {
      const key = Object.keys(people).find((k) => people[k]!.role === role)!;
      const result = await updateProfile(handle.db, people[key]!, { name: `${people[key]!.name} `, penName: `${role.toUpperCase()} MỚI` });
      expect(result, role).toMatchObject({ ok: true });
      expect((await rowOf(key)).penName, role).toBe(`${role.toUpperCase()} MỚI`);
      expect((await getProfile(handle.db, people[key]!)).id).toBe(people[key]!.id);
    }
    expect(await updateProfile(handle.db, null, { name: "Ai đó", penName: "AI" })).toMatchObject({ ok: false, code: "unauthenticated" });
    await expect(getProfile(handle.db, null)).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe("changing one's password", () => {
  const change = (key: string, currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
    changePassword(handle.db, people[key]!, { currentPassword, newPassword, confirmPassword, address: "127.0.0.1" });

  it("refuses a wrong current password and changes nothing", async () => {
    const before = (await rowOf("ha")).passwordHash;
    expect(await change("ha", "khong-dung-dau", "mat-khau-moi-456")).toEqual({
      ok: false,
      code: "wrong_password",
      error: "Mật khẩu hiện tại không đúng.",
      details: { field: "currentPassword" },
    });
    expect((await rowOf("ha")).passwordHash).toBe(before);
    expect(await auditOf("ha", "profile.password_failed")).toHaveLength(1);
    expect(await auditOf("ha", "profile.password")).toHaveLength(0);
  });

  it("with the right current password, the new one verifies and the old one no longer does", async () => {
    expect(await change("ha", original, "mật khẩu mới rất dài")).toMatchObject({ ok: true });
    const hash = (await rowOf("ha")).passwordHash;
    expect(await verifyPassword(hash, "mật khẩu mới rất dài")).toBe(true);
    expect(await verifyPassword(hash, original)).toBe(false);
    expect((await rowOf("dung")).passwordHash && (await verifyPassword((await rowOf("dung")).passwordHash, original))).toBe(true);
  });

  it("records who and when, but no secret", async () => {
    const [entry] = await auditOf("ha", "profile.password");
    expect(entry).toMatchObject({ entityType: "user", entityId: String(people.ha!.id), data: {}, address: "127.0.0.1" });
    const recorded = JSON.stringify(await handle.db.select().from(auditLog));
    expect(recorded).not.toContain("mật khẩu mới rất dài");
    expect(recorded).not.toContain(original);
    expect(recorded).not.toContain("$argon2");
  });

  it("asks for ten characters, a matching confirmation and a new password", async () => {
    expect(await change("dung", original, "ngan")).toMatchObject({ ok: false, code: "invalid", fieldErrors: { newPassword: passwordMessages.tooShort } });
    expect(await change("dung", original, "mat-khau-moi-456", "mat-khau-moi-457")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: passwordMessages.mismatch },
    });
    expect(await change("dung", original, original)).toMatchObject({ ok: false, fieldErrors: { newPassword: passwordMessages.same } });
    expect(await change("dung", "", "mat-khau-moi-456")).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Vui lòng nhập mật khẩu hiện tại." } });
    expect(await verifyPassword((await rowOf("dung")).passwordHash, original)).toBe(true);
  });

  it("slows down guessing: after five wrong attempts even the right password waits", async () => {
    for (let i = 0; i < 5; i++) expect(await change("khoa", `sai-lan-${i}`, "mat-khau-moi-456")).toMatchObject({ code: "wrong_password" });
    expect(await change("khoa", original, "mat-khau-moi-456")).toMatchObject({ ok: false, code: "rate_limited", error: passwordMessages.tooMany });
    expect(await verifyPassword((await rowOf("khoa")).passwordHash, original)).toBe(true);
  });

  it("checks no more current passwords than the limit when 16 wrong ones arrive at once", async () => {
    const guessed = await makePerson(handle.db, "reporter", { passwordHash: await hashPassword(original) });
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        changePassword(handle.db, guessed, { currentPassword: `sai-dong-loat-${i}`, newPassword: "mat-khau-moi-456", confirmPassword: "mat-khau-moi-456" }),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.code === "wrong_password").length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.code === "rate_limited").length).toBe(16 - checked);
  });

  it("counts wrong attempts only since the last change", async () => {
    // Ha changed her password above after one wrong attempt; four more do not reach five.
    for (let i = 0; i < 4; i++) expect(await change("ha", `sai-lan-${i}`, "mat-khau-khac-789")).toMatchObject({ code: "wrong_password" });
    expect(await change("ha", "mật khẩu mới rất dài", "mat-khau-khac-789")).toMatchObject({ ok: true });
  });

  it("is open to every role, each for their own account", async () => {
    for (const key of ["dung", "duc", "dat", "quan"]) {
      expect(await change(key, original, `${key}-mat-khau-moi`), key).toMatchObject({ ok: true });
      expect(await verifyPassword((await rowOf(key)).passwordHash, `${key}-mat-khau-moi`), key).toBe(true);
    }
    expect(
      await changePassword(handle.db, null, { currentPassword: original, newPassword: "mat-khau-moi-456", confirmPassword: "mat-khau-moi-456" }),
    ).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
