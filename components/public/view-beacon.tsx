import { viewBeaconScript } from "@/lib/reading/view-beacon-script";

/**
 * Counts one view of the story for "most read": a few bytes of inline script, the story page's
 * only one (the server strips Next's client runtime from the reading pages it keeps, and keeps
 * scripts marked data-keep). sendBeacon does not hold up the page and survives the reader leaving
 * it. The script is the same on every page (allowed by its hash); the story is an attribute.
 */
export function ViewBeacon({ storyId }: { storyId: number }) {
  return <script data-keep="" data-story={Math.trunc(storyId)} dangerouslySetInnerHTML={{ __html: viewBeaconScript }} />;
}
