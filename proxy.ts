// Two jobs before a request reaches the app, neither of them a guard (every page and action asks
// the policy): a signed-out visitor of the newsroom is sent to the log-in page, and the address of
// a taken-down story answers 410 Gone from memory, with no database read on the reading path.
import { NextResponse, type NextRequest } from "next/server";
import { isTakenDown } from "@/lib/publishing/taken-down";

const storyAddress = /^\/[^/]+\/(?:[^/]*-)?(\d{1,9})$/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/toa-soan")) {
    const id = storyAddress.exec(pathname)?.[1];
    if (id && isTakenDown(Number(id))) {
      const url = request.nextUrl.clone();
      url.pathname = "/bai-da-go";
      url.search = "";
      return NextResponse.rewrite(url, { status: 410 });
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

export const config = { matcher: ["/toa-soan", "/toa-soan/:path*", "/:section/:story"] };
