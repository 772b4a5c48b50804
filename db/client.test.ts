import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { makeSection } from "./factories";
import { primaryPosition } from "./replicas";
import { sections } from "./schema";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-lock-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("embedded database", () => {
  it("keeps data across restarts and reports a fresh schema only the first time", async () => {
    const dataDir = path.join(dir, "keep", "pglite"); // parent folders are created
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe("pglite");
    expect(first.fresh).toBe(true);
    await makeSection(first.db, { name: "Thời sự" });
    await first.close();
    const second = await openDatabase({ dataDir });
    expect(second.fresh).toBe(false);
    expect((await second.db.select().from(sections)).map((s) => s.name)).toEqual(["Thời sự"]);
    // No replicas on the embedded database, so no WAL position for a forget to carry (db/replicas.ts).
    expect(await primaryPosition(second.db)).toBeNull();
    await second.close();
  });

  it("refuses a second process while one holds it, with a clear message", async () => {
    const dataDir = path.join(dir, "held");
    const holder = await openDatabase({ dataDir });
    try {
      const other = spawnSync("npx", ["tsx", "scripts/db-migrate.ts"], {
        env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(other.status).not.toBe(0);
      expect(other.stderr).toContain("đang được tiến trình khác dùng");
      await expect(openDatabase({ dataDir })).rejects.toThrow(/held by another process/);
    } finally {
      await holder.close();
    }
    // Released on close: the next process gets it.
    const after = spawnSync("npx", ["tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(after.stdout).toContain("pglite");
    expect(after.status).toBe(0);
  });

  it("takes over a lock left by a process that died", async () => {
    const dataDir = path.join(dir, "stale");
    fs.writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, since: "2026-01-01T00:00:00Z" }));
    const handle = await openDatabase({ dataDir });
    await handle.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
