// The README's backup and restore, done for real: the demo paper on a PostgreSQL server is dumped
// with pg_dump, restored with pg_restore into a fresh database, and the restored one serves the
// same paper: every published story as readers see it, the home page, the settings, the people.
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getHomeLineup, listHomeSectionBlocks } from "@/lib/home/queries";
import { loadSettings } from "@/lib/settings/settings";
import { getStoryView, listPublicStories } from "@/lib/stories/public-queries";
import { openDatabase, type Database } from "./client";
import { users } from "./schema";
import { seedDemo } from "./seed/seed";
import { postgresServerUrl, requirement } from "./testing";

const server = await postgresServerUrl();
const tools = spawnSync("pg_dump", ["--version"]).status === 0 && spawnSync("pg_restore", ["--version"]).status === 0;
const ready =
  requirement("a PostgreSQL server (DATABASE_URL or 127.0.0.1:5432)", server !== null) &&
  requirement("pg_dump and pg_restore (apt-get install postgresql-client)", tools);

const suffix = crypto.randomBytes(4).toString("hex");
const names = { original: `toasoan_backup_a_${suffix}`, restored: `toasoan_backup_b_${suffix}` };
const urlOf = (name: string) => Object.assign(new URL(server!), { pathname: `/${name}` }).toString();
const psql = (sql: string) => execFileSync("psql", ["-q", "-d", server!, "-c", sql]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-backup-"));

afterAll(() => {
  if (!ready) return;
  for (const name of Object.values(names)) psql(`drop database if exists ${name} with (force)`);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function paper(db: Database) {
  const published = await listPublicStories(db, {}, { limit: 500 });
  return {
    stories: await Promise.all(published.map((s) => getStoryView(db, s.id))),
    home: await getHomeLineup(db),
    blocks: await listHomeSectionBlocks(db),
    settings: await loadSettings(db),
    people: (await db.select({ email: users.email, role: users.role, passwordHash: users.passwordHash }).from(users)).sort((a, b) =>
      a.email.localeCompare(b.email),
    ),
  };
}

describe.runIf(ready)("backup and restore (README)", () => {
  it("restores a pg_dump of the paper into a fresh database that serves the same paper", async () => {
    psql(`create database ${names.original}`);
    const original = await openDatabase({ url: urlOf(names.original) });
    await seedDemo(original.db, { photos: false });
    const before = await paper(original.db);
    expect(before.stories.length).toBeGreaterThan(10);
    await original.close();

    const dump = path.join(dir, "toasoan.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, urlOf(names.original)]);
    psql(`create database ${names.restored}`);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${urlOf(names.restored)}`, dump]);

    const restored = await openDatabase({ url: urlOf(names.restored) });
    try {
      expect(await paper(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 120_000);
});
