// A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
// on the PostgreSQL server of DATABASE_URL (created here, dropped afterwards), so test files never
// share state and can run in parallel.
import crypto from "node:crypto";
import { openDatabase, type DatabaseHandle } from "./client";

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ dataDir: "memory://" });

  const { default: postgres } = await import("postgres");
  const name = `toasoan_test_${crypto.randomBytes(5).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = await openDatabase({ url: testUrl.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * A test's requirement from this machine (a PostgreSQL server of its own, a tool): when it is
 * missing the test is skipped with a notice, except under TOASOAN_REQUIRE_ALL=1 (CI installs
 * everything), where a missing requirement fails the run.
 */
export function requirement(name: string, present: boolean): boolean {
  if (present) return true;
  if (process.env.TOASOAN_REQUIRE_ALL === "1") throw new Error(`Missing for this test: ${name} (TOASOAN_REQUIRE_ALL=1 forbids skipping)`);
  console.warn(`SKIPPED — needs ${name}; install it to run this test.`);
  return false;
}

/** DATABASE_URL's PostgreSQL server, else the local one on 127.0.0.1:5432 when it answers; null when none does. */
export async function postgresServerUrl(): Promise<string | null> {
  const url = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const { default: postgres } = await import("postgres");
  const probe = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await probe`select 1`;
    return url;
  } catch {
    return null;
  } finally {
    await probe.end({ timeout: 1 });
  }
}
