// Page views for "most read", counted without touching the cached reading pages: the story page's
// beacon posts to /api/views, the count waits in this process's memory, and a timer writes the
// batch every few seconds as one upsert into story_views (one row per story per hour).
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { stories, storyViews } from "@/db/schema";
import { processState } from "@/lib/server/process-state";
import { publiclyVisible } from "@/lib/stories/public-queries";

export const viewInput = z.object({
  storyId: z
    .number({ error: "Mã bài viết phải là số." })
    .int("Mã bài viết phải là số nguyên.")
    .positive("Mã bài viết không hợp lệ.")
    .max(2_147_483_647, "Mã bài viết không hợp lệ."),
});

// Crawlers, link previews and headless tools: they are not readers.
const BOT =
  /bot|crawl|spider|slurp|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|headless|lighthouse|pagespeed|preview|facebookexternalhit|zalo.*(?:link|crawler)|embedly|monitor|uptime|scan/i;

export function isLikelyBot(userAgent: string | null): boolean {
  return !userAgent || userAgent.length < 10 || BOT.test(userAgent);
}

/** The hour a view belongs to (UTC hours are Vietnam hours too: the offset is whole). */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}

/**
 * Counts waiting to be written. A reader counts once per story per batch (a reload storm does
 * not inflate the ranking), and the batch holds a bounded number of entries whatever is posted.
 */
export class ViewBatch {
  private counts = new Map<number, number>();
  private seen = new Set<string>();

  constructor(private readonly maxEntries = 10_000) {}

  /** False when the view was not counted (a repeat within this batch, or the batch is full). */
  record(storyId: number, visitor: string): boolean {
    const key = `${visitor} ${storyId}`;
    if (this.seen.has(key) || this.seen.size >= this.maxEntries) return false;
    this.seen.add(key);
    this.counts.set(storyId, (this.counts.get(storyId) ?? 0) + 1);
    return true;
  }

  get size(): number {
    return this.counts.size;
  }

  /** Hands over the counts and starts an empty batch. */
  take(): Map<number, number> {
    const counts = this.counts;
    this.counts = new Map();
    this.seen = new Set();
    return counts;
  }
}

/**
 * Adds the counts to their hour's rows. Only stories that exist and are public are written, so a
 * made-up id can neither break the batch (foreign key) nor rank a draft. Returns the views written.
 */
export async function writeViews(db: Database, counts: ReadonlyMap<number, number>, at = new Date()): Promise<number> {
  if (counts.size === 0) return 0;
  const ids = [...counts.keys()];
  const known = await db
    .select({ id: stories.id })
    .from(stories)
    .where(and(inArray(stories.id, ids), publiclyVisible()));
  const hour = hourOf(at);
  const rows = known.map(({ id }) => ({ storyId: id, hour, views: counts.get(id)! }));
  if (rows.length === 0) return 0;
  rows.sort((a, b) => a.storyId - b.storyId); // a stable lock order for concurrent instances
  await db
    .insert(storyViews)
    .values(rows)
    .onConflictDoUpdate({ target: [storyViews.storyId, storyViews.hour], set: { views: sql`${storyViews.views} + excluded.views` } });
  return rows.reduce((sum, r) => sum + r.views, 0);
}

/** Views of one story in one hour (tests and diagnostics). */
export async function viewsOf(db: Database, storyId: number, hour: Date): Promise<number> {
  const [row] = await db
    .select({ views: storyViews.views })
    .from(storyViews)
    .where(and(eq(storyViews.storyId, storyId), eq(storyViews.hour, hourOf(hour))));
  return row?.views ?? 0;
}

export const FLUSH_INTERVAL_MS = 5_000;

type Counter = { batch: ViewBatch; timer?: ReturnType<typeof setInterval>; flushing?: Promise<void> };

/**
 * The server process's counter: records a view and makes sure a flush timer runs. The timer does
 * not keep the process alive; a batch still in memory when the server stops is lost (seconds of
 * views, an accepted cost for never waiting on the database while answering a reader).
 */
export function recordView(storyId: number, visitor: string, database: () => Promise<Database>): boolean {
  const counter = processState<Counter>("view-counter", () => ({ batch: new ViewBatch() }));
  const counted = counter.batch.record(storyId, visitor);
  if (!counter.timer) {
    counter.timer = setInterval(() => {
      if (counter.flushing || counter.batch.size === 0) return;
      const counts = counter.batch.take();
      counter.flushing = database()
        .then((db) => writeViews(db, counts))
        .then(
          () => undefined,
          (error: unknown) => console.error("Tòa soạn: không ghi được lượt đọc", error),
        )
        .finally(() => {
          counter.flushing = undefined;
        });
    }, FLUSH_INTERVAL_MS);
    counter.timer.unref?.();
  }
  return counted;
}
