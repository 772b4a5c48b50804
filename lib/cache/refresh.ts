// The one place that refreshes what a change makes stale: Next's cached pages and data (by path
// and tag) and the server's own caches in front of them (reading pages, search answers), in this
// process and, through the bus (lib/cache/bus.ts), in every other instance, and the nginx front. Every action and the
// publication worker's loopback route call these, never revalidatePath by hand.
import { revalidatePath, revalidateTag } from "next/cache";
import { holdReplicasForChange } from "@/db/replicas";
import { announce, type Forget } from "./bus";
import { purgeFront } from "./front-purge";
import { forgetPages } from "./page-cache";
import { homeCachePath, listingRoutes } from "./paths";
import { forgetSearches } from "./search-cache";
import { publicStoriesTag, siteStructureTag } from "./tags";

/** A newsroom screen (and, with "layout", every screen under it) after a change made there. */
export function refreshNewsroom(path = "/toa-soan", scope: "page" | "layout" = "page"): void {
  revalidatePath(path, scope);
}

/**
 * Applies a forget in this process (inside a request: Next refreshes nowhere else).
 * site: the paper's name, settings or sections — every public page, feed and sitemap.
 * home: the home lineup — the home page.
 * stories: stories published, corrected or taken down — their pages (lib/cache/paths.ts
 * affectedPaths), the listings and the given tags; the pages in front of Next: those stories'
 * and every listing (see forgetPages); and every search answer. Readers read the primary until
 * the replicas have the change, so nothing is re-rendered from before it.
 */
export function forgetHere(forget: Forget): void {
  holdReplicasForChange();
  switch (forget.kind) {
    case "site":
      revalidatePath("/", "layout");
      revalidateTag(siteStructureTag, { expire: 0 });
      revalidateTag(publicStoriesTag, { expire: 0 });
      forgetPages();
      break;
    case "home":
      revalidatePath("/");
      revalidatePath(homeCachePath);
      revalidatePath("/toa-soan/trang-chu");
      forgetPages(["/"]);
      break;
    case "stories":
      for (const path of forget.paths) revalidatePath(path);
      if (forget.paths.length) for (const route of listingRoutes) revalidatePath(route, "page");
      for (const tag of forget.tags) revalidateTag(tag, { expire: 0 });
      forgetPages(forget.paths.length ? forget.paths : undefined);
      break;
  }
  forgetSearches();
  // Then the front (deploy/nginx): each instance after its own forget, so that nginx, which refills
  // from any instance, cannot keep a copy made before the last of them forgot.
  void purgeFront(forget.kind === "stories" && forget.paths.length ? forget.paths : undefined);
}

/** Here, then in every other instance. */
function forgetEverywhere(forget: Forget): void {
  forgetHere(forget);
  void announce({ forget });
}

export const refreshSite = (): void => forgetEverywhere({ kind: "site" });
export const refreshHome = (): void => forgetEverywhere({ kind: "home" });
