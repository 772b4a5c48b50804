// Nhập từ văn bản must not make a second copy of a story the paper already has without saying so
// (issue 17, point 5). The same story is one the archive import stored with the same content
// (storyContentHash), or one with the same title dated the same day — or, not yet published, with
// the same title. Which of them the person may be shown is the policy's answer: a story they may
// not open is counted, never named.
import { and, eq, gte, inArray, isNull, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, storySources, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { readStory } from "@/lib/stories/loader";
import { vnDateToUtc } from "@/lib/text/dateline";
import type { ParsedStory } from "./parse-story";
import { storyContentHash } from "./publish-imported";

/** An existing story the person may open, for the warning's link. */
export type DuplicateStory = { id: number; title: string; status: StoryStatus };

export type Duplicates = { shown: DuplicateStory[]; hidden: number };

const DAY_MS = 86_400_000;

/** The start of the date line's day in Vietnam ("2022-07-04"), or null without one. */
function dayOf(date: string | null): Date | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? vnDateToUtc({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : null;
}
const most = 10;

export async function findDuplicates(db: Database, actor: Actor, parsed: ParsedStory): Promise<Duplicates> {
  const title = parsed.title.normalize("NFC").trim();
  const byHash = db
    .select({ id: storySources.storyId })
    .from(storySources)
    .where(eq(storySources.contentHash, storyContentHash(parsed)));
  const day = dayOf(parsed.date);
  const sameDay: SQL | undefined = day
    ? or(isNull(stories.publishedAt), and(gte(stories.publishedAt, day), lt(stories.publishedAt, new Date(day.getTime() + DAY_MS))))
    : undefined;
  const byTitle = title
    ? db
        .select({ id: stories.id })
        .from(stories)
        .where(and(eq(stories.title, title), sameDay))
        .limit(most)
    : null;
  const ids = [...new Set([...(await byHash).map((r) => r.id), ...(byTitle ? (await byTitle).map((r) => r.id) : [])])].slice(0, most);
  if (ids.length === 0) return { shown: [], hidden: 0 };
  const shown: DuplicateStory[] = [];
  let hidden = 0;
  const rows = await db.select({ id: stories.id }).from(stories).where(inArray(stories.id, ids)).orderBy(stories.id);
  for (const { id } of rows) {
    const story = await readStory(db, actor, id);
    if (story) shown.push({ id, title: story.title, status: story.status });
    else hidden += 1;
  }
  return { shown, hidden };
}
