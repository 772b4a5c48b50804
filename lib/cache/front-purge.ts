// Tells the nginx fronts (deploy/nginx, FRONT_PURGE_URL) to forget reading pages, after this
// instance has forgotten its own: nginx refills a page from an instance, so it must ask after the
// instance's copy is gone. With several instances each one purges after its own forget, so the
// last purge follows every forget and no refill can bring an old copy back.
//
// What is purged: Debian's purge module (libnginx-mod-http-cache-purge 2.3) forgets one exact key
// per request — no wildcard, no "everything". So the pages a change names (a story's addresses,
// its section, tag and author pages, lib/cache/paths.ts affectedPaths) and the sitewide pages
// (home, feeds, sitemaps, corrections) go at once; everything else nginx holds — later pages of
// listings, other stories' pages with their "latest" lists, and the whole site when no paths are
// given — is refreshed within the front's page lifetime (1 s, deploy/nginx/toasoan.conf), which
// costs one request a second per page being read, answered from the instance's own cache.
import { env } from "@/lib/env";
import { sitewidePaths } from "./paths";

/** Per request to a front: a purge is an in-memory lookup there, so a slower answer means trouble. */
const TIMEOUT_MS = 2_000;

/**
 * Asks every front to forget the given pages (and the sitewide ones), or the sitewide ones alone
 * when none are given (the rest then expire on their own, see above). Never throws: a front that
 * is down or refuses is logged, and the change carries on.
 */
export async function purgeFront(paths?: readonly string[]): Promise<void> {
  try {
    const fronts = env().FRONT_PURGE_URL;
    if (fronts.length === 0) return;
    const keys = [...new Set([...(paths ?? []), ...sitewidePaths])].filter((key) => key.startsWith("/") && !key.startsWith("//"));
    await Promise.all(fronts.map((front) => purgeAt(front, keys)));
  } catch (error) {
    console.error("purgeFront:", error);
  }
}

async function purgeAt(front: string, keys: readonly string[]): Promise<void> {
  const failures: string[] = [];
  await Promise.all(
    keys.map(async (key) => {
      try {
        const response = await fetch(`${front}${key}`, { method: "PURGE", redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
        await response.body?.cancel();
        // 200: forgotten; 404: it held no copy. 403 means this instance's address is not allowed there.
        if (response.status !== 200 && response.status !== 404) failures.push(`${key}: ${response.status}`);
      } catch (error) {
        failures.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  if (failures.length > 0) {
    console.warn(`purgeFront: ${front} did not forget ${failures.length} of ${keys.length} pages (${failures.slice(0, 3).join("; ")})`);
  }
}
