import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { storyViews } from "@/db/schema";
import { listMostRead } from "./queries";
import { seedVisibilityCases, type VisibilityFixture } from "./visibility-fixture";
import { hourOf, isLikelyBot, viewInput, ViewBatch, viewsOf, writeViews } from "./views";

let handle: DatabaseHandle;
let fx: VisibilityFixture;

beforeAll(async () => {
  handle = await openTestDatabase();
  fx = await seedVisibilityCases(handle.db);
});
afterAll(async () => handle?.close());

describe("the view batch", () => {
  it("counts a reader once per story per batch and hands the counts over", () => {
    const batch = new ViewBatch();
    expect(batch.record(1, "a")).toBe(true);
    expect(batch.record(1, "a")).toBe(false);
    expect(batch.record(1, "b")).toBe(true);
    expect(batch.record(2, "a")).toBe(true);
    expect([...batch.take()]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(batch.size).toBe(0);
    expect(batch.record(1, "a")).toBe(true); // a new batch, a new count
  });

  it("stays bounded whatever is posted", () => {
    const batch = new ViewBatch(3);
    for (let i = 1; i <= 10; i++) batch.record(i, "x");
    expect(batch.take().size).toBe(3);
  });

  it("validates input in Vietnamese and tells bots from browsers", () => {
    expect(viewInput.safeParse({ storyId: 12 }).success).toBe(true);
    const bad = viewInput.safeParse({ storyId: "12; drop table" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("Mã bài viết phải là số.");
    expect(viewInput.safeParse({ storyId: -1 }).error?.issues[0]?.message).toBe("Mã bài viết không hợp lệ.");
    expect(isLikelyBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(true);
    expect(isLikelyBot("curl/8.5.0")).toBe(true);
    expect(isLikelyBot(null)).toBe(true);
    expect(isLikelyBot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36")).toBe(false);
  });
});

describe("writing views", () => {
  it("adds to the hour's row with an upsert, public stories only, unknown ids ignored", async () => {
    const at = new Date("2026-07-01T03:20:00Z");
    const counts = new Map<number, number>([
      [fx.ids.published, 3],
      [fx.ids.draft, 5],
      [fx.ids.takenDown, 2],
      [fx.ids.scheduledLater, 2],
      [999_999, 7],
    ]);
    expect(await writeViews(handle.db, counts, at)).toBe(3);
    expect(await writeViews(handle.db, new Map([[fx.ids.published, 4]]), new Date("2026-07-01T03:59:59Z"))).toBe(4);
    expect(await viewsOf(handle.db, fx.ids.published, at)).toBe(7);
    expect(await viewsOf(handle.db, fx.ids.draft, at)).toBe(0);
    expect(hourOf(at).toISOString()).toBe("2026-07-01T03:00:00.000Z");
  });
});

describe("most read", () => {
  it("ranks public stories by views in the last 24 hours or 7 days", async () => {
    const now = Date.now();
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000);
    await handle.db.delete(storyViews).where(sql`true`);
    // Views written straight into the table, as they would be for stories that since changed state.
    await handle.db.insert(storyViews).values([
      { storyId: fx.ids.published, hour: hourOf(hoursAgo(0)), views: 5 },
      { storyId: fx.ids.scheduledDue, hour: hourOf(hoursAgo(2)), views: 8 },
      { storyId: fx.ids.published, hour: hourOf(hoursAgo(48)), views: 10 },
      { storyId: fx.ids.takenDown, hour: hourOf(hoursAgo(1)), views: 100 },
      { storyId: fx.ids.draft, hour: hourOf(hoursAgo(1)), views: 100 },
      { storyId: fx.ids.scheduledLater, hour: hourOf(hoursAgo(1)), views: 100 },
      { storyId: fx.ids.scheduledDue, hour: hourOf(hoursAgo(24 * 8)), views: 1000 },
    ]);
    const day = await listMostRead(handle.db, "24h");
    expect(day.map((s) => [s.id, s.views])).toEqual([
      [fx.ids.scheduledDue, 8],
      [fx.ids.published, 5],
    ]);
    const week = await listMostRead(handle.db, "7d");
    expect(week.map((s) => [s.id, s.views])).toEqual([
      [fx.ids.published, 15],
      [fx.ids.scheduledDue, 8],
    ]);
    expect(await listMostRead(handle.db, "7d", { limit: 1 })).toHaveLength(1);
  });
});
