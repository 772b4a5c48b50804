// The background conversion of video and sound that browsers do not play as they came (a phone's
// HEVC/MOV, WAV, FLAC…). One conversion at a time per instance; across instances an item is taken
// with a lease (media.job_lease_until) renewed while ffmpeg runs, so a crashed instance's item is
// taken over once its lease runs out, and two instances never convert the same one.
import fs from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media, type Media } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, say } from "@/lib/i18n/phrase";
import { processState } from "@/lib/server/process-state";
import { AvError, probeAvFile } from "./av-probe";
import { convert, FfmpegError } from "./av-process";
import { storePlayable, workFile } from "./av-commands";
import { LocalDiskStorage, mediaStorage } from "./storage";

export const LEASE_MS = 2 * 60_000;
/** An item that failed this many times (the instance died each time, say) is given up. */
export const MAX_ATTEMPTS = 3;
const IDLE_MS = 15_000;

/** Takes the oldest item waiting for conversion whose lease is free or expired; null when none is. */
export async function claimMediaJob(db: Database, leaseMs = LEASE_MS): Promise<Media | null> {
  const [row] = await db
    .update(media)
    .set({ jobLeaseUntil: sql`now() + ${leaseMs} * interval '1 millisecond'`, jobAttempts: sql`${media.jobAttempts} + 1` })
    .where(
      sql`${media.id} = (select id from media where status = 'processing' and (job_lease_until is null or job_lease_until < now())
          order by id limit 1 for update skip locked)`,
    )
    .returning();
  return row ?? null;
}

async function renewLease(db: Database, id: number, leaseMs: number) {
  await db
    .update(media)
    .set({ jobLeaseUntil: sql`now() + ${leaseMs} * interval '1 millisecond'` })
    .where(and(eq(media.id, id), eq(media.status, "processing")));
}

async function fail(db: Database, row: Media, message: string) {
  await db
    .update(media)
    .set({ status: "failed", processingError: message, jobLeaseUntil: null })
    .where(and(eq(media.id, row.id), eq(media.status, "processing")));
  await recordAudit(db, { actorId: null, action: "media.update", entityType: "media", entityId: row.id, data: { conversionFailed: message } });
}

/** The source on this machine's disk: the stored file itself on a local disk, a copy from a bucket. */
async function localSource(key: string): Promise<{ file: string; temporary: boolean }> {
  const storage = mediaStorage();
  if (storage instanceof LocalDiskStorage) return { file: storage.localPath(key), temporary: false };
  const stored = await storage.open(key);
  if (!stored) throw new AvError(phrase("refusals.av.sourceMissing"), "not_found");
  const file = await workFile("src");
  await fs.promises.writeFile(file, stored.body as unknown as AsyncIterable<Uint8Array>);
  return { file, temporary: true };
}

/**
 * Converts one claimed item: progress written as ffmpeg reports it, the playable copy and its
 * poster stored, the row made ready and the phone's original removed. Failure marks it failed with
 * a Vietnamese reason the library shows.
 */
export async function convertMediaItem(db: Database, row: Media, { signal, leaseMs = LEASE_MS }: { signal?: AbortSignal; leaseMs?: number } = {}) {
  if (row.jobAttempts > MAX_ATTEMPTS) return fail(db, row, say(defaultLocale, phrase("refusals.av.gaveUp", { attempts: MAX_ATTEMPTS })));
  const renewal = setInterval(() => void renewLease(db, row.id, leaseMs).catch(() => undefined), leaseMs / 3);
  let lastWrite = 0;
  let lastPercent = -1;
  let writing = Promise.resolve();
  const onProgress = (percent: number) => {
    const now = Date.now();
    if (percent === lastPercent || (percent < 100 && now - lastWrite < 1000)) return;
    lastWrite = now;
    lastPercent = percent;
    writing = writing.then(() =>
      db
        .update(media)
        .set({ progress: percent })
        .where(and(eq(media.id, row.id), eq(media.status, "processing")))
        .then(
          () => undefined,
          () => undefined,
        ),
    );
  };
  const work: string[] = [];
  let source: { file: string; temporary: boolean } | null = null;
  try {
    source = await localSource(row.storageKey);
    if (source.temporary) work.push(source.file);
    const probed = await probeAvFile(source.file);
    const output = await workFile(probed.plan.ext);
    work.push(output);
    const plan = { ...probed.plan, action: "convert" as const };
    await convert(source.file, output, plan, probed.durationMs, onProgress, signal);
    await writing;
    // What the copy is, not what the original was: H.264/AAC, its own length and size.
    const result = await probeAvFile(output);
    const stem = row.storageKey.replace(/-original\.bin$/, "");
    const stored = await storePlayable(db, output, stem, plan, result, { uploadedById: row.uploadedById, originalName: row.originalName });
    const [updated] = await db
      .update(media)
      .set({
        status: "ready",
        progress: 100,
        storageKey: stored.storageKey,
        mimeType: plan.mimeType,
        size: stored.size,
        width: result.width,
        height: result.height,
        durationMs: result.durationMs,
        probe: result.probe,
        posterMediaId: stored.posterMediaId,
        processingError: null,
        jobLeaseUntil: null,
      })
      .where(and(eq(media.id, row.id), eq(media.status, "processing")))
      .returning();
    if (updated) await mediaStorage().delete(row.storageKey);
    else await mediaStorage().delete(stored.storageKey); // removed from the library meanwhile
    return;
  } catch (error) {
    if (error instanceof FfmpegError && error.reason === "aborted") {
      // The server is stopping: another instance (or this one, restarted) takes the item over.
      await db
        .update(media)
        .set({ jobLeaseUntil: null })
        .where(eq(media.id, row.id))
        .catch(() => undefined);
      return;
    }
    console.error(`Tòa soạn: chuyển đổi tệp #${row.id} thất bại`, error);
    const message =
      error instanceof AvError
        ? error.message
        : error instanceof FfmpegError && error.reason === "timeout"
          ? say(defaultLocale, phrase("refusals.av.conversionTimeout"))
          : say(defaultLocale, phrase("refusals.av.conversionFailed"));
    await fail(db, row, message);
  } finally {
    clearInterval(renewal);
    await Promise.all(work.map((f) => fs.promises.rm(f, { force: true }).catch(() => undefined)));
  }
}

/** Claims and converts items until none is waiting; how many it took. */
export async function runMediaJobs(db: Database, options: { signal?: AbortSignal; leaseMs?: number } = {}): Promise<number> {
  let done = 0;
  while (!options.signal?.aborted) {
    const row = await claimMediaJob(db, options.leaseMs);
    if (!row) break;
    await convertMediaItem(db, row, options);
    done++;
  }
  return done;
}

type WorkerState = { timer?: NodeJS.Timeout; running?: Promise<void>; again?: boolean; stopped?: boolean; abort: AbortController; run?: () => void };
const worker = () => processState<{ current?: WorkerState }>("media-worker", () => ({}));

/** Looks for waiting items now (after an upload queued one) rather than at the next round. */
export function wakeMediaWorker(): void {
  worker().current?.run?.();
}

/** Starts this process's converter: one item at a time, a look every 15 s and after each upload. */
export function startMediaWorker(getDb: () => Promise<Database>): () => Promise<void> {
  if (worker().current) return async () => {};
  const state: WorkerState = { abort: new AbortController() };
  worker().current = state;
  const schedule = () => {
    clearTimeout(state.timer);
    if (!state.stopped) state.timer = setTimeout(run, IDLE_MS).unref();
  };
  const run = () => {
    if (state.stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = getDb()
      .then((db) => runMediaJobs(db, { signal: state.abort.signal }))
      .then(
        () => undefined,
        (error: unknown) => console.error("Tòa soạn: lỗi của bộ chuyển đổi video/âm thanh", error),
      )
      .finally(() => {
        state.running = undefined;
        if (state.again) {
          state.again = false;
          run();
        } else schedule();
      });
  };
  state.run = run;
  state.timer = setTimeout(run, 3_000).unref();
  const stop = async () => {
    state.stopped = true;
    clearTimeout(state.timer);
    // ffmpeg is killed; the item's lease is released for the next instance.
    state.abort.abort();
    await state.running;
    if (worker().current === state) worker().current = undefined;
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  return stop;
}
