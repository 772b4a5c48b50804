// Limits per client address on what anyone may ask without an account: counting a view, searching,
// and trying a one-time password link (each try costs a password hash). In this process's memory
// (rate-limiter-flexible), so several instances each allow as much; the account limits of log-in
// and Đổi mật khẩu are in the database (lib/auth/login.ts, lib/profile/commands.ts).
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { processState } from "@/lib/server/process-state";

// An office or a school behind one address reads and searches much more than one person does.
export const rateLimits = {
  view: { points: 300, duration: 60 },
  search: { points: 120, duration: 60 },
  passwordLink: { points: 20, duration: 15 * 60 },
} as const;
export type RateLimited = keyof typeof rateLimits;

const limiters = () =>
  processState(
    "rate-limits",
    () => Object.fromEntries(Object.entries(rateLimits).map(([kind, limit]) => [kind, new RateLimiterMemory(limit)])) as Record<RateLimited, RateLimiterMemory>,
  );

// The machine itself is never limited: a reverse proxy on it not yet named in TRUSTED_PROXIES
// would otherwise put every reader behind one address and one allowance (and the benchmark, too,
// asks from here). Without the production server in front the address is "unknown" (next dev).
const unlimited = (address: string) => address === "unknown" || address === "::1" || address.startsWith("127.");

/** Counts one request of `kind` from `address`; the seconds to wait when over the limit, else null. */
export async function overLimit(kind: RateLimited, address: string): Promise<number | null> {
  if (unlimited(address)) return null;
  try {
    await limiters()[kind].consume(address);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}

/** The answer of a route over its limit. */
export function tooManyRequests(retryAfter: number, message: string): Response {
  return Response.json({ error: message }, { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } });
}
