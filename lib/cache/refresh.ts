// The one place that refreshes what a change makes stale: Next's cached pages and data (by path
// and tag) and the server's own caches in front of them (reading pages, search answers). Every
// action and the publication worker's loopback route call these, never revalidatePath by hand.
import { revalidatePath, revalidateTag } from "next/cache";
import { holdReplicasForChange } from "@/db/replicas";
import { forgetPages } from "./page-cache";
import { homeCachePath, listingRoutes } from "./paths";
import { forgetSearches } from "./search-cache";
import { publicStoriesTag, siteStructureTag } from "./tags";

/**
 * The caches in front of Next: every page, or, given the paths a change touched, those
 * stories' pages and every listing (see forgetPages); and every search answer. Readers read the
 * primary until the replicas have the change, so nothing is re-rendered from before it.
 */
function forgetPublicAnswers(paths?: readonly string[]): void {
  holdReplicasForChange();
  forgetPages(paths);
  forgetSearches();
}

/** A newsroom screen (and, with "layout", every screen under it) after a change made there. */
export function refreshNewsroom(path = "/toa-soan", scope: "page" | "layout" = "page"): void {
  revalidatePath(path, scope);
}

/** The paper's name, settings or sections changed: every public page, feed and sitemap. */
export function refreshSite(): void {
  revalidatePath("/", "layout");
  revalidateTag(siteStructureTag, { expire: 0 });
  revalidateTag(publicStoriesTag, { expire: 0 });
  forgetPublicAnswers();
}

/** The home lineup changed: the home page at once. */
export function refreshHome(): void {
  revalidatePath("/");
  revalidatePath(homeCachePath);
  forgetPublicAnswers(["/"]);
  revalidatePath("/toa-soan/trang-chu");
}

/**
 * Stories were published, corrected or taken down: their pages (lib/cache/paths.ts
 * affectedPaths), the listings and the given tags. The publication worker calls it for each
 * event, through the server's loopback route since Next refreshes only inside a request.
 */
export function refreshStories({ paths, tags }: { paths: readonly string[]; tags: readonly string[] }): void {
  for (const path of paths) revalidatePath(path);
  if (paths.length) for (const route of listingRoutes) revalidatePath(route, "page");
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  forgetPublicAnswers(paths.length ? paths : undefined);
}
