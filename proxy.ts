// A convenience redirect for signed-out visitors of the newsroom; not the guard (every page and
// action asks the policy). Server-action POSTs pass through: the action itself answers.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  if (request.method !== "GET" || request.headers.has("next-action")) return NextResponse.next();
  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith("authjs.session-token"));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/dang-nhap";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/toa-soan", "/toa-soan/:path*"] };
