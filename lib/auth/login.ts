// Checking a log-in: the password, the account's state, and the rate limit on failures.
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginFailures, users, type User } from "@/db/schema";
import { verifyPassword } from "./password";

export const loginLimits = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type LoginResult = { ok: true; user: User } | { ok: false; reason: "invalid" | "rate_limited" | "inactive" };

export const loginMessages = {
  invalid: "Email hoặc mật khẩu không đúng.",
  inactive: "Tài khoản của bạn đã bị khóa. Vui lòng liên hệ quản trị tòa soạn.",
  rate_limited: `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${loginLimits.windowMinutes} phút.`,
} as const;

export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

export async function checkLogin(db: Database, input: { email: string; password: string; address: string }): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const since = sql`now() - make_interval(mins => ${loginLimits.windowMinutes})`;
  const [byAccount, byAddress] = await Promise.all([
    db.select({ n: count() }).from(loginFailures).where(and(eq(loginFailures.email, email), gt(loginFailures.at, since))),
    db.select({ n: count() }).from(loginFailures).where(and(eq(loginFailures.address, input.address), gt(loginFailures.at, since))),
  ]);
  if ((byAccount[0]?.n ?? 0) >= loginLimits.perAccount || (byAddress[0]?.n ?? 0) >= loginLimits.perAddress) {
    return { ok: false, reason: "rate_limited" };
  }

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    await db.insert(loginFailures).values({ email, address: input.address });
    return { ok: false, reason: "invalid" };
  }
  // Only someone who knows the password learns that the account is locked.
  if (!user.active) return { ok: false, reason: "inactive" };
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
  return { ok: true, user };
}
