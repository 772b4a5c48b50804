// The benchmark database: a fresh PostgreSQL database on the server of DATABASE_URL, or a fresh
// PGlite directory, with the demo newsroom (accounts, sections, fixture) and then N generated
// stories written in multi-row inserts, a few thousand per transaction.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openDatabase, rowsOf, type Database, type DatabaseHandle } from "@/db/client";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/seed";
import { bodyFromBlocks } from "@/lib/stories/body";
import { recordPublicationEvent } from "@/lib/publishing/events";
import { derivedColumns } from "@/lib/stories/derived";
import { publiclyVisible, storyPath } from "@/lib/stories/public-queries";
import { slugify } from "@/lib/text/slug";
import { generateStory, pick, rng, topics } from "./corpus";

export type BenchDatabase = {
  kind: "postgres" | "pglite";
  /** Environment the server needs to open the same database. */
  env: Record<string, string>;
  /** A label for the report (database name or directory). */
  where: string;
  open: () => Promise<DatabaseHandle>;
  /** Drops the database or deletes the directory. */
  destroy: () => Promise<void>;
};

/**
 * `reuse` names a database kept by an earlier run (--keep): it is opened as it is, not created,
 * so a 100,000-story corpus is populated once and measured many times.
 */
export async function createBenchDatabase(baseUrl: string | undefined, reuse?: string): Promise<BenchDatabase> {
  if (baseUrl) {
    const { default: postgres } = await import("postgres");
    if (reuse !== undefined && !/^toasoan_bench_\w+$/.test(reuse))
      throw new Error(`--database must name a kept bench database (toasoan_bench_…), got ${reuse}`);
    const name = reuse ?? `toasoan_bench_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    if (reuse) {
      const found = await admin`select 1 from pg_database where datname = ${name}`;
      await admin.end();
      if (found.length === 0) throw new Error(`no database ${name} on ${new URL(baseUrl).host}`);
    } else {
      await admin.unsafe(`create database ${name}`);
      await admin.end();
    }
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      kind: "postgres",
      env: { DATABASE_URL: url.toString() },
      where: `${url.host}/${name}`,
      open: () => openDatabase({ url: url.toString() }),
      destroy: async () => {
        const again = postgres(baseUrl, { max: 1, onnotice: () => {} });
        await again.unsafe(`drop database if exists ${name} with (force)`);
        await again.end();
      },
    };
  }
  if (reuse !== undefined && !fs.existsSync(path.join(reuse, "pglite"))) throw new Error(`--database must name a kept bench directory, got ${reuse}`);
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-"));
  return {
    kind: "pglite",
    // The server opens DATA_DIR/pglite (db/client.ts defaultDataDir); PGLITE_DIR must not override it.
    env: { DATA_DIR: dataDir, PGLITE_DIR: "" },
    where: dataDir,
    open: () => openDatabase({ dataDir: path.join(dataDir, "pglite") }),
    destroy: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

const statusMix: [t.StoryStatus, number][] = [
  ["published", 0.975],
  ["unpublished", 0.005],
  ["draft", 0.01],
  ["submitted", 0.005],
  ["approved", 0.005],
];

function pickStatus(r: number): t.StoryStatus {
  let acc = 0;
  for (const [status, share] of statusMix) if (r < (acc += share)) return status;
  return "published";
}

const YEARS = 3;
const STORIES_PER_INSERT = 1_000; // ~20 parameters a row: far below PostgreSQL's 65,535
const STORIES_PER_TRANSACTION = 5_000;

/**
 * Writes `count` generated stories, publication times spread evenly over three years up to now
 * (ids follow time, as in a real archive). Derived columns come from derivedColumns(), like every
 * other write path, so the bench stays valid when search columns are added there.
 */
export async function insertStories(db: Database, count: number, onProgress: (done: number) => void): Promise<void> {
  const random = rng(20260701);
  const users = await db.select({ id: t.users.id, role: t.users.role }).from(t.users);
  const writers = users.filter((u) => u.role !== "admin").map((u) => u.id);
  const sectionRows = await db.select({ id: t.sections.id }).from(t.sections);
  const sectionIds = sectionRows.map((s) => s.id);
  const tagIds = await ensureTags(db);

  const now = Date.now();
  const span = YEARS * 365 * 86_400_000;
  const start = now - span;
  // Like any bulk load: the search indexes (GIN, kept current on every write) are dropped for the
  // load and built once at the end, which is several times faster than 100,000 index updates.
  const rebuildIndexes = await dropSearchIndexes(db);
  for (let done = 0; done < count;) {
    const inTransaction = Math.min(STORIES_PER_TRANSACTION, count - done);
    await db.transaction(async (tx) => {
      for (let offset = 0; offset < inTransaction; offset += STORIES_PER_INSERT) {
        const size = Math.min(STORIES_PER_INSERT, inTransaction - offset);
        const rows: (typeof t.stories.$inferInsert)[] = [];
        const extras: { authorId: number; tags: string[] }[] = [];
        for (let i = 0; i < size; i++) {
          const index = done + offset + i;
          const story = generateStory(random);
          const body = bodyFromBlocks(story.blocks);
          const status = pickStatus(random());
          // Evenly spread with jitter, and always in the past: the 3 scheduled stories are separate.
          const at = new Date(Math.min(now - 60_000, start + (index / count) * span + random() * 3_600_000));
          const authorId = pick(random, writers);
          const hasTime = status === "published" || status === "unpublished";
          rows.push({
            title: story.title,
            sapo: story.sapo,
            body,
            byline: story.byline,
            ...derivedColumns({ title: story.title, sapo: story.sapo, body, byline: story.byline }),
            sectionId: pick(random, sectionIds),
            slug: slugify(story.title),
            status,
            version: hasTime ? 6 : 1,
            publishedAt: hasTime ? at : null,
            revisedAt: status === "published" && random() < 0.02 ? new Date(at.getTime() + 86_400_000) : null,
            unpublishedAt: status === "unpublished" ? new Date(at.getTime() + 3 * 3_600_000) : null,
            unpublishReason: status === "unpublished" ? "Gỡ theo yêu cầu của cơ quan chức năng" : null,
            createdById: authorId,
            createdAt: new Date(at.getTime() - 3 * 3_600_000),
            updatedAt: at,
            updatedById: authorId,
          });
          extras.push({ authorId, tags: story.tags });
        }
        // PostgreSQL returns the rows of one multi-row INSERT … RETURNING in VALUES order.
        const inserted = await tx.insert(t.stories).values(rows).returning({ id: t.stories.id });
        await tx.insert(t.storyAuthors).values(inserted.map((row, i) => ({ storyId: row.id, userId: extras[i]!.authorId })));
        // Two spellings may share a slug (hòa/hoà): one tag, once per story.
        const storyTags = inserted.flatMap((row, i) =>
          [...new Set(extras[i]!.tags.map((name) => tagIds.get(slugify(name))!))].map((tagId, position) => ({ storyId: row.id, tagId, position })),
        );
        if (storyTags.length) await tx.insert(t.storyTags).values(storyTags);
      }
    });
    done += inTransaction;
    onProgress(done);
  }
  await rebuildIndexes();
}

async function ensureTags(db: Database): Promise<Map<string, number>> {
  const wanted = topics.map((name) => ({ slug: slugify(name), name: name.charAt(0).toUpperCase() + name.slice(1) }));
  await db.insert(t.tags).values(wanted).onConflictDoNothing();
  const rows = await db
    .select({ id: t.tags.id, slug: t.tags.slug })
    .from(t.tags)
    .where(
      inArray(
        t.tags.slug,
        wanted.map((w) => w.slug),
      ),
    );
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function seedNewsroom(db: Database): Promise<void> {
  await seedDemo(db, { photos: false });
}

export type ScheduledStory = { id: number; path: string; publishedAt: Date };

/** Stories scheduled to go public at the given times (status 'scheduled', as the desk leaves them). */
export async function insertScheduledStories(db: Database, times: Date[]): Promise<ScheduledStory[]> {
  const random = rng(7);
  const [author] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.role, "chief_editor")).limit(1);
  const [section] = await db.select({ id: t.sections.id, slug: t.sections.slug }).from(t.sections).where(eq(t.sections.slug, "thoi-su")).limit(1);
  if (!author || !section) throw new Error("the demo seed is missing (chief editor or section thoi-su)");
  const out: ScheduledStory[] = [];
  for (const [i, publishedAt] of times.entries()) {
    const story = generateStory(random);
    const title = `Bài hẹn giờ số ${i + 1}: ${story.title}`;
    const body = bodyFromBlocks(story.blocks);
    const [row] = await db
      .insert(t.stories)
      .values({
        title,
        sapo: story.sapo,
        body,
        byline: story.byline,
        ...derivedColumns({ title, sapo: story.sapo, body, byline: story.byline }),
        sectionId: section.id,
        slug: slugify(title),
        status: "scheduled",
        version: 5,
        publishedAt,
        createdById: author.id,
      })
      .returning({ id: t.stories.id, slug: t.stories.slug });
    // As the schedule command does: the event the publication worker refreshes the pages on.
    await recordPublicationEvent(db, { storyId: row!.id, kind: "published", version: 5, dueAt: publishedAt });
    out.push({ id: row!.id, path: storyPath({ id: row!.id, slug: row!.slug, sectionSlug: section.slug }), publishedAt });
  }
  return out;
}

/** `n` public story paths spread over the archive, chosen at random. */
export async function sampleStoryPaths(db: Database, n: number): Promise<string[]> {
  const rows = await db
    .select({ id: t.stories.id, slug: t.stories.slug, sectionSlug: t.sections.slug })
    .from(t.stories)
    .innerJoin(t.sections, eq(t.sections.id, t.stories.sectionId))
    .where(and(publiclyVisible()))
    .orderBy(sql`random()`)
    .limit(n);
  return rows.map(storyPath);
}

export async function countStories(db: Database): Promise<{ total: number; public: number }> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int`, public: sql<number>`(count(*) filter (where ${publiclyVisible()}))::int` })
    .from(t.stories);
  return { total: Number(row?.total ?? 0), public: Number(row?.public ?? 0) };
}

/**
 * Drops the stories table's GIN indexes and pauses the triggers that fill the search dictionaries
 * (words and word pairs); the returned function recreates the indexes as they were and fills the
 * dictionaries in one pass each (the pairs as migration 0009 does, from every public story).
 */
async function dropSearchIndexes(db: Database): Promise<() => Promise<void>> {
  const rows = rowsOf<{ indexname: string; indexdef: string }>(
    await db.execute(sql`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'stories' and indexdef ilike '%using gin%'`),
  );
  for (const row of rows) await db.execute(sql.raw(`drop index if exists "${row.indexname}"`));
  const triggers = ["stories_search_words", "stories_search_pairs_insert", "stories_search_pairs_update"];
  for (const name of triggers) await db.execute(sql.raw(`alter table stories disable trigger ${name}`));
  return async () => {
    for (const row of rows) await db.execute(sql.raw(row.indexdef));
    await db.execute(
      sql`insert into search_words (word) select distinct unnest(tsvector_to_array(search_vector)) from stories where status in ('published', 'scheduled') on conflict do nothing`,
    );
    await db.execute(sql`truncate search_pairs`);
    await db.execute(
      sql`insert into search_pairs (first, second, uses) select p.w1, p.w2, least(count(*), 50) from stories s cross join lateral search_pairs_of(s.search_folded) p where s.status in ('published', 'scheduled') group by p.w1, p.w2`,
    );
    for (const name of triggers) await db.execute(sql.raw(`alter table stories enable trigger ${name}`));
    await db.execute(sql`analyze stories`);
    await db.execute(sql`analyze search_words`);
    await db.execute(sql`analyze search_pairs`);
  };
}
