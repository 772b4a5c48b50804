// Streaming replicas (DATABASE_REPLICA_URL) for what readers read: the public pages, search, feeds
// and sitemaps. The newsroom, sessions, previews and every write stay on the primary
// (appDatabase/getDatabase), so a reporter always sees their own save.
//
// A replica replays the primary's WAL a little behind it. That lag must never be cached: a page
// forgotten because a story changed, then re-rendered from a replica that has not replayed the
// change, would serve the old story until the next forget. So a forget carries the primary's WAL
// position (primaryPosition) and waits for the replicas to reach it (replicasReached); a replica
// that has not reached it in time, and every replica while this instance's own change is being
// pinned (holdReplicasForChange), is skipped and the primary answers until the replica has it.
// A replica that cannot be reached is skipped the same way for a while, then checked in the
// background before readers use it again: the public site never waits on a dead replica.
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { processState } from "@/lib/server/process-state";
import { appDatabase, openReplica, rowsOf, type Database } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

/** How long a replica that failed is left alone, and how often a lagging one is asked again; tests shorten them. */
export const replicaTiming = { retryMs: 10_000, pollMs: 15, defaultTimeoutMs: 5_000 };

type Replica = {
  url: string;
  /** host:port/database, without credentials, for the log. */
  label: string;
  pool?: Promise<{ db: Database; close: () => Promise<void> }>;
  /** Skipped until then after a connection failure. */
  downUntil: number;
  /** A primary position it must replay before readers use it again. */
  mustReach: string | null;
  /** Back from a failure: must first reach the primary's position of that moment. */
  catchUp: boolean;
  /** Was down: say so in the log when it is used again. */
  returning: boolean;
  checking: Promise<void> | null;
  checkedAt: number;
};

type State = { replicas: Replica[]; next: number; pendingHolds: number };

const state = () =>
  processState<State>("replicas", () => ({
    replicas: env().DATABASE_URL ? env().DATABASE_REPLICA_URL.map(replicaOf) : [],
    next: 0,
    pendingHolds: 0,
  }));

function replicaOf(url: string): Replica {
  let label = "?";
  try {
    const u = new URL(url);
    label = `${u.host}${u.pathname}`;
  } catch {
    // validated in lib/env.ts; the label is only for the log
  }
  return { url, label, downUntil: 0, mustReach: null, catchUp: false, returning: false, checking: null, checkedAt: 0 };
}

function poolOf(replica: Replica): Promise<Database> {
  replica.pool ??= openReplica(replica.url);
  return replica.pool.then((pool) => pool.db);
}

/** Whether DATABASE_REPLICA_URL names any replica (never with the embedded database). */
export function hasReplicas(): boolean {
  return state().replicas.length > 0;
}

// "0/16B3748": two hexadecimal halves of a 64-bit WAL position.
const positionPattern = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;
export const isWalPosition = (text: string) => positionPattern.test(text);
const positionValue = (position: string) => {
  const [high, low] = position.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
};

/** Readers skip the replica until it has replayed `position` (the later of two holds wins). */
function holdAt(replica: Replica, position: string): void {
  if (!replica.mustReach || positionValue(position) > positionValue(replica.mustReach)) replica.mustReach = position;
}

function markDown(replica: Replica, error: unknown): void {
  const now = Date.now();
  if (replica.downUntil <= now) {
    const code = errorCode(error);
    console.error(
      `Tòa soạn: bản sao ${replica.label} không trả lời${code ? ` (${code})` : ""}; độc giả đọc từ máy chủ chính, thử lại sau ${replicaTiming.retryMs / 1000} s. ` +
        `(replica unreachable; readers use the primary meanwhile)`,
    );
  }
  replica.downUntil = now + replicaTiming.retryMs;
  replica.catchUp = true;
}

function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** True when the replica has replayed `position`; a server not in recovery (pointed at the primary itself) has everything. */
async function replayed(replica: Replica, position: string): Promise<boolean> {
  const db = await poolOf(replica);
  const result = await db.execute(sql`select coalesce(pg_last_wal_replay_lsn() >= ${position}::pg_lsn, true) as reached`);
  return rowsOf<{ reached: boolean }>(result)[0]?.reached === true;
}

/** In the background: has a skipped replica caught up (or come back), so that readers may use it again? */
function recheck(replica: Replica): void {
  if (replica.checking || Date.now() < replica.checkedAt + replicaTiming.pollMs) return;
  replica.checking = (async () => {
    try {
      if (replica.catchUp) {
        // The primary's position once, not at every check: under steady writes a replica a few
        // milliseconds behind would never reach a target that moves on.
        const position = await primaryPosition(await appDatabase());
        if (position) holdAt(replica, position);
        replica.catchUp = false;
        replica.returning = true;
      }
      const target = replica.mustReach;
      if (target && !(await replayed(replica, target))) return;
      if (replica.returning) console.log(`Tòa soạn: bản sao ${replica.label} đã trở lại (replica back in use).`);
      replica.returning = false;
      if (replica.mustReach === target) replica.mustReach = null; // unless held again meanwhile
    } catch (error) {
      if (isDatabaseUnavailable(error)) markDown(replica, error);
      else console.error(`Tòa soạn: kiểm tra bản sao ${replica.label}:`, error);
    } finally {
      replica.checking = null;
      replica.checkedAt = Date.now();
    }
  })();
}

/** The replica readers should use now (in turn), or null for the primary. */
function pick(): Replica | null {
  const { replicas, pendingHolds } = state();
  if (!replicas.length || pendingHolds > 0) return null;
  const now = Date.now();
  for (let i = 0; i < replicas.length; i++) {
    const replica = replicas[state().next++ % replicas.length]!;
    if (replica.downUntil > now) continue;
    if (replica.mustReach || replica.catchUp) {
      recheck(replica);
      continue;
    }
    return replica;
  }
  return null;
}

/**
 * The database for one reader-facing read: a replica, spread over several in turn, or the primary
 * when none is configured, none is reachable or none has caught up. Prefer withReader, which also
 * answers from the primary when the replica fails during the read.
 */
export async function readerDatabase(): Promise<Database> {
  const replica = pick();
  return replica ? poolOf(replica) : appDatabase();
}

// A query cancelled by the standby because replay had to remove rows it was reading.
const recoveryConflict = "40001";

/** Runs a reader-facing read on readerDatabase(); a replica that fails meanwhile is set aside and the primary answers. */
export async function withReader<T>(read: (db: Database) => Promise<T>): Promise<T> {
  const replica = pick();
  if (!replica) return read(await appDatabase());
  try {
    return await read(await poolOf(replica));
  } catch (error) {
    if (isDatabaseUnavailable(error)) markDown(replica, error);
    else if (errorCode(error) !== recoveryConflict) throw error;
    return read(await appDatabase());
  }
}

/**
 * The primary's WAL position now (after a commit: a position that includes it), for a forget to
 * carry to other instances; null on the embedded database, which has no replicas.
 */
export async function primaryPosition(db: Database): Promise<string | null> {
  // postgres.js's client is a tagged-template function; PGlite's is an object.
  if (typeof (db as unknown as { $client?: unknown }).$client !== "function") return null;
  const result = await db.execute(sql`select pg_current_wal_lsn()::text as position`);
  return rowsOf<{ position: string }>(result)[0]?.position ?? null;
}

/**
 * Resolves true once every configured replica has replayed `position` (at once without replicas),
 * asking every replicaTiming.pollMs; false after `timeoutMs` (default 5 s) or when a replica cannot
 * be reached. Either way, a replica that has not reached it is skipped by readers (the primary
 * answers) until it has: whatever is re-rendered after this call never shows the state before it.
 */
export async function replicasReached(position: string, options: { timeoutMs?: number } = {}): Promise<boolean> {
  if (!isWalPosition(position)) throw new Error(`Không phải vị trí WAL: ${position}`);
  const deadline = Date.now() + (options.timeoutMs ?? replicaTiming.defaultTimeoutMs);
  const results = await Promise.all(state().replicas.map((replica) => waitFor(replica, position, deadline)));
  return results.every(Boolean);
}

async function waitFor(replica: Replica, position: string, deadline: number): Promise<boolean> {
  for (;;) {
    if (replica.downUntil > Date.now()) break;
    try {
      if (await replayed(replica, position)) {
        // A hold this position covers is over too.
        if (!replica.catchUp && replica.mustReach && positionValue(replica.mustReach) <= positionValue(position)) replica.mustReach = null;
        return true;
      }
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      markDown(replica, error);
      break;
    }
    if (Date.now() + replicaTiming.pollMs > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, replicaTiming.pollMs));
  }
  holdAt(replica, position);
  return false;
}

/**
 * This instance has just committed a change whose pages it is about to forget: readers use the
 * primary from now until each replica has replayed the primary's present position. Synchronous, so
 * no re-render can slip in before the position is known; a no-op without replicas.
 */
export function holdReplicasForChange(): void {
  const current = state();
  if (!current.replicas.length) return;
  current.pendingHolds++;
  void (async () => {
    try {
      const position = await primaryPosition(await appDatabase());
      for (const replica of current.replicas) {
        if (position) holdAt(replica, position);
        else replica.catchUp = true;
      }
    } catch (error) {
      // The primary did not answer: make each replica catch up with whatever it says next.
      for (const replica of current.replicas) replica.catchUp = true;
      console.error("Tòa soạn: không đọc được vị trí WAL của máy chủ chính:", error);
    } finally {
      current.pendingHolds--;
    }
  })();
}

/** Where each replica stands, for tests and the health report. */
export function replicaStatus(): { label: string; state: "ok" | "down" | "behind" }[] {
  const now = Date.now();
  return state().replicas.map((r) => ({ label: r.label, state: r.downUntil > now ? "down" : r.mustReach || r.catchUp ? "behind" : "ok" }));
}

/** Closes the replicas' pools and forgets their state (read again from the environment at next use). */
export async function closeReplicas(): Promise<void> {
  const current = state();
  const closing = current.replicas.map((r) => (r.pool ? r.pool.then((pool) => pool.close()).catch(() => {}) : Promise.resolve()));
  current.replicas = env().DATABASE_URL ? env().DATABASE_REPLICA_URL.map(replicaOf) : [];
  current.next = 0;
  await Promise.all(closing);
}
