// The origin absolute URLs in feeds and sitemaps start with. Feeds are read by machines far from
// the request, so the address must be the paper's public one:
//   1. env SITE_URL (scheme, host and port, e.g. https://baobiencuong.vn): the operator's word,
//      so a staging copy with production data never advertises the production site;
//   2. the "Tên miền" setting, served over https, unless it is still the local default;
//   3. the origin the request came to (development, benchmarks, a fresh install).

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function siteOrigin({ siteUrl, domain, requestUrl }: { siteUrl?: string | undefined; domain?: string | undefined; requestUrl: string }): string {
  if (siteUrl && URL.canParse(siteUrl)) {
    const url = new URL(siteUrl);
    if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
  }
  const host = domain?.trim().toLowerCase();
  if (host && !localHosts.has(host.replace(/:\d+$/, "")) && URL.canParse(`https://${host}`)) return new URL(`https://${host}`).origin;
  return new URL(requestUrl).origin;
}
