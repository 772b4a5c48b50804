// The publication worker: runs inside the server process, handles each due publication event
// exactly once (a row lock with SKIP LOCKED, so several app instances never handle one event
// twice), and sweeps every minute for anything overdue. Readers never wait for it: the reading
// queries compare publication times with now; the worker refreshes caches, feeds and sitemaps,
// marks scheduled stories published and tells the writers. Its last run is kept in worker_runs
// and shown in the desk, with any overdue event, so a miss is never silent.
import os from "node:os";
import { and, asc, count, eq, isNull, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { publicationEvents, sections, stories, storyAuthors, storySlugs, storyTags, storyTransitions, tags, workerRuns } from "@/db/schema";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, text } from "@/lib/i18n/phrase";
import { notify } from "@/lib/notifications/notify";
import { keepRevision } from "@/lib/revisions/record";
import { reloadOldAddressesIfChanged } from "@/lib/archive/old-addresses";
import { affectedPaths, sitewidePaths } from "@/lib/cache/paths";
import { publicStoriesTag } from "@/lib/cache/tags";
import { faultPoint } from "@/lib/env";
import { processState } from "@/lib/server/process-state";
import { onWakePublicationWorker } from "./events";
import { setTakenDown } from "./taken-down";
import { settleWorkMonth } from "@/lib/royalties/grading";
import { loadSettings } from "@/lib/settings/settings";
import { handleDeadlineEvent } from "@/lib/plan/deadlines";

export const WORKER_NAME = "publication";
export const SWEEP_MS = 60_000;
const BATCH = 20;
export const RETRY_MS = 10_000;
/** An event still unhandled this long after its time is a miss, shown to the chief editor. */
export const OVERDUE_MS = 2 * 60_000;

/** Refreshes cached public pages; in the server it calls the app's own revalidation route. */
export type Revalidate = (request: { paths: string[]; tags: string[] }) => Promise<void>;

type PendingEvent = typeof publicationEvents.$inferSelect;

/** Handles every event due by `now`; returns how many were handled. Safe to run concurrently. */
export async function runDueEvents(db: Database, revalidate: Revalidate, now = new Date()): Promise<number> {
  let handled = 0;
  let lastError: string | null = null;
  for (let round = 0; round < 50; round++) {
    const batch = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(publicationEvents)
        .where(and(isNull(publicationEvents.handledAt), lte(publicationEvents.dueAt, now)))
        .orderBy(asc(publicationEvents.dueAt), asc(publicationEvents.id))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      for (const event of due) {
        try {
          await handleEvent(tx, event, revalidate, now);
          await tx
            .update(publicationEvents)
            .set({ handledAt: new Date(), attempts: event.attempts + 1, lastError: null })
            .where(eq(publicationEvents.id, event.id));
          handled++;
        } catch (error) {
          lastError = error instanceof Error ? error.message : String(error);
          await tx
            .update(publicationEvents)
            .set({ attempts: event.attempts + 1, lastError })
            .where(eq(publicationEvents.id, event.id));
        }
      }
      return due.length;
    });
    if (batch < BATCH) break;
  }
  await recordRun(db, handled, lastError);
  return handled;
}

async function handleEvent(tx: Database, event: PendingEvent, revalidate: Revalidate, now: Date): Promise<void> {
  if (event.kind === "archive") {
    // The run's old addresses answer 301 at once here; other instances follow on their sweep.
    await reloadOldAddressesIfChanged(tx);
    const sectionRows = await tx.select({ slug: sections.slug }).from(sections);
    const sectionPaths = sectionRows.flatMap(({ slug }) => [`/${slug}`, `/${slug}/rss.xml`]);
    await revalidate({ paths: [...sitewidePaths, ...sectionPaths], tags: [publicStoriesTag] });
    return;
  }
  // An assignment's deadline (Kế hoạch): people are told; no public page changes.
  if (event.assignmentId !== null) return handleDeadlineEvent(tx, { ...event, assignmentId: event.assignmentId });
  if (event.storyId === null) return;
  const [story] = await tx.select().from(stories).where(eq(stories.id, event.storyId)).for("update");
  if (!story) return;
  if (event.kind === "published" && story.status === "scheduled" && story.publishedAt && story.publishedAt <= now) {
    // Readers have seen it since its time; the desk now sees it as published too.
    const version = story.version + 1;
    await tx.update(stories).set({ status: "published", version, updatedAt: now }).where(eq(stories.id, story.id));
    await tx.insert(storyTransitions).values({
      storyId: story.id,
      event: "publish",
      fromStatus: "scheduled",
      toStatus: "published",
      note: text(defaultLocale, "workflow.notes.autoPublished"),
      actorId: null,
      version,
    });
    await keepRevision(tx, { ...story, status: "published", version }, "published");
    faultPoint("kill-during-scheduled-publication"); // fault tests: written, not yet committed
  }
  if (event.kind === "published" && (story.status === "published" || story.status === "scheduled") && story.publishedAt && story.publishedAt <= now) {
    const authors = await tx.select({ userId: storyAuthors.userId }).from(storyAuthors).where(eq(storyAuthors.storyId, story.id));
    await notify(tx, {
      userIds: [story.createdById, ...authors.map((a) => a.userId)],
      actorId: null,
      storyId: story.id,
      kind: "published",
      message: phrase("notify.published", { title: story.title }),
    });
    // A work graded before it was published belongs to its publication month.
    await settleWorkMonth(tx, story.id, story.publishedAt, (await loadSettings(tx)).timeZone);
  }
  if (event.kind === "unpublished" || event.kind === "published") await refreshTakenDown(tx);
  await revalidate({ paths: await pathsOf(tx, story), tags: [publicStoriesTag] });
}

async function pathsOf(tx: Database, story: typeof stories.$inferSelect): Promise<string[]> {
  if (!story.sectionId) return [...sitewidePaths];
  const [section] = await tx
    .select({ slug: sections.slug, parentSlug: sql<string | null>`(select p.slug from ${sections} p where p.id = ${sections.parentId})` })
    .from(sections)
    .where(eq(sections.id, story.sectionId));
  const tagRows = await tx.select({ slug: tags.slug }).from(storyTags).innerJoin(tags, eq(tags.id, storyTags.tagId)).where(eq(storyTags.storyId, story.id));
  const oldSlugs = await tx.select({ slug: storySlugs.slug }).from(storySlugs).where(eq(storySlugs.storyId, story.id));
  const sectionSlug = section?.slug ?? "";
  return affectedPaths({
    id: story.id,
    slug: story.slug,
    sectionSlug,
    parentSectionSlug: section?.parentSlug ?? null,
    tagSlugs: tagRows.map((t) => t.slug),
    bylineSlugs: story.bylineSlugs,
    previousPaths: oldSlugs.map((s) => `/${sectionSlug}/${s.slug}-${story.id}`),
  });
}

async function recordRun(db: Database, handled: number, error: string | null): Promise<void> {
  const now = new Date();
  const values = {
    name: WORKER_NAME,
    lastRunAt: now,
    lastHandled: handled,
    instance: `${os.hostname()}:${process.pid}`,
    ...(error ? { lastError: error, lastErrorAt: now } : {}),
  };
  await db.insert(workerRuns).values(values).onConflictDoUpdate({ target: workerRuns.name, set: values });
}

export type WorkerStatus = {
  lastRunAt: Date | null;
  lastHandled: number;
  lastError: string | null;
  lastErrorAt: Date | null;
  overdue: number;
  pending: number;
};

/** For the desk: when the worker last ran, what failed, and what is overdue. */
export async function workerStatus(db: Database, now = new Date()): Promise<WorkerStatus> {
  const [run] = await db.select().from(workerRuns).where(eq(workerRuns.name, WORKER_NAME));
  const [overdue] = await db
    .select({ n: count() })
    .from(publicationEvents)
    .where(and(isNull(publicationEvents.handledAt), lte(publicationEvents.dueAt, new Date(now.getTime() - OVERDUE_MS))));
  const [pending] = await db.select({ n: count() }).from(publicationEvents).where(isNull(publicationEvents.handledAt));
  return {
    lastRunAt: run?.lastRunAt ?? null,
    lastHandled: run?.lastHandled ?? 0,
    lastError: run?.lastError ?? null,
    lastErrorAt: run?.lastErrorAt ?? null,
    overdue: overdue?.n ?? 0,
    pending: pending?.n ?? 0,
  };
}

export async function refreshTakenDown(db: Database): Promise<void> {
  const rows = await db.select({ id: stories.id }).from(stories).where(eq(stories.status, "unpublished"));
  setTakenDown(rows.map((r) => r.id));
}

/** What is pending: the earliest event never tried, and whether any tried one failed and waits. */
export type PendingEvents = { nextFresh: Date | null; failing: boolean };

async function pendingEvents(db: Database): Promise<PendingEvents> {
  const pending = (tried: boolean) =>
    db
      .select({ dueAt: publicationEvents.dueAt })
      .from(publicationEvents)
      .where(and(isNull(publicationEvents.handledAt), tried ? sql`${publicationEvents.attempts} > 0` : eq(publicationEvents.attempts, 0)))
      .orderBy(asc(publicationEvents.dueAt))
      .limit(1);
  const [[fresh], [failed]] = await Promise.all([pending(false), pending(true)]);
  return { nextFresh: fresh?.dueAt ?? null, failing: failed !== undefined };
}

/** Timers may fire a millisecond before Date.now() reaches their time: wake this much after it. */
const TIMER_MARGIN_MS = 5;
/** An event that fell due while a run was under way (it was not failing): run again at once. */
const DUE_AGAIN_MS = 50;
/**
 * An event already due when the run began that the run did not handle is another instance's,
 * held under its row lock: look again soon, in case that instance dies mid-event (its
 * transaction then rolls back and the event is free), without spinning while it works.
 */
export const HELD_ELSEWHERE_MS = 500;

/**
 * How long the worker sleeps after a run that began at `ranAt`: until the next untried event's
 * time (a moment past it), at once when one fell due during the run, a moment when another
 * instance holds one, a pause when only failed ones wait, and at most a sweep. A failure never
 * delays an event that has not failed: the bench once saw a scheduled story wait 10 s because its
 * event fell due a millisecond after the run's query and was taken for a failure.
 */
export function nextWakeIn({ nextFresh, failing }: PendingEvents, now: number, ranAt = now): number {
  const fresh =
    nextFresh === null ? SWEEP_MS : nextFresh.getTime() <= ranAt ? HELD_ELSEWHERE_MS : Math.max(DUE_AGAIN_MS, nextFresh.getTime() - now + TIMER_MARGIN_MS);
  return Math.min(SWEEP_MS, fresh, failing ? RETRY_MS : SWEEP_MS);
}

type WorkerState = { timer?: NodeJS.Timeout; running?: Promise<void>; again?: boolean; stopped?: boolean };
const worker = () => processState<{ running?: WorkerState }>("publication-worker", () => ({}));

/**
 * Starts the worker in this process: runs now, then at the next event's time (so a scheduled
 * story's pages refresh within a second of it) or after a minute, whichever is sooner.
 */
export function startPublicationWorker(getDb: () => Promise<Database>, revalidate: Revalidate): () => void {
  if (worker().running) return () => {};
  const state: WorkerState = {};
  worker().running = state;

  const tick = async () => {
    const db = await getDb();
    const ranAt = new Date();
    try {
      await runDueEvents(db, revalidate, ranAt);
      await refreshTakenDown(db);
      // The old site's addresses: an import in another process, a story's new slug or section.
      await reloadOldAddressesIfChanged(db);
    } catch (error) {
      console.error("Tòa soạn: lỗi khi xử lý sự kiện xuất bản", error);
      await recordRun(db, 0, error instanceof Error ? error.message : String(error)).catch(() => {});
    }
    const pending = await pendingEvents(db).catch((): PendingEvents => ({ nextFresh: null, failing: true }));
    schedule(nextWakeIn(pending, Date.now(), ranAt.getTime()));
  };
  const run = () => {
    if (state.stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    clearTimeout(state.timer);
    state.running = tick().finally(() => {
      state.running = undefined;
      if (state.again) {
        state.again = false;
        run();
      }
    });
  };
  const schedule = (ms: number) => {
    clearTimeout(state.timer);
    if (!state.stopped) state.timer = setTimeout(run, ms).unref();
  };
  onWakePublicationWorker(run);
  schedule(2_000); // after the server has started listening: refreshing goes through it
  return () => {
    state.stopped = true;
    clearTimeout(state.timer);
    worker().running = undefined;
  };
}
