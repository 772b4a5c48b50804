// "The database cannot be reached right now" (stopped, restarting, the network to it down), told
// apart from every other error: what the caller tried may succeed unchanged a little later.
// Drizzle wraps the driver's error as its cause; postgres.js names its own connection failures.

// Class 08: connection exceptions; 57P01–57P03: shut down by an administrator, crashed, starting up.
const unavailableStates = /^(08[0-9A-Z]{3}|57P0[123])$/;
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (unavailableCodes.has(code) || unavailableStates.test(code))) return true;
  }
  return false;
}
