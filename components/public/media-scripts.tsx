import type { StoryBody } from "@/db/schema";
import type { PlayableMedia } from "@/lib/reading/media";
import { bodyNodes } from "@/lib/stories/blocks";

/** The static files a story page loads for its media, only when its body has such blocks. */
export function mediaScripts(body: StoryBody, media: Readonly<Record<number, PlayableMedia>>): { player: boolean; blocks: boolean } {
  let player = false;
  let blocks = false;
  for (const node of bodyNodes(body)) {
    if (node.type === "gallery" || node.type === "embed" || node.type === "infographic") blocks = true;
    if ((node.type === "video" || node.type === "audio") && typeof node.attrs?.mediaId === "number" && media[node.attrs.mediaId]?.status === "ready")
      player = true;
  }
  return { player, blocks };
}

/**
 * The scripts of a page with galleries, embeds, infographics or players: plain files of ours
 * (public/js/), deferred, marked data-keep so the server's page cache keeps them (it strips
 * Next's runtime from reading pages) and allowed by the reading pages' policy ('self'). A text
 * story gets neither.
 */
export function MediaScripts({ body, media }: { body: StoryBody; media: Readonly<Record<number, PlayableMedia>> }) {
  const { player, blocks } = mediaScripts(body, media);
  return (
    <>
      {blocks ? <script src="/js/story-media.js" defer data-keep="" /> : null}
      {player ? <script src="/js/player.js" defer data-keep="" /> : null}
    </>
  );
}
