// The one module that knows which database is in use: embedded PGlite under .data/ when no
// DATABASE_URL is set, a PostgreSQL server otherwise. Kept free of "server-only" so scripts and
// tests can import it; the app imports it through db/index.ts.
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { dataDir, env } from "@/lib/env";
import { processState } from "@/lib/server/process-state";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";
export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** True when this open created the schema: an empty database. */
  fresh: boolean;
  close: () => Promise<void>;
  /** Bytes of the embedded database's WebAssembly memory, which grows and never shrinks; 0 on a server. */
  memoryBytes: () => number;
};

export type OpenOptions = {
  /** A postgres:// URL; when absent the embedded database is used. */
  url?: string;
  /** PGlite data directory, or "memory://" for a throwaway database. */
  dataDir?: string;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function defaultDataDir(): string {
  return env().PGLITE_DIR || path.join(dataDir(), "pglite");
}

// pg_advisory_lock's key for migrations: any constant of ours ("toas" in ASCII, an int4).
const MIGRATION_LOCK = 0x746f6173;

export class DatabaseBusyError extends Error {}

/**
 * PGlite takes no lock of its own and two processes on one directory silently lose writes,
 * so we hold a lock file beside the data directory for as long as this process has it open.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString(), argv: process.argv.slice(1, 3) }));
      fs.closeSync(fd);
      const release = () => {
        try {
          const holder = JSON.parse(fs.readFileSync(lockPath, "utf8")) as { pid?: number };
          if (holder.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: { pid?: number; since?: string; argv?: string[] } = {};
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, "utf8")) as typeof holder;
      } catch {
        // A lock file being written right now, or garbage: treat as held.
      }
      if (holder.pid && holder.pid !== process.pid && !isAlive(holder.pid)) {
        fs.rmSync(lockPath, { force: true }); // left by a process that died
        continue;
      }
      throw new DatabaseBusyError(
        `Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình khác dùng (pid ${holder.pid ?? "?"}, từ ${holder.since ?? "?"}). ` +
          `Hãy dừng tiến trình đó (ví dụ máy chủ Tòa soạn) rồi chạy lại.\n` +
          `The embedded database ${dataDir} is held by another process (pid ${holder.pid ?? "?"}). ` +
          `Stop it first: two processes on one PGlite directory lose writes.`,
      );
    }
  }
  throw new DatabaseBusyError(`Không lấy được khóa ${lockPath}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dataDir ?? defaultDataDir());
}

// Reconnect within a second of the server coming back: postgres.js's default pause grows to 20 s
// after repeated failures, and every request waits that long (faults/database-restart.spec.ts).
const backoff = (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2);

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { max: env().DATABASE_POOL_SIZE, backoff, onnotice: () => {} });
  const db = drizzle({ client, schema, casing: "snake_case" });
  // Instances starting together (several processes, several machines) migrate one at a time: the
  // first runs what is new, the others then find nothing left to run. The lock is the session's,
  // so it is taken and released on one reserved connection and goes with it if the process dies.
  const session = await client.reserve();
  let fresh: boolean;
  try {
    await session`select pg_advisory_lock(${MIGRATION_LOCK})`;
    fresh = !(await hasSchema(db));
    await migrate(db, { migrationsFolder });
  } finally {
    await session`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => undefined);
    session.release();
  }
  return { db: db as unknown as Database, kind: "postgres", fresh, close: () => client.end({ timeout: 5 }), memoryBytes: () => 0 };
}

/**
 * A streaming replica of the primary (db/replicas.ts): read-only, so never migrated, and nothing is
 * asked of it here; postgres.js connects at the first query. A short connect timeout, so that an
 * unreachable replica costs a reader moments, not the default 30 s, before the primary answers.
 */
export async function openReplica(url: string): Promise<{ db: Database; close: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: env().DATABASE_POOL_SIZE, backoff, connect_timeout: 3, onnotice: () => {} });
  const db = drizzle({ client, schema, casing: "snake_case" });
  return { db: db as unknown as Database, close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // Search needs pg_trgm (migration 0003 creates it); PGlite must be handed the extension.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const inMemory = dataDir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    // PGlite does not create missing parent folders.
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    release = acquireLock(dataDir);
  }
  try {
    const client = new PGlite({
      dataDir: inMemory ? undefined : dataDir,
      extensions: { pg_trgm },
      // PostgreSQL's default of 128 MB of shared buffers lives inside PGlite's WebAssembly memory,
      // which never shrinks: about 100 MB of the server's resident memory. The embedded database
      // is a small paper's, its files are in the operating system's cache anyway, and 32 MB keeps
      // its hot pages (measured in `npm run bench -- --day`).
      postgresqlconf: ["shared_buffers = 32MB"],
    });
    await client.waitReady;
    const db = drizzle({ client, schema, casing: "snake_case" });
    const fresh = !(await hasSchema(db));
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      kind: "pglite",
      fresh,
      close: async () => {
        await client.close();
        release();
      },
      // The module is PGlite's own (not in its typings); absent, the figure is unknown, not zero.
      memoryBytes: () => (client as unknown as { mod?: { wasmMemory?: WebAssembly.Memory } }).mod?.wasmMemory?.buffer.byteLength ?? NaN,
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function hasSchema(db: Database): Promise<boolean> {
  const { sql } = await import("drizzle-orm");
  const result = await db.execute(sql`select to_regclass('public.users') is not null as present`);
  return rowsOf<{ present: boolean }>(result)[0]?.present === true;
}

/** Rows of a raw `db.execute` result: postgres.js returns an array, PGlite an object with rows. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The process's database, opened and migrated once. Next.js may evaluate modules more than once
 * (route bundles, dev reloads), so the handle is process state (lib/server/process-state.ts).
 */
export function getDatabase(): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // A page that reads at build time would hold the embedded database from a build worker.
    return Promise.reject(new Error("Không đọc cơ sở dữ liệu khi build: hãy gọi connection() trong trang này (no database reads during next build)."));
  }
  const state = processState<{ handle?: Promise<DatabaseHandle> }>("database", () => ({}));
  state.handle ??= openDatabase({ url: env().DATABASE_URL }).catch((error: unknown) => {
    state.handle = undefined; // let the next request try again
    throw error;
  });
  return state.handle;
}

/** The process's database for a query module's page-facing reads (pages never hold a handle). */
export async function appDatabase(): Promise<Database> {
  return (await getDatabase()).db;
}
