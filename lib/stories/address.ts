// A story's public address is /<section>/<slug>-<id> (or /<section>/<id>): the id alone finds it
// whatever the slug. A system segment (/the/…, /tac-gia/…) is never a section, so "/tac-gia/
// nguyen-van-an-2" is an author, not story 2. Light on imports: the proxy and the server use it.
import { isReservedSlug } from "@/lib/sections/reserved-slugs";

const storyAddress = /^\/([^/]+)\/(?:[^/]*-)?(\d{1,9})$/;

/** The story id a path addresses, or null when the path is not a story's address. */
export function storyIdInPath(pathname: string): number | null {
  const match = storyAddress.exec(pathname);
  return match && !isReservedSlug(match[1]!) ? Number(match[2]) : null;
}
