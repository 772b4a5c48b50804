// The origin absolute URLs in feeds and sitemaps start with. Feeds are read by machines far from
// the request, so the address must be the paper's public one:
//   1. env SITE_URL (scheme, host and port, e.g. https://baobiencuong.vn): the operator's word,
//      so a staging copy with production data never advertises the production site;
//   2. the "Tên miền" setting, served over https, unless it is still the local default;
//   3. the origin the request came to (development, benchmarks, a fresh install): its Host (or
//      X-Forwarded-Host behind a proxy) header, since Next.js's request.url names the address the
//      server listens on, not the one the reader typed. Only echoed back to that same request.

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

const hostHeader = /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

/** The origin a request was addressed to, from its headers; request.url's when they are unusable. */
export function requestOrigin(request: { url: string; headers: Headers }): string {
  const url = new URL(request.url);
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0]!.trim();
  const proto = (request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "")).split(",")[0]!.trim();
  if (!hostHeader.test(host) || (proto !== "http" && proto !== "https")) return url.origin;
  return `${proto}://${host.toLowerCase()}`;
}

export function siteOrigin({ siteUrl, domain, requestUrl }: { siteUrl?: string | undefined; domain?: string | undefined; requestUrl: string }): string {
  if (siteUrl && URL.canParse(siteUrl)) {
    const url = new URL(siteUrl);
    if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
  }
  const host = domain?.trim().toLowerCase();
  if (host && !localHosts.has(host.replace(/:\d+$/, "")) && URL.canParse(`https://${host}`)) return new URL(`https://${host}`).origin;
  return new URL(requestUrl).origin;
}
