// Cross-site request forgery: a page of another site making the reader's browser send a change
// to us with their session cookie. Route handlers authenticated by cookie refuse it (route() in
// lib/actions/route.ts); server actions get the same check from Next itself.
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A request that changes something, sent by a page of another site with our session cookie
 * (cross-site request forgery). Browsers say where a request comes from (Sec-Fetch-Site, or at
 * least Origin); a client that sends neither is not a browser acting for someone else.
 */
export function isCrossSite(request: Request): boolean {
  if (safeMethods.has(request.method)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  return !URL.canParse(origin) || new URL(origin).host !== request.headers.get("host");
}
