import { siteOrigin } from "@/lib/feeds/origin";

// The feeds' rule (SITE_URL, then the "Tên miền" setting, then the request), minus the request: a
// reading page is cached (ISR) and reading its headers would render it for every request. Standing
// in for the request, this placeholder comes back only when neither of the others names the site.
const noRequest = "http://request.invalid";

/** The paper's public origin for a cached page, or null when only a request could tell (a fresh install, the demo). */
export function publicOrigin(domain: string, siteUrl: string | undefined = process.env.SITE_URL): string | null {
  const origin = siteOrigin({ siteUrl, domain, requestUrl: noRequest });
  return origin === noRequest ? null : origin;
}
