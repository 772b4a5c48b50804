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
