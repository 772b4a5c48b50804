// Read replicas against a real primary and a real streaming replica, both clusters of this test's
// own on free ports (the shared server on 5432 allows no replication). The replica's replay is
// paused to hold it behind on purpose: what a reader sees then shows which server answered.
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Cluster, clusterToolsPresent } from "@/faults/harness/cluster";
import { env, resetEnv } from "@/lib/env";
import { getEditableStory } from "@/lib/stories/editor-queries";
import { getStoryView, listPublicStories } from "@/lib/stories/public-queries";
import { getDatabase, rowsOf, type Database, type DatabaseHandle } from "./client";
import { makePerson, makeStory } from "./factories";
import { closeReplicas, holdReplicasForChange, primaryPosition, readerDatabase, replicaStatus, replicasReached, replicaTiming, withReader } from "./replicas";
import { requirement } from "./testing";

const canRun = requirement(
  "PostgreSQL 15 server tools (pg_createcluster, pg_basebackup) run as root, for a primary and a replica of the test's own",
  clusterToolsPresent() && fs.existsSync("/usr/lib/postgresql/15/bin/pg_basebackup"),
);

/** Whether `db` is a standby: proof that a read went to the replica, not the primary. */
async function isReplica(db: Database): Promise<boolean> {
  return rowsOf<{ standby: boolean }>(await db.execute(sql`select pg_is_in_recovery() as standby`))[0]!.standby;
}

/** Waits for `check` to hold, asking every 20 ms, for at most 15 s. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 750; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

describe("without replicas", () => {
  it("DATABASE_REPLICA_URL is a comma-separated list of postgres:// URLs, refused at start without DATABASE_URL", () => {
    const saved = { url: process.env.DATABASE_URL, replicas: process.env.DATABASE_REPLICA_URL };
    try {
      process.env.DATABASE_URL = "postgres://app@10.0.0.1:5432/toasoan";
      process.env.DATABASE_REPLICA_URL = " postgres://app@10.0.0.2:5432/toasoan, postgresql://app@10.0.0.3/toasoan ,";
      resetEnv();
      expect(env().DATABASE_REPLICA_URL).toEqual(["postgres://app@10.0.0.2:5432/toasoan", "postgresql://app@10.0.0.3/toasoan"]);
      process.env.DATABASE_REPLICA_URL = "postgres://app@10.0.0.2/toasoan,mysql://app@10.0.0.3/toasoan";
      resetEnv();
      expect(() => env()).toThrow(/DATABASE_REPLICA_URL phải là một hoặc nhiều URL postgres:\/\//);
      delete process.env.DATABASE_URL;
      process.env.DATABASE_REPLICA_URL = "postgres://app@10.0.0.2:5432/toasoan";
      resetEnv();
      expect(() => env()).toThrow(/DATABASE_REPLICA_URL chỉ dùng được cùng DATABASE_URL/);
    } finally {
      process.env.DATABASE_URL = saved.url;
      process.env.DATABASE_REPLICA_URL = saved.replicas;
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      if (saved.replicas === undefined) delete process.env.DATABASE_REPLICA_URL;
      resetEnv();
    }
  });

  it("a forget waits for nothing", async () => {
    expect(await replicasReached("0/0", { timeoutMs: 0 })).toBe(true);
    await expect(replicasReached("not a position")).rejects.toThrow(/vị trí WAL/);
  });
});

describe.runIf(canRun)("read replicas (a primary and a streaming replica of the test's own)", () => {
  let primary: Cluster | undefined;
  let replica: Cluster | undefined;
  let handle: DatabaseHandle | undefined;
  let db: Database;
  const saved = { url: process.env.DATABASE_URL, replicas: process.env.DATABASE_REPLICA_URL, retryMs: replicaTiming.retryMs };

  beforeAll(async () => {
    primary = await Cluster.create("rprimary");
    replica = await Cluster.replicaOf(primary, "rstandby");
    process.env.DATABASE_URL = primary.url();
    process.env.DATABASE_REPLICA_URL = replica.url();
    resetEnv();
    await closeReplicas(); // take the replica from the environment just set
    replicaTiming.retryMs = 300; // "try the replica again later", without a long wait here
    handle = await getDatabase(); // the process's primary, migrated
    db = handle.db;
    // The migrations reach the replica by streaming, like everything else.
    expect(await replicasReached((await primaryPosition(db))!, { timeoutMs: 15_000 })).toBe(true);
  });

  afterAll(async () => {
    await closeReplicas().catch(() => {});
    await handle?.close();
    replica?.drop();
    primary?.drop();
    process.env.DATABASE_URL = saved.url;
    process.env.DATABASE_REPLICA_URL = saved.replicas;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.replicas === undefined) delete process.env.DATABASE_REPLICA_URL;
    replicaTiming.retryMs = saved.retryMs;
    resetEnv();
  });

  const pauseReplay = () => replica!.psql("select pg_wal_replay_pause()");
  const resumeReplay = () => replica!.psql("select pg_wal_replay_resume()");
  // A failed test must not leave the next one with a paused replica.
  afterEach(() => {
    if (replica?.isUp()) resumeReplay();
  });

  it("reads for readers go to the replica, which shows a write only once it has replayed it; replicasReached says when", async () => {
    expect(await isReplica(await readerDatabase())).toBe(true);
    pauseReplay();
    const story = await makeStory(db, { status: "published" });
    const position = (await primaryPosition(db))!;
    expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    expect(await getStoryView(db, story.id)).not.toBeNull(); // the primary has it
    expect(await withReader((reader) => getStoryView(reader, story.id))).toBeNull(); // the replica not yet
    expect(await replicasReached(position, { timeoutMs: 100 })).toBe(false);

    // Not reached in time: readers use the primary until the replica has it, so a page forgotten
    // now is never re-rendered without the story.
    expect(replicaStatus()).toEqual([expect.objectContaining({ state: "behind" })]);
    expect(await isReplica(await readerDatabase())).toBe(false);
    expect(await withReader((reader) => getStoryView(reader, story.id))).not.toBeNull();

    resumeReplay();
    expect(await replicasReached(position)).toBe(true);
    expect(replicaStatus()).toEqual([expect.objectContaining({ state: "ok" })]);
    const reader = await readerDatabase();
    expect(await isReplica(reader)).toBe(true);
    expect(await getStoryView(reader, story.id)).not.toBeNull();
  });

  it("a story published on the primary appears in the public listing once the replica has it, not before", async () => {
    pauseReplay();
    const story = await makeStory(db, { status: "published", publishedAt: new Date() });
    const position = (await primaryPosition(db))!;
    const listed = async () => (await withReader((reader) => listPublicStories(reader, {}, { limit: 5 }))).some((s) => s.id === story.id);
    expect(await listed()).toBe(false);
    expect(await listed()).toBe(false); // asked again: still the replica, still without it

    resumeReplay();
    expect(await replicasReached(position)).toBe(true);
    expect(await isReplica(await readerDatabase())).toBe(true);
    expect(await listed()).toBe(true);
  });

  it("a story scheduled for later stays hidden on the replica before its time and shows after it", async () => {
    const publishedAt = new Date(Date.now() + 3_000);
    const story = await makeStory(db, { status: "scheduled", publishedAt });
    expect(await replicasReached((await primaryPosition(db))!)).toBe(true); // the replica has the row

    // The replica's own clock says whether its time has come: in one read-only transaction, whose
    // now() is the same for both statements.
    const seen = () =>
      withReader((reader) =>
        reader.transaction(
          async (tx) => ({
            standby: await isReplica(tx),
            due: rowsOf<{ due: boolean }>(await tx.execute(sql`select now() >= ${publishedAt.toISOString()}::timestamptz as due`))[0]!.due,
            view: await getStoryView(tx, story.id),
          }),
          { accessMode: "read only" },
        ),
      );
    const before = await seen();
    expect(before).toMatchObject({ standby: true, due: false, view: null });

    let after = before;
    await eventually(async () => (after = await seen()).view !== null, "the scheduled story shows on the replica");
    expect(after).toMatchObject({ standby: true, due: true });
  });

  it("this instance's own change sends readers to the primary until the replica has replayed it", async () => {
    pauseReplay();
    const story = await makeStory(db, { status: "published" });
    holdReplicasForChange(); // what lib/cache/refresh.ts does as it forgets the pages
    expect(await withReader((reader) => getStoryView(reader, story.id))).not.toBeNull();
    await eventually(async () => replicaStatus()[0]!.state === "behind", "the hold knows the primary's position");
    expect(await isReplica(await readerDatabase())).toBe(false);

    resumeReplay();
    await eventually(async () => isReplica(await readerDatabase()), "readers are back on the replica once it caught up");
    expect(await withReader((reader) => getStoryView(reader, story.id))).not.toBeNull();
  });

  it("newsroom reads use the primary: a reporter sees their own save at once", async () => {
    pauseReplay();
    const reporter = await makePerson(db, "reporter");
    const draft = await makeStory(db, { status: "draft", author: reporter, title: "Bài nháp vừa lưu" });
    expect((await getEditableStory(reporter, draft.id))?.fields.title).toBe("Bài nháp vừa lưu");
    const reader = await readerDatabase();
    expect(await isReplica(reader)).toBe(true);
    expect(rowsOf(await reader.execute(sql`select 1 from stories where id = ${draft.id}`))).toHaveLength(0);
    resumeReplay();
    expect(await replicasReached((await primaryPosition(db))!)).toBe(true);
  });

  it("a replica that is down does not take the public site down: the primary answers, and the replica is used again once back", async () => {
    const story = await makeStory(db, { status: "published" });
    expect(await replicasReached((await primaryPosition(db))!)).toBe(true);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      replica!.stop();
      const view = await withReader((reader) => getStoryView(reader, story.id));
      expect(view?.story.id).toBe(story.id);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(`bản sao 127.0.0.1:${replica!.port}/postgres không trả lời`));
      expect(replicaStatus()).toEqual([expect.objectContaining({ state: "down" })]);
      expect(await isReplica(await readerDatabase())).toBe(false);
      expect(await replicasReached((await primaryPosition(db))!, { timeoutMs: 200 })).toBe(false);
      // Every later read answers too, from the primary, while the replica stays away.
      expect((await withReader((reader) => getStoryView(reader, story.id)))?.story.id).toBe(story.id);

      replica!.start();
      await eventually(async () => isReplica(await readerDatabase()), "readers are back on the replica after it restarted");
    } finally {
      errors.mockRestore();
    }
  });
});
