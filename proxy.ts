// Three jobs before a request reaches the app, none of them a guard (every page and action asks
// the policy): a signed-out visitor of the newsroom is sent to the log-in page, a newsroom page
// gets its Content-Security-Policy with a fresh nonce (Next reads it from the request and puts it
// on its scripts), and the address of a taken-down story answers 410 Gone from memory, with no
// database read on the reading path.
import { NextResponse, type NextRequest } from "next/server";
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

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isNewsroomPage(pathname) && !pathname.startsWith("/toa-soan")) return withNonce(request);
  if (!pathname.startsWith("/toa-soan")) {
    if (isTakenDownAddress(pathname)) {
      // A rewrite cannot carry its own status, so the notice page is fetched and re-sent as 410.
      const notice = await fetch(new URL("/bai-da-go", request.url), { headers: { accept: "text/html" } });
      return new NextResponse(notice.body, { status: 410, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
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

// Story addresses, the newsroom and its log-in pages only: never /api or /media, nor a server
// action's POST (the proxy holds a copy of the body it sees, capped at proxyClientMaxBodySize).
// (Written out in full: Next reads this config without running the module.)
export const config = {
  matcher: [
    { source: "/toa-soan", missing: [{ type: "header", key: "next-action" }] },
    { source: "/toa-soan/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/dang-nhap", missing: [{ type: "header", key: "next-action" }] },
    { source: "/dat-mat-khau/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/xac-thuc-hai-buoc", missing: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|media/|_next/|toa-soan/)[^/]+/[^/]+)", missing: [{ type: "header", key: "next-action" }] },
  ],
};
