// The newsroom's search: any story by title, byline, writer, id or public address, within what the
// policy lets the person see — a reporter their own and credited stories in every state, the desk
// everything sent to it plus their own drafts (the same rule as "story.view").
import { and, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { type Database, appDatabase } from "@/db/client";
import { stories, storyAuthors } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { escapeLike, foldedSql } from "@/lib/text/fold-sql";
import { foldForSearch } from "@/lib/text/fold";
import { storyIdInPath } from "./address";
import { LIST_PAGE_SIZE, pageParam, storyRowQuery, type ListPage, type NewsroomStoryRow } from "./newsroom-queries";

export const newsroomSearchSchema = z.object({
  q: z.string().max(300).optional().catch(undefined),
  page: pageParam,
});
export type NewsroomSearch = z.output<typeof newsroomSearchSchema>;

/**
 * The story a query names by number: "123", "#123", a path "/thoi-su/abc-123" or a whole address
 * "https://baolangson.vn/thoi-su/abc-123?x#y" (whatever the host: an old copy, a staging site).
 */
export function storyIdInQuery(q: string): number | null {
  const text = q.trim();
  const bare = /^#?(\d{1,9})$/.exec(text);
  if (bare) return Number(bare[1]);
  if (!text.includes("/")) return null;
  let path = text;
  try {
    path = new URL(text, "http://x").pathname;
  } catch {
    return null;
  }
  return storyIdInPath(decodeURIComponent(path).replace(/\/+$/, ""));
}

/** What the actor may see: the policy's "story.view" said as a query filter. */
function visibleTo(db: Database, actor: Actor): SQL {
  const credited = db.select({ id: storyAuthors.storyId }).from(storyAuthors).where(eq(storyAuthors.userId, actor.id));
  const own = or(eq(stories.createdById, actor.id), inArray(stories.id, credited))!;
  if (can(actor, "queue.view")) return or(own, ne(stories.status, "draft"))!;
  return own;
}

/** One page of the stories matching the query that the actor may see, newest change first; an empty query finds nothing. */
export async function searchNewsroom(db: Database, actor: Actor, search: NewsroomSearch, pageSize = LIST_PAGE_SIZE): Promise<ListPage<NewsroomStoryRow>> {
  // Admins have no editorial power: no story is theirs to see.
  if (!can(actor, "story.create")) throw new PermissionDeniedError();
  const q = search.q?.trim() ?? "";
  const page = search.page;
  const id = storyIdInQuery(q);
  const words = foldForSearch(q).split(" ").filter(Boolean).slice(0, 8);
  if (id === null && words.length === 0) return { rows: [], total: 0, page: 1, pageSize, pageCount: 1 };

  // Title, byline (pen names) and the writer's account name.
  const haystack = foldedSql(
    sql`concat_ws(' ', ${stories.title}, array_to_string(${stories.byline}, ' '), (select name from users where users.id = ${stories.createdById}))`,
  );
  const byWords = words.length ? and(...words.map((w) => sql`${haystack} like ${`%${escapeLike(w)}%`}`)) : undefined;
  const matches = id !== null ? (byWords && !q.includes("/") ? or(eq(stories.id, id), byWords)! : eq(stories.id, id)) : byWords!;
  const where = and(visibleTo(db, actor), matches);
  const [rows, [counted]] = await Promise.all([
    storyRowQuery(db)
      .where(where)
      // The story named by its number first, then the newest change.
      .orderBy(id !== null ? desc(sql`${stories.id} = ${id}`) : desc(stories.updatedAt), desc(stories.updatedAt), desc(stories.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(stories).where(where),
  ]);
  const total = counted?.n ?? 0;
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** For pages: the signed-in person's search. */
export async function getNewsroomSearch(actor: Actor, search: NewsroomSearch): Promise<ListPage<NewsroomStoryRow>> {
  return searchNewsroom(await appDatabase(), actor, search);
}
