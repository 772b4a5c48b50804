// Two jobs before a request reaches the app, neither of them a guard (every page and action asks
// the policy): a signed-out visitor of the newsroom is sent to the log-in page, and the address of
// a taken-down story answers 410 Gone from memory, with no database read on the reading path.
import { NextResponse, type NextRequest } from "next/server";
import { isTakenDownAddress } from "@/lib/publishing/taken-down";

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/toa-soan")) {
    if (isTakenDownAddress(pathname)) {
      // A rewrite cannot carry its own status, so the notice page is fetched and re-sent as 410.
      const notice = await fetch(new URL("/bai-da-go", request.url), { headers: { accept: "text/html" } });
      return new NextResponse(notice.body, { status: 410, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
    }
    return NextResponse.next();
  }
  // Server-action POSTs pass through: the action itself answers.
  if (request.method !== "GET" || request.headers.has("next-action")) return NextResponse.next();
  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith("authjs.session-token"));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/dang-nhap";
  url.search = `?callbackUrl=${encodeURIComponent(pathname)}`;
  return NextResponse.redirect(url);
}

// Story addresses only: never /api or /media (a proxy in front of an upload would cap its body).
export const config = { matcher: ["/toa-soan", "/toa-soan/:path*", "/((?!api/|media/|_next/|toa-soan/)[^/]+/[^/]+)"] };
