// Checking a log-in: the password, the account's state, and the rate limit on failures.
import { and, count, eq, gt, max, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginFailures, users, type User } from "@/db/schema";
import { loadSettings } from "@/lib/settings/settings";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { text } from "@/lib/i18n/phrase";
import { verifyPassword } from "./password";
import { checkSecondFactor, requiresTwoFactor, twoFactorState } from "./two-factor";

export const loginLimits = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type LoginResult =
  | { ok: true; user: User; mustEnrol: boolean }
  | { ok: false; reason: "invalid" | "rate_limited" | "inactive" | "second_factor" | "second_factor_wrong" }
  | { ok: false; reason: "slowed"; retryAfterSeconds: number };

const loginKeys = {
  invalid: "refusals.login.invalid",
  inactive: "refusals.login.inactive",
  rate_limited: "refusals.login.rateLimited",
  slowed: "refusals.login.slowed",
  second_factor: "refusals.login.secondFactor",
  second_factor_wrong: "refusals.login.secondFactorWrong",
} as const;

export type LoginRefusal = keyof typeof loginKeys;

/** Why a log-in was refused, in a language. */
export function loginMessage(reason: LoginRefusal, locale: Locale = defaultLocale): string {
  return text(locale, loginKeys[reason], { minutes: loginLimits.windowMinutes });
}

/** In Vietnamese; loginMessage(reason, locale) speaks the visitor's language. */
export const loginMessages: Record<LoginRefusal, string> = {
  invalid: loginMessage("invalid"),
  inactive: loginMessage("inactive"),
  rate_limited: loginMessage("rate_limited"),
  slowed: loginMessage("slowed"),
  second_factor: loginMessage("second_factor"),
  second_factor_wrong: loginMessage("second_factor_wrong"),
};

export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

export async function checkLogin(db: Database, input: { email: string; password: string; address: string; code?: string }): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const since = sql`now() - make_interval(mins => ${loginLimits.windowMinutes})`;
  // One attempt at a time per account: the failures are counted, the password checked and a
  // failure recorded under one lock, so a burst cannot slip more guesses past the count.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:${email}`}))`);
    const [pair, address, account] = await Promise.all([
      tx
        .select({ n: count() })
        .from(loginFailures)
        .where(and(eq(loginFailures.email, email), eq(loginFailures.address, input.address), gt(loginFailures.at, since))),
      tx
        .select({ n: count() })
        .from(loginFailures)
        .where(and(eq(loginFailures.address, input.address), gt(loginFailures.at, since))),
      tx
        .select({ n: count(), last: max(loginFailures.at) })
        .from(loginFailures)
        .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since))),
    ]);
    // Per account and address: someone else's guesses never lock the owner out from their own desk.
    if ((pair[0]?.n ?? 0) >= loginLimits.perAccount || (address[0]?.n ?? 0) >= loginLimits.perAddress) return { ok: false, reason: "rate_limited" } as const;
    // Account-wide, guesses from many addresses only slow down: a growing pause between checks.
    const pause = accountPauseSeconds(account[0]?.n ?? 0);
    const last = account[0]?.last;
    if (pause > 0 && last) {
      const waited = (Date.now() - new Date(last).getTime()) / 1000;
      if (waited < pause) return { ok: false, reason: "slowed", retryAfterSeconds: Math.ceil(pause - waited) } as const;
    }

    const [user] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email))
      .limit(1);
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk) {
      await tx.insert(loginFailures).values({ email, address: input.address });
      return { ok: false, reason: "invalid" } as const;
    }
    // Only someone who knows the password learns that the account is locked.
    if (!user.active) return { ok: false, reason: "inactive" } as const;
    // The second factor, under the same lock and limits: a wrong code counts as a failure.
    const factor = await twoFactorState(tx, user.id);
    if (factor === "on") {
      if (!input.code?.trim()) return { ok: false, reason: "second_factor" } as const;
      if (!(await checkSecondFactor(tx, user.id, input.code, input.address))) {
        await tx.insert(loginFailures).values({ email, address: input.address });
        return { ok: false, reason: "second_factor_wrong" } as const;
      }
    }
    await tx.delete(loginFailures).where(eq(loginFailures.email, email));
    const mustEnrol = factor !== "on" && requiresTwoFactor((await loadSettings(tx)).requireTwoFactor, user.role);
    return { ok: true, user, mustEnrol } as const;
  });
}

/** Seconds between two password checks of an account that many failed recently: 0, then 2, 4, 8 … at most 60. */
export function accountPauseSeconds(failures: number): number {
  return failures < loginLimits.perAccount ? 0 : Math.min(60, 2 ** (failures - loginLimits.perAccount + 1));
}
