// Reads for the newsroom's screens. Each takes the actor first and asks the policy: the data layer
// never hands out what the screen would not be allowed to show.
import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { alias } from "drizzle-orm/pg-core";
import { type Database, appDatabase } from "@/db/client";
import { editorialNotes, sections, stories, storyAuthors, users, type StoryStatus } from "@/db/schema";
import { parseIsoDate, vnDayRange } from "@/lib/audit/time";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { escapeLike, foldedSql } from "@/lib/text/fold-sql";
import { foldForSearch } from "@/lib/text/fold";
import { LOCK_TTL_MS } from "@/lib/workflow/scope";
import { workerStatus } from "@/lib/publishing/worker";
import { listSectionChoices } from "./editor-queries";
import type { StoryKind } from "./kinds";

export type NewsroomStoryRow = {
  id: number;
  kind: StoryKind;
  title: string;
  status: StoryStatus;
  sectionName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  reporterName: string;
  holderName: string | null;
  lastNote: string | null;
};

const holder = alias(users, "holder");
const reporter = alias(users, "reporter");

function storyRowQuery(db: Database) {
  return db
    .select({
      id: stories.id,
      kind: stories.kind,
      title: stories.title,
      status: stories.status,
      sectionName: sections.name,
      updatedAt: stories.updatedAt,
      publishedAt: stories.publishedAt,
      reporterName: reporter.name,
      holderName: holder.name,
      lastNote: sql<
        string | null
      >`(select ${editorialNotes.body} from ${editorialNotes} where ${editorialNotes.storyId} = ${stories.id} order by ${editorialNotes.createdAt} desc limit 1)`,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .innerJoin(reporter, eq(reporter.id, stories.createdById))
    .leftJoin(holder, eq(holder.id, stories.heldById))
    .$dynamic();
}

/** "Bài của tôi": stories the actor created or is credited on, in every state. */
export async function listOwnStories(db: Database, actor: Actor, limit = 100): Promise<NewsroomStoryRow[]> {
  if (!can(actor, "story.create")) throw new PermissionDeniedError();
  const credited = db.select({ id: storyAuthors.storyId }).from(storyAuthors).where(eq(storyAuthors.userId, actor.id));
  return storyRowQuery(db)
    .where(or(eq(stories.createdById, actor.id), inArray(stories.id, credited)))
    .orderBy(desc(stories.updatedAt))
    .limit(limit);
}

/** For pages: the signed-in person's own stories. */
export async function getOwnStories(actor: Actor, limit?: number): Promise<NewsroomStoryRow[]> {
  return listOwnStories(await appDatabase(), actor, limit);
}

export type QueueCounts = Partial<Record<StoryStatus, number>>;

// ——— The desk's live queue ———

const deskStatuses = ["submitted", "in_review", "approved", "scheduled", "published", "unpublished"] as const;
const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
const optionalDate = z
  .string()
  .optional()
  .transform((s) => (s ? parseIsoDate(s) : null))
  .catch(null);

/** The queue's filters, from a URL or the polling request: anything malformed is simply ignored. */
export const queueFilterSchema = z.object({
  status: z.enum(deskStatuses).catch("submitted").default("submitted"),
  section: optionalId,
  reporter: optionalId,
  from: optionalDate,
  to: optionalDate,
  q: z.string().max(200).optional().catch(undefined),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

export type QueueRow = {
  id: number;
  kind: StoryKind;
  title: string;
  status: StoryStatus;
  sectionName: string | null;
  reporterName: string;
  holderId: number | null;
  holderName: string | null;
  updatedAt: string;
  publishedAt: string | null;
};

/** One state's stories matching the filters, plus the counts of every state under the same filters. */
export async function searchQueue(db: Database, actor: Actor, filter: QueueFilter, limit = 100): Promise<{ counts: QueueCounts; rows: QueueRow[] }> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const conditions: SQL[] = [ne(stories.status, "draft")];
  if (filter.section)
    conditions.push(or(eq(stories.sectionId, filter.section), sql`${stories.sectionId} in (select id from ${sections} where parent_id = ${filter.section})`)!);
  if (filter.reporter) conditions.push(eq(stories.createdById, filter.reporter));
  const { start, end } = vnDayRange(filter.from, filter.to);
  if (start) conditions.push(gte(stories.updatedAt, start));
  if (end) conditions.push(lt(stories.updatedAt, end));
  const words = foldForSearch(filter.q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8);
  const haystack = foldedSql(sql`concat_ws(' ', ${stories.title}, array_to_string(${stories.byline}, ' '))`);
  for (const w of words) conditions.push(sql`${haystack} like ${`%${escapeLike(w)}%`}`);

  // A scheduled story whose time has passed is published already (lib/workflow/scope.ts).
  const effective = sql<StoryStatus>`case when ${stories.status} = 'scheduled' and ${stories.publishedAt} <= now() then 'published' else ${stories.status}::text end`;
  // An ISO string with a cast: postgres.js cannot bind a bare Date inside a raw SQL fragment.
  const heldSince = sql`${new Date(Date.now() - LOCK_TTL_MS).toISOString()}::timestamptz`;
  const liveHolder = sql<number | null>`case when ${stories.heldAt} > ${heldSince} then ${stories.heldById} end`;
  const newestFirst = filter.status === "published" || filter.status === "unpublished" || filter.status === "scheduled";

  const [countRows, rows] = await Promise.all([
    db
      .select({ status: effective, n: count() })
      .from(stories)
      .where(and(...conditions))
      .groupBy(effective),
    db
      .select({
        id: stories.id,
        kind: stories.kind,
        title: stories.title,
        status: effective,
        sectionName: sections.name,
        reporterName: reporter.name,
        holderId: liveHolder,
        holderName: sql<string | null>`case when ${stories.heldAt} > ${heldSince} then ${holder.name} end`,
        updatedAt: stories.updatedAt,
        publishedAt: stories.publishedAt,
      })
      .from(stories)
      .leftJoin(sections, eq(sections.id, stories.sectionId))
      .innerJoin(reporter, eq(reporter.id, stories.createdById))
      .leftJoin(holder, eq(holder.id, stories.heldById))
      .where(and(...conditions, sql`${effective} = ${filter.status}`))
      .orderBy(newestFirst ? desc(stories.publishedAt) : asc(stories.updatedAt), desc(stories.id))
      .limit(limit),
  ]);
  return {
    counts: Object.fromEntries(countRows.map((r) => [r.status, r.n])),
    rows: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString(), publishedAt: r.publishedAt?.toISOString() ?? null })),
  };
}

/** The people who write for the paper, for the queue's reporter filter. */
export async function listWriters(db: Database, actor: Actor): Promise<{ id: number; name: string }[]> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.role, ["reporter", "editor", "chief_editor"]));
  return rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/** For pages: the desk's queue under the filters, the publication worker's status and the filters' choices. */
export async function getDeskQueue(actor: Actor, filter: QueueFilter) {
  const database = await appDatabase();
  const [queue, worker, sections, writers] = await Promise.all([
    searchQueue(database, actor, filter),
    workerStatus(database),
    listSectionChoices(database, actor),
    listWriters(database, actor),
  ]);
  return { queue, worker, sections, writers };
}
