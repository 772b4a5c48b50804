/** Set by the production server (server/client-address.ts) on every request; any client's own value is replaced. */
export const clientAddressHeader = "x-toasoan-client-address";

/**
 * The client's address for rate limits and the audit trail: the socket's, or what a trusted proxy
 * says (TRUSTED_PROXIES). Client-sent headers such as X-Forwarded-For are never read here. Without
 * the production server in front (next dev) every request is "unknown".
 */
export function clientAddress(headers: Headers): string {
  return headers.get(clientAddressHeader) || "unknown";
}
