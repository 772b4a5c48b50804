// A story's public address is /<section>/<slug>-<id> (or /<section>/<id>): the id alone finds it
// whatever the slug. A system segment (/the/…, /tac-gia/…) is never a section, so "/tac-gia/
// nguyen-van-an-2" is an author, not story 2. Light on imports: the proxy and the server use it.
import { isReservedSlug } from "@/lib/sections/reserved-slugs";

const storySegment = /(?:^|-)(\d{1,9})$/;

/** The story id in the last segment of its address ("<slug>-<id>" or "<id>"), or null. */
export function storyIdInSegment(segment: string): number | null {
  const match = storySegment.exec(segment);
  return match ? Number(match[1]) : null;
}

/** The story id a path addresses, or null when the path is not a story's address. */
export function storyIdInPath(pathname: string): number | null {
  const [, section, story, ...rest] = pathname.split("/");
  if (!section || !story || rest.length > 0 || isReservedSlug(section)) return null;
  return storyIdInSegment(story);
}
