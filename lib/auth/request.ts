/**
 * The client's address as the log-in rate limiter sees it. Next.js fills x-forwarded-for with the
 * socket's address when no proxy did; behind one proxy, the last entry is the one that proxy saw
 * (earlier entries are whatever the client claimed, so they are not trusted).
 */
export function clientAddress(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean) ?? [];
  return hops.at(-1) || headers.get("x-real-ip") || "unknown";
}
