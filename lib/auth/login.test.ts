import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { loginFailures, users } from "@/db/schema";
import { checkLogin, loginLimits } from "./login";
import { hashPassword } from "./password";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
  const passwordHash = await hashPassword("đúng-mật-khẩu");
  await makePerson(handle.db, "reporter", { email: "Ha.Nguyen@Toasoan.test", name: "Nguyễn Thu Hà", passwordHash });
  await makePerson(handle.db, "editor", { email: "khoa@toasoan.test", passwordHash, active: false });
  await makePerson(handle.db, "reporter", { email: "moi@toasoan.test" }); // no password yet
});
afterAll(async () => handle?.close());

const attempt = (email: string, password: string, address = "10.0.0.1") => checkLogin(handle.db, { email, password, address });

describe("log-in", () => {
  it("accepts the right password whatever the e-mail's case and surrounding spaces", async () => {
    const result = await attempt("  ha.nguyen@toasoan.TEST ", "đúng-mật-khẩu");
    expect(result.ok && result.user.name).toBe("Nguyễn Thu Hà");
  });

  it("refuses a wrong password or an unknown account with the same answer", async () => {
    expect(await attempt("ha.nguyen@toasoan.test", "sai")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("khongco@toasoan.test", "đúng-mật-khẩu")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an account without a password yet, whatever is typed", async () => {
    expect(await attempt("moi@toasoan.test", "not-a-real-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("moi@toasoan.test", "")).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells a locked account it is locked only when the password is right", async () => {
    expect(await attempt("khoa@toasoan.test", "đúng-mật-khẩu")).toEqual({ ok: false, reason: "inactive" });
    expect(await attempt("khoa@toasoan.test", "sai")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks out guesses from one address at one account, and only slows guesses from many (the owner is never locked out)", async () => {
    await handle.db.delete(loginFailures).where(eq(loginFailures.email, "ha.nguyen@toasoan.test"));
    for (let i = 0; i < loginLimits.perAccount; i++) await attempt("ha.nguyen@toasoan.test", `sai-${i}`, "10.1.0.1");
    // That address is shut out of that account, even with the right password…
    expect(await attempt("ha.nguyen@toasoan.test", "đúng-mật-khẩu", "10.1.0.1")).toEqual({ ok: false, reason: "rate_limited" });
    // …while the owner elsewhere is only asked to wait a moment between tries, and then gets in.
    const slowed = await attempt("ha.nguyen@toasoan.test", "đúng-mật-khẩu", "10.9.9.9");
    expect(slowed).toMatchObject({ ok: false, reason: "slowed" });
    const wait = slowed.ok || slowed.reason !== "slowed" ? 0 : slowed.retryAfterSeconds;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    await handle.db
      .update(loginFailures)
      .set({ at: new Date(Date.now() - 61_000) })
      .where(eq(loginFailures.email, "ha.nguyen@toasoan.test"));
    expect((await attempt("ha.nguyen@toasoan.test", "đúng-mật-khẩu", "10.9.9.9")).ok).toBe(true);
    // Another account is not affected.
    await handle.db.update(users).set({ active: true }).where(eq(users.email, "khoa@toasoan.test"));
    expect((await attempt("khoa@toasoan.test", "đúng-mật-khẩu", "10.1.0.1")).ok).toBe(true);
  });

  it("checks no more passwords than the limit when 40 wrong ones arrive at once", async () => {
    await handle.db.delete(loginFailures).where(eq(loginFailures.email, "ha.nguyen@toasoan.test"));
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt("ha.nguyen@toasoan.test", `sai-burst-${i}`, "10.5.5.5")));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(loginLimits.perAccount);
    const recorded = await handle.db.select().from(loginFailures).where(eq(loginFailures.email, "ha.nguyen@toasoan.test"));
    expect(recorded).toHaveLength(checked);
    await handle.db.delete(loginFailures).where(eq(loginFailures.email, "ha.nguyen@toasoan.test"));
  });

  it("slows one address trying many accounts", async () => {
    for (let i = 0; i < loginLimits.perAddress; i++) await attempt(`doan${i}@toasoan.test`, "sai", "10.2.2.2");
    const [other] = await handle.db.select().from(users).where(eq(users.email, "khoa@toasoan.test"));
    expect(other).toBeDefined();
    expect(await attempt("khoa@toasoan.test", "đúng-mật-khẩu", "10.2.2.2")).toEqual({ ok: false, reason: "rate_limited" });
    expect((await attempt("khoa@toasoan.test", "đúng-mật-khẩu", "10.3.3.3")).ok).toBe(true);
  });

  it("forgets earlier failures after a successful log-in", async () => {
    await attempt("khoa@toasoan.test", "sai", "10.4.4.4");
    expect((await attempt("khoa@toasoan.test", "đúng-mật-khẩu", "10.4.4.4")).ok).toBe(true);
    const left = await handle.db.select().from(loginFailures).where(eq(loginFailures.email, "khoa@toasoan.test"));
    expect(left).toHaveLength(0);
  });
});
