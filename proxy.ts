// Four jobs before a request reaches the app, none of them a guard (every page and action asks
// the policy): a signed-out visitor of the newsroom is sent to the log-in page, a newsroom page
// gets its Content-Security-Policy with a fresh nonce (Next reads it from the request and puts it
// on its scripts), the address of a taken-down story answers 410 Gone, and an imported story's
// address on the paper's old website answers 301 to its address here — both from memory, with no
// database read on the reading path.
import { NextResponse, type NextRequest } from "next/server";
import { oldAddressTarget } from "@/lib/archive/old-address-map";
import { isNewsroomPage, newsroomPolicy } from "@/lib/http/security-headers";
import { isTakenDownAddress } from "@/lib/publishing/taken-down";

/** The newsroom page as Next would answer it, under a nonce-based policy (production only: dev needs eval). */
function withNonce(request: NextRequest): NextResponse {
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = newsroomPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

/**
 * SITE_URL's origin when the operator set one (lib/seo/origin.ts, rule 1), else none: the request's
 * own, which Next then sends as a relative Location ("/thoi-su/abc-12"), right for the reader even
 * when the request came over the server's loopback to fill its page cache (server/index.ts).
 */
function siteOrigin(): string | null {
  const site = process.env.SITE_URL;
  if (!site || !URL.canParse(site)) return null;
  const url = new URL(site);
  return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isNewsroomPage(pathname) && !pathname.startsWith("/toa-soan")) return withNonce(request);
  if (!pathname.startsWith("/toa-soan")) {
    if (isTakenDownAddress(pathname)) {
      // A rewrite cannot carry its own status, so the notice page is fetched and re-sent as 410.
      const notice = await fetch(new URL("/bai-da-go", request.url), { headers: { accept: "text/html" } });
      return new NextResponse(notice.body, { status: 410, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
    }
    if (request.method === "GET" || request.method === "HEAD") {
      const target = oldAddressTarget(pathname, request.nextUrl.search);
      if (target) return NextResponse.redirect(new URL(target, siteOrigin() ?? request.url), 301);
    }
    return NextResponse.next();
  }
  // Other POSTs pass through: whatever answers them asks the policy itself.
  if (request.method !== "GET") return NextResponse.next();
  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith("authjs.session-token"));
  if (hasSession) return withNonce(request);
  const url = request.nextUrl.clone();
  url.pathname = "/dang-nhap";
  url.search = `?callbackUrl=${encodeURIComponent(pathname)}`;
  return NextResponse.redirect(url);
}

// The newsroom and its log-in pages, and every public path (story addresses, and the old site's
// addresses of any shape: "/123456.html", "/a/b/c.aspx", "/index.php?id=1", "/?p=1"): never /api,
// /_next, /media, nor a server action's POST (the proxy holds a copy of the body it sees, capped
// at proxyClientMaxBodySize). (Written out in full: Next reads this config without running the module.)
export const config = {
  matcher: [
    { source: "/toa-soan", missing: [{ type: "header", key: "next-action" }] },
    { source: "/toa-soan/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/dang-nhap", missing: [{ type: "header", key: "next-action" }] },
    { source: "/dat-mat-khau/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/xac-thuc-hai-buoc", missing: [{ type: "header", key: "next-action" }] },
    { source: "/", missing: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api(?:/|$)|media/|_next/|toa-soan(?:/|$)).+)", missing: [{ type: "header", key: "next-action" }] },
  ],
};
