// The paper's public address, the one rule for every absolute URL it gives out (feeds, sitemaps,
// canonical and sharing links, structured data, the printed story's address):
//   1. env SITE_URL (scheme, host and port, e.g. https://baobiencuong.vn): the operator's word,
//      so a staging copy with production data never advertises the production site;
//   2. the "Tên miền" setting, served over https, unless it is still a local default;
//   3. where only a request can tell (development, benchmarks, a fresh install): the origin that
//      request came to. Feeds ask it; a cached reading page cannot (reading its headers would
//      render it per request), so for it the answer is null, or the address this server listens
//      on (PORT and HOSTNAME: what a fresh install is opened with, e.g. http://localhost:3000).
import { env } from "@/lib/env";

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

/** Rules 1 and 2: the paper's public origin, or null when only a request could tell. */
export function publicOrigin(domain: string, siteUrl: string | undefined = env().SITE_URL): string | null {
  if (siteUrl && URL.canParse(siteUrl)) {
    const url = new URL(siteUrl);
    if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
  }
  const host = domain.trim().toLowerCase();
  if (host && !localHosts.has(host.replace(/:\d+$/, "")) && URL.canParse(`https://${host}`)) return new URL(`https://${host}`).origin;
  return null;
}

/** For an answer to a request (feeds, sitemaps, robots.txt): rule 3 when the others are silent. */
export function originForRequest(domain: string, request: { url: string; headers: Headers }): string {
  return publicOrigin(domain) ?? requestOrigin(request);
}

/**
 * For a cached page, where a request cannot be asked: the public origin, else this server's own
 * address over plain http, port included ("localhost" for a server listening on every interface).
 */
export function originForPage(domain: string, listen: { port: number; hostname: string } = { port: env().PORT, hostname: env().HOSTNAME }): string {
  const configured = publicOrigin(domain);
  if (configured) return configured;
  const host = domain.trim().toLowerCase();
  if (/:\d+$/.test(host)) return `http://${host}`; // a local address typed with its port
  const listening = ["0.0.0.0", "::", "[::]", ""].includes(listen.hostname) ? host || "localhost" : listen.hostname;
  const bracketed = listening.includes(":") && !listening.startsWith("[") ? `[${listening}]` : listening;
  return `http://${bracketed}:${listen.port}`;
}
