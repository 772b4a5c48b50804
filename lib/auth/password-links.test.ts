import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, loginFailures, passwordTokens, users } from "@/db/schema";
import { checkLogin } from "./login";
import {
  findPasswordLink,
  hashPasswordToken,
  invalidPasswordLinkMessage,
  issuePasswordLink,
  linkOrigin,
  newPasswordToken,
  passwordLinkUrl,
  setPasswordWithLink,
} from "./password-links";

let handle: DatabaseHandle;
let tamId: number;
let adminId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  ({ id: tamId } = await makePerson(handle.db, "reporter", { email: "tam@toasoan.test", name: "Đỗ Minh Tâm" }));
  ({ id: adminId } = await makePerson(handle.db, "admin"));
});
afterAll(async () => handle?.close());

const issue = (purpose: "invite" | "reset", now = new Date()) =>
  handle.db.transaction((tx) => issuePasswordLink(tx, { userId: tamId, purpose, createdById: adminId, now }));

describe("tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256", () => {
    const { token, tokenHash } = newPasswordToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(newPasswordToken().token).not.toBe(token);
  });

  it("make an absolute link on the host the admin used", () => {
    expect(passwordLinkUrl(linkOrigin(new Headers({ host: "localhost:3000" })), "abc")).toBe("http://localhost:3000/dat-mat-khau/abc");
    const proxied = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "baolangson.vn", "x-forwarded-proto": "https" });
    expect(passwordLinkUrl(linkOrigin(proxied), "abc")).toBe("https://baolangson.vn/dat-mat-khau/abc");
    expect(linkOrigin(new Headers({ host: "toasoan.local", "x-forwarded-proto": "https, http" }))).toBe("https://toasoan.local");
  });
});

describe("issuing and using a link", () => {
  it("lasts 7 days for an invitation and 24 hours for a reset", async () => {
    const now = new Date("2026-07-01T01:00:00Z");
    const invite = await issue("invite", now);
    expect(invite.expiresAt.toISOString()).toBe("2026-07-08T01:00:00.000Z");
    const reset = await issue("reset", now);
    expect(reset.expiresAt.toISOString()).toBe("2026-07-02T01:00:00.000Z");
    const [stored] = await handle.db.select().from(passwordTokens).where(eq(passwordTokens.id, reset.tokenId));
    expect(stored).toMatchObject({ tokenHash: hashPasswordToken(reset.token), purpose: "reset", createdById: adminId, usedAt: null });
    // The reset retired the invitation issued just before it.
    expect(await findPasswordLink(handle.db, invite.token, now)).toBeNull();
    expect(await findPasswordLink(handle.db, reset.token, now)).toMatchObject({ userId: tamId, name: "Đỗ Minh Tâm", purpose: "reset" });
    expect(await findPasswordLink(handle.db, reset.token, new Date("2026-07-02T01:00:00Z"))).toBeNull();
  });

  it("tells an unknown or malformed token apart from nothing: one answer for all", async () => {
    expect(await findPasswordLink(handle.db, newPasswordToken().token)).toBeNull();
    expect(await findPasswordLink(handle.db, "../../etc/passwd")).toBeNull();
    const unknown = await setPasswordWithLink(handle.db, { token: newPasswordToken().token, password: "mot-mat-khau-dai", confirm: "mot-mat-khau-dai" });
    expect(unknown).toEqual({ ok: false, code: "invalid_link", error: invalidPasswordLinkMessage });
    expect(await setPasswordWithLink(handle.db, { token: "ngắn", password: "mot-mat-khau-dai", confirm: "mot-mat-khau-dai" })).toMatchObject({
      code: "invalid_link",
    });
  });

  it("asks for at least 10 characters, typed the same twice, and keeps the link usable meanwhile", async () => {
    const { token } = await issue("invite");
    expect(await setPasswordWithLink(handle.db, { token, password: "ngan-qua", confirm: "ngan-qua" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { password: "Mật khẩu phải có ít nhất 10 ký tự." },
    });
    expect(await setPasswordWithLink(handle.db, { token, password: "mat-khau-du-dai", confirm: "mat-khau-khac-di" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { confirm: "Hai mật khẩu không khớp. Vui lòng nhập lại." },
    });
    expect(await findPasswordLink(handle.db, token)).not.toBeNull();
  });

  it("sets an argon2id password, forgives earlier failed log-ins, records who and from where, and works once", async () => {
    const { token, tokenId } = await issue("invite");
    await handle.db.insert(loginFailures).values({ email: "tam@toasoan.test", address: "10.0.0.9" });
    const now = new Date();

    const result = await setPasswordWithLink(handle.db, { token, password: "Mật khẩu có dấu 1", confirm: "Mật khẩu có dấu 1" }, { now, address: "10.0.0.9" });

    expect(result).toEqual({ ok: true, data: { userId: tamId, email: "tam@toasoan.test" } });
    const [user] = await handle.db.select().from(users).where(eq(users.id, tamId));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await handle.db.select().from(loginFailures).where(eq(loginFailures.email, "tam@toasoan.test"))).toEqual([]);
    const [used] = await handle.db.select().from(passwordTokens).where(eq(passwordTokens.id, tokenId));
    expect(used!.usedAt?.getTime()).toBe(now.getTime());
    const [audit] = await handle.db.select().from(auditLog).where(eq(auditLog.action, "user.password_set"));
    expect(audit).toMatchObject({ actorId: tamId, entityType: "user", entityId: String(tamId), address: "10.0.0.9", data: { purpose: "invite", tokenId } });
    const login = await checkLogin(handle.db, { email: "tam@toasoan.test", password: "Mật khẩu có dấu 1", address: "10.0.0.9" });
    expect(login.ok).toBe(true);

    expect(await findPasswordLink(handle.db, token)).toBeNull();
    expect(await setPasswordWithLink(handle.db, { token, password: "mat-khau-lan-hai", confirm: "mat-khau-lan-hai" })).toMatchObject({
      ok: false,
      code: "invalid_link",
    });
  });

  it("gives two tabs submitting one link at once one success and one refusal", async () => {
    const { token } = await issue("reset");
    const results = await Promise.all(
      ["mat-khau-tab-mot", "mat-khau-tab-hai"].map((password) => setPasswordWithLink(handle.db, { token, password, confirm: password })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: "invalid_link" }]);
  });

  it("refuses the link of a locked account", async () => {
    const { token } = await issue("reset");
    await handle.db.update(users).set({ active: false }).where(eq(users.id, tamId));
    expect(await findPasswordLink(handle.db, token)).toBeNull();
    expect(await setPasswordWithLink(handle.db, { token, password: "mat-khau-khi-bi-khoa", confirm: "mat-khau-khi-bi-khoa" })).toMatchObject({
      ok: false,
      code: "invalid_link",
    });
    await handle.db.update(users).set({ active: true }).where(eq(users.id, tamId));
    // The refusal rolled back: the link was not used up by it.
    expect(await findPasswordLink(handle.db, token)).not.toBeNull();
  });
});
