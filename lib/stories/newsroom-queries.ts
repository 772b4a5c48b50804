// Reads for the newsroom's screens. Each takes the actor first and asks the policy: the data layer
// never hands out what the screen would not be allowed to show.
import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { alias } from "drizzle-orm/pg-core";
import { type Database, appDatabase } from "@/db/client";
import { desks, editorialNotes, sections, stories, storyAuthors, storyStatuses, storyTransitions, storyViews, users, type StoryStatus } from "@/db/schema";
import { parseIsoDate, vnDayRange } from "@/lib/audit/time";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { escapeLike, foldedSql } from "@/lib/text/fold-sql";
import { foldForSearch } from "@/lib/text/fold";
import { LOCK_TTL_MS } from "@/lib/workflow/scope";
import { workerStatus } from "@/lib/publishing/worker";
import { listSectionChoices } from "./editor-queries";
import { calendarDateIn, vnDateToUtc } from "@/lib/text/dateline";
import { kindChoices, type StoryKind } from "./kinds";
import { listDeskChoices, sectionsOfDeskSql } from "@/lib/desks/queries";

export type NewsroomStoryRow = {
  id: number;
  kind: StoryKind;
  title: string;
  status: StoryStatus;
  /** A draft the desk sent back (its last move was Trả bài): shown as "Bị trả lại". */
  returned: boolean;
  sectionName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  reporterName: string;
  holderName: string | null;
  lastNote: string | null;
  /** Readers' views of a published story (all time); null for one never published. */
  views: number | null;
};

/** Every newsroom list shows this many rows a page, and says how many there are in all. */
export const LIST_PAGE_SIZE = 50;

/** One page of a list: its rows, how many match in all, and where it is. */
export type ListPage<T> = { rows: T[]; total: number; page: number; pageSize: number; pageCount: number };

/** A page number from an address: anything malformed is page 1; past the end shows the last page's neighbourhood empty. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

function pageOf<T>(rows: T[], total: number, page: number, pageSize: number): ListPage<T> {
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

const optionalId = () => z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

/** A section and its subsections. */
const inSection = (id: number) => or(eq(stories.sectionId, id), sql`${stories.sectionId} in (select id from ${sections} where parent_id = ${id})`)!;

const holder = alias(users, "holder");
const parentSection = alias(sections, "parent_section");
const reporter = alias(users, "reporter");

// A story is "returned" while it is a draft whose last move was the desk's Trả bài.
const lastEvent = sql<
  string | null
>`(select ${storyTransitions.event} from ${storyTransitions} where ${storyTransitions.storyId} = ${stories.id} order by ${storyTransitions.at} desc, ${storyTransitions.id} desc limit 1)`;
const isReturned = sql<boolean>`(${stories.status} = 'draft' and coalesce(${lastEvent} = 'return', false))`;
// Views summed over the hourly counters, only for stories that have been before readers.
const viewCount = sql<
  number | null
>`case when ${stories.publishedAt} is not null and ${stories.status} in ('published', 'scheduled', 'unpublished') then (select coalesce(sum(${storyViews.views}), 0)::int from ${storyViews} where ${storyViews.storyId} = ${stories.id}) end`;

export function storyRowQuery(db: Database) {
  return db
    .select({
      id: stories.id,
      kind: stories.kind,
      title: stories.title,
      status: stories.status,
      returned: isReturned,
      sectionName: sections.name,
      updatedAt: stories.updatedAt,
      publishedAt: stories.publishedAt,
      reporterName: reporter.name,
      holderName: holder.name,
      lastNote: sql<
        string | null
      >`(select ${editorialNotes.body} from ${editorialNotes} where ${editorialNotes.storyId} = ${stories.id} order by ${editorialNotes.createdAt} desc limit 1)`,
      views: viewCount,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .innerJoin(reporter, eq(reporter.id, stories.createdById))
    .leftJoin(holder, eq(holder.id, stories.heldById))
    .$dynamic();
}

/** The actor's stories: created by them or crediting them. */
function ownedBy(db: Database, actor: Actor): SQL {
  const credited = db.select({ id: storyAuthors.storyId }).from(storyAuthors).where(eq(storyAuthors.userId, actor.id));
  return or(eq(stories.createdById, actor.id), inArray(stories.id, credited))!;
}

/** Words of a search, folded as the index folds them, each required somewhere in the haystack. */
function wordConditions(q: string | undefined, haystack: SQL): SQL[] {
  const folded = foldedSql(haystack);
  return foldForSearch(q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => sql`${folded} like ${`%${escapeLike(w)}%`}`);
}

const ownStatuses = [...storyStatuses, "returned"] as const;
export type OwnStatusFilter = (typeof ownStatuses)[number];

/** "Bài của tôi"'s search and filters, from the address: anything malformed is ignored. */
export const ownStoriesFilterSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  status: z.enum(ownStatuses).optional().catch(undefined),
  section: optionalId(),
  kind: z
    .enum(kindChoices as [StoryKind, ...StoryKind[]])
    .optional()
    .catch(undefined),
  page: pageParam,
});
export type OwnStoriesFilter = z.output<typeof ownStoriesFilterSchema>;

/**
 * "Bài của tôi": stories the actor created or is credited on, in every state, newest change first,
 * one page at a time. A search word matches the title or the byline; a number also finds the story by id.
 */
export async function listOwnStories(
  db: Database,
  actor: Actor,
  filter: Partial<OwnStoriesFilter> = {},
  pageSize = LIST_PAGE_SIZE,
): Promise<ListPage<NewsroomStoryRow>> {
  if (!can(actor, "story.create")) throw new PermissionDeniedError();
  const page = filter.page ?? 1;
  const conditions: SQL[] = [ownedBy(db, actor)];
  if (filter.status === "returned") conditions.push(isReturned);
  else if (filter.status === "draft") conditions.push(eq(stories.status, "draft"), sql`not ${isReturned}`);
  else if (filter.status) conditions.push(eq(stories.status, filter.status));
  if (filter.section) conditions.push(inSection(filter.section));
  if (filter.kind) conditions.push(eq(stories.kind, filter.kind));
  const id = /^#?(\d{1,9})$/.exec(filter.q?.trim() ?? "");
  const words = wordConditions(filter.q, sql`concat_ws(' ', ${stories.title}, array_to_string(${stories.byline}, ' '))`);
  if (words.length) conditions.push(id ? or(eq(stories.id, Number(id[1])), and(...words))! : and(...words)!);
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    storyRowQuery(db)
      .where(where)
      .orderBy(desc(stories.updatedAt), desc(stories.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(stories).where(where),
  ]);
  return pageOf(rows, counted?.n ?? 0, page, pageSize);
}

/** For pages: the signed-in person's own stories, one page. */
export async function getOwnStories(actor: Actor, filter?: Partial<OwnStoriesFilter>, pageSize?: number): Promise<ListPage<NewsroomStoryRow>> {
  return listOwnStories(await appDatabase(), actor, filter, pageSize);
}

/** The Vietnamese calendar month holding `now`, as a UTC half-open range. */
export function vnMonthRange(now: Date): { start: Date; end: Date } {
  const { year, month } = calendarDateIn(now);
  return {
    start: vnDateToUtc({ year, month, day: 1 }),
    end: vnDateToUtc(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }),
  };
}

/**
 * How many of the actor's stories (written or credited) went before readers this month, on
 * Vietnamese calendars; a story taken down later still counts, one scheduled for later does not.
 */
export async function countPublishedThisMonth(db: Database, actor: Actor, now: Date = new Date()): Promise<number> {
  if (!can(actor, "story.create")) throw new PermissionDeniedError();
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(and(ownedBy(db, actor), publishedInMonth(now)));
  return row?.n ?? 0;
}

/** Stories that went before readers in the Vietnamese month holding `now` (scheduled ones only once due). */
function publishedInMonth(now: Date): SQL {
  const { start, end } = vnMonthRange(now);
  return and(
    inArray(stories.status, ["published", "scheduled", "unpublished"]),
    gte(stories.publishedAt, start),
    lt(stories.publishedAt, end),
    lte(stories.publishedAt, sql`${now.toISOString()}::timestamptz`),
  )!;
}

export type WriterMonthCount = { id: number; name: string; count: number };

/**
 * For the desk: each writer's count of stories published this month (a story credited to two
 * people counts for both), most first; writers with none are left out.
 */
export async function listPublishedThisMonthByWriter(db: Database, actor: Actor, now: Date = new Date()): Promise<WriterMonthCount[]> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const rows = await db
    .select({ id: users.id, name: users.name, count: sql<number>`count(distinct ${stories.id})::int` })
    .from(storyAuthors)
    .innerJoin(stories, eq(stories.id, storyAuthors.storyId))
    .innerJoin(users, eq(users.id, storyAuthors.userId))
    .where(publishedInMonth(now))
    .groupBy(users.id, users.name);
  const collator = new Intl.Collator("vi");
  return rows.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

/** For pages: the desk's per-writer counts of this month. */
export async function getPublishedThisMonthByWriter(actor: Actor): Promise<WriterMonthCount[]> {
  return listPublishedThisMonthByWriter(await appDatabase(), actor);
}

/** For pages: the signed-in person's count of stories published this month. */
export async function getPublishedThisMonth(actor: Actor): Promise<number> {
  return countPublishedThisMonth(await appDatabase(), actor);
}

export type QueueCounts = Partial<Record<StoryStatus, number>>;

// ——— The desk's live queue ———

const deskStatuses = ["submitted", "in_review", "approved", "scheduled", "published", "unpublished"] as const;
const optionalDate = z
  .string()
  .optional()
  .transform((s) => (s ? parseIsoDate(s) : null))
  .catch(null);

/** The queue's filters, from a URL or the polling request: anything malformed is simply ignored. */
export const queueFilterSchema = z.object({
  status: z.enum(deskStatuses).catch("submitted").default("submitted"),
  section: optionalId(),
  reporter: optionalId(),
  from: optionalDate,
  to: optionalDate,
  q: z.string().max(200).optional().catch(undefined),
  /** "mine" (the actor's desks' sections), "all", or one desk's id; absent: the actor's default (deskScopeOf). */
  desk: z
    .string()
    .regex(/^(mine|all|[1-9]\d{0,8})$/)
    .optional()
    .catch(undefined),
  page: pageParam,
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

/**
 * Which desk's stories the queue shows: an editor on desks starts at theirs ("Ban của tôi"), anyone
 * else (the chief editor, editors on no desk, a paper without desks) at everything. Reading stays
 * paper-wide: "Tất cả" is always there.
 */
export function deskScopeOf(actor: Actor, desk: string | undefined): "mine" | "all" | number {
  const onDesks = Boolean(actor.desks?.memberOf.length);
  const scope = desk ?? (onDesks && actor.role === "editor" ? "mine" : "all");
  if (scope === "mine") return onDesks ? "mine" : "all";
  return scope === "all" ? "all" : Number(scope);
}

export type QueueRow = {
  id: number;
  kind: StoryKind;
  title: string;
  status: StoryStatus;
  sectionName: string | null;
  /** The desk that reviews its section (a subsection's parent's); null on a paper without desks or a section on none. */
  deskName: string | null;
  /** May the actor claim it (Nhận bài)? Its section must be within their desks' reach. */
  claimable: boolean;
  reporterName: string;
  holderId: number | null;
  holderName: string | null;
  updatedAt: string;
  publishedAt: string | null;
  /** Readers' views, for a story that has been before them. */
  views: number | null;
};

export type QueuePage = ListPage<QueueRow> & { counts: QueueCounts };

/** One page of one state's stories matching the filters, plus the counts of every state under the same filters. */
export async function searchQueue(db: Database, actor: Actor, filter: QueueFilter, pageSize = LIST_PAGE_SIZE): Promise<QueuePage> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const conditions: SQL[] = [ne(stories.status, "draft")];
  if (filter.section) conditions.push(inSection(filter.section));
  if (filter.reporter) conditions.push(eq(stories.createdById, filter.reporter));
  const deskScope = deskScopeOf(actor, filter.desk);
  if (deskScope === "mine") {
    const reached = actor.desks?.sectionIds ?? [];
    conditions.push(reached.length ? inArray(stories.sectionId, [...reached]) : sql`false`);
  } else if (deskScope !== "all") conditions.push(inArray(stories.sectionId, sectionsOfDeskSql(deskScope)));
  const { start, end } = vnDayRange(filter.from, filter.to);
  if (start) conditions.push(gte(stories.updatedAt, start));
  if (end) conditions.push(lt(stories.updatedAt, end));
  conditions.push(...wordConditions(filter.q, sql`concat_ws(' ', ${stories.title}, array_to_string(${stories.byline}, ' '))`));

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
        sectionId: stories.sectionId,
        createdById: stories.createdById,
        deskName: desks.name,
        reporterName: reporter.name,
        holderId: liveHolder,
        holderName: sql<string | null>`case when ${stories.heldAt} > ${heldSince} then ${holder.name} end`,
        updatedAt: stories.updatedAt,
        publishedAt: stories.publishedAt,
        views: viewCount,
      })
      .from(stories)
      .leftJoin(sections, eq(sections.id, stories.sectionId))
      .leftJoin(parentSection, eq(parentSection.id, sections.parentId))
      .leftJoin(desks, eq(desks.id, sql`coalesce(${sections.deskId}, ${parentSection.deskId})`))
      .innerJoin(reporter, eq(reporter.id, stories.createdById))
      .leftJoin(holder, eq(holder.id, stories.heldById))
      .where(and(...conditions, sql`${effective} = ${filter.status}`))
      .orderBy(newestFirst ? desc(stories.publishedAt) : asc(stories.updatedAt), desc(stories.id))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
  ]);
  const counts: QueueCounts = Object.fromEntries(countRows.map((r) => [r.status, r.n]));
  return {
    counts,
    ...pageOf(
      rows.map(({ sectionId, createdById, ...r }) => ({
        ...r,
        // Claiming asks nothing of the authors: the policy's answer on the row's own section.
        claimable: r.status === "submitted" && can(actor, "story.claim", { status: r.status, createdById, authorIds: [], heldById: r.holderId, sectionId }),
        updatedAt: r.updatedAt.toISOString(),
        publishedAt: r.publishedAt?.toISOString() ?? null,
      })),
      counts[filter.status] ?? 0,
      filter.page,
      pageSize,
    ),
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

/** For pages: the desk's queue under the filters, the publication worker's status and the filters' choices (desks: none on a paper without them). */
export async function getDeskQueue(actor: Actor, filter: QueueFilter) {
  const database = await appDatabase();
  const [queue, worker, sections, writers, deskChoices] = await Promise.all([
    searchQueue(database, actor, filter),
    workerStatus(database),
    listSectionChoices(database, actor),
    listWriters(database, actor),
    listDeskChoices(database, actor),
  ]);
  return { queue, worker, sections, writers, desks: deskChoices };
}
