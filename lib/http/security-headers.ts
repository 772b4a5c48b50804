// The security headers of every answer. The production server (server/index.ts) sets them on
// each response; the newsroom's pages get their Content-Security-Policy from the proxy instead
// (proxy.ts), with a fresh nonce per request that Next puts on its own scripts. Reading pages are
// cached, so they cannot carry a nonce: as the server's page cache sends them they run no script
// of Next's (its runtime is stripped) and allow only the view beacon, by hash (readingPolicy).
// What Next answers itself on the public side (a 404 or 410, search, a preview) keeps Next's
// inline bootstrap, which Next 16 needs to show even a 404, so it allows inline scripts there
// (nextPagePolicy); React escapes every reader-supplied word those pages show.
import { viewBeaconSource } from "@/lib/reading/view-beacon-script";

const newsroomPages = /^\/(?:toa-soan|dang-nhap|dat-mat-khau|xac-thuc-hai-buoc)(?:[/?]|$)/;
const apiPaths = /^\/api(?:[/?]|$)/;

export const isNewsroomPage = (path: string) => newsroomPages.test(path);

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

// MEDIA_PUBLIC_URL (validated in lib/env.ts) puts the photos on another origin, a CDN or the
// bucket's own address, even a plain http:// one: pages may load pictures from there. Read from
// process.env here because proxy.ts builds the newsroom's policy too.
const mediaOrigin = (() => {
  try {
    return ` ${new URL(process.env.MEDIA_PUBLIC_URL ?? "").origin}`;
  } catch {
    return "";
  }
})();

// What every page may load: our own files, inline styles (Next and the editor set style
// attributes, which a nonce cannot allow), pictures from anywhere over https on reading pages.
const page = {
  "default-src": "'self'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": `'self' data: https:${mediaOrigin}`,
  "font-src": "'self' data:",
  "connect-src": "'self'",
  "frame-ancestors": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

/**
 * What a story's media need on reading pages: the players load our files (and MEDIA_PUBLIC_URL's),
 * and an embed, once the reader asks for it, is the frame of one of the three providers that
 * lib/stories/blocks.ts's parseEmbedUrl writes (YouTube without cookies, Facebook, TikTok).
 */
export const embedFrameOrigins = ["https://www.youtube-nocookie.com", "https://www.facebook.com", "https://www.tiktok.com"] as const;
const reading = { ...page, "media-src": `'self'${mediaOrigin}`, "frame-src": embedFrameOrigins.join(" ") };

/** Reading pages, feeds and media: the view beacon is the only script that is not a file of ours. */
export const readingPolicy = policy({ "script-src": `'self' ${viewBeaconSource}`, ...reading });

/** Public answers Next sends itself (not from the page cache): its inline bootstrap must run. */
export const nextPagePolicy = policy({ "script-src": "'self' 'unsafe-inline'", ...reading });

/** The newsroom's pages: Next's scripts by nonce, and never inside another site's frame. */
export function newsroomPolicy(nonce: string): string {
  return policy({
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'`,
    ...page,
    "img-src": `'self' data: blob:${mediaOrigin}`,
    "media-src": `'self' blob:${mediaOrigin}`,
    "frame-ancestors": "'none'",
  });
}

const apiPolicy = policy({ "default-src": "'none'", "frame-ancestors": "'none'" });

/** The headers the server sets on the answer to `path` (HSTS only when the site is served over https). */
export function securityHeaders(path: string, { https }: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (https) headers["Strict-Transport-Security"] = "max-age=15552000";
  if (isNewsroomPage(path)) headers["X-Frame-Options"] = "DENY";
  // The page cache replaces nextPagePolicy with readingPolicy on what it sends (server/index.ts).
  else headers["Content-Security-Policy"] = apiPaths.test(path) ? apiPolicy : nextPagePolicy;
  return headers;
}
