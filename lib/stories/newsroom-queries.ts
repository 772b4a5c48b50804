// Reads for the newsroom's screens. Each takes the actor first and asks the policy: the data layer
// never hands out what the screen would not be allowed to show.
import { and, count, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { editorialNotes, sections, stories, storyAuthors, users, type StoryStatus } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";

export type NewsroomStoryRow = {
  id: number;
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
      title: stories.title,
      status: stories.status,
      sectionName: sections.name,
      updatedAt: stories.updatedAt,
      publishedAt: stories.publishedAt,
      reporterName: reporter.name,
      holderName: holder.name,
      lastNote: sql<string | null>`(select ${editorialNotes.body} from ${editorialNotes} where ${editorialNotes.storyId} = ${stories.id} order by ${editorialNotes.createdAt} desc limit 1)`,
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

/** The desk's queue: stories sent to it, in the given states. Drafts never appear here. */
export async function listQueue(db: Database, actor: Actor, statuses: readonly StoryStatus[], limit = 50): Promise<NewsroomStoryRow[]> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const visible = statuses.filter((s) => s !== "draft");
  if (visible.length === 0) return [];
  const newestFirst = visible.some((s) => s === "published" || s === "unpublished");
  return storyRowQuery(db)
    .where(inArray(stories.status, visible))
    .orderBy(newestFirst ? desc(stories.publishedAt) : stories.updatedAt)
    .limit(limit);
}

export type QueueCounts = Partial<Record<StoryStatus, number>>;

export async function countQueue(db: Database, actor: Actor): Promise<QueueCounts> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const rows = await db
    .select({ status: stories.status, n: count() })
    .from(stories)
    .where(and(ne(stories.status, "draft")))
    .groupBy(stories.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
