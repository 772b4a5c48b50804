// Two caches stand in front of what readers see besides Next's own: whole reading pages
// (lib/reading/page-cache.ts) and search answers (lib/search/cache.ts). Whatever revalidates
// public pages forgets them as well, through this one call.
import { forgetPages } from "@/lib/reading/page-cache";
import { forgetSearches } from "@/lib/search/cache";

/** Given the paths a change touched, pages of other stories are kept (see forgetPages). */
export function forgetPublicAnswers(paths?: readonly string[]): void {
  forgetPages(paths);
  forgetSearches();
}
