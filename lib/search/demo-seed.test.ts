// The demo paper: a reader typing "xay dung dang" finds the fixture story first.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { seedDemo } from "@/db/seed/seed";
import { searchStories } from "./search";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemo(handle.db, { photos: false });
});
afterAll(async () => handle?.close());

const fixtureTitle = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";

it.each(["xay dung dang", "xây dựng Đảng", "XÂY DỰNG ĐẢNG", '"xay dung dang" Lang Son', "xay dumg dang", "phuong dung"])(
  "%s finds the fixture story first",
  async (q) => {
    const { hits } = await searchStories(handle.db, q);
    expect(hits[0]?.title).toBe(fixtureTitle);
    expect(hits[0]?.url).toMatch(/^\/chinh-tri\/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh-toan-dien-\d+$/);
  },
);

it("marks the words in the fixture's title and body", async () => {
  const [hit] = (await searchStories(handle.db, "xay dung dang")).hits;
  expect(hit!.marked.title.filter((s) => s.mark).map((s) => s.text)).toEqual(["xây dựng", "xây dựng Đảng"]);
  expect(hit!.marked.excerpt?.some((s) => s.mark && s.text === "xây dựng Đảng")).toBe(true);
});

it("never finds the demo's unpublished, scheduled-for-later or draft stories", async () => {
  const { demoStories } = await import("@/db/seed/demo-stories");
  const now = Date.now();
  for (const story of demoStories.filter((s) => s.status !== "published" && !(s.status === "scheduled" && s.daysAgo > 0))) {
    const { hits } = await searchStories(handle.db, `"${story.title}"`);
    expect(
      hits.map((h) => h.title),
      `${story.status}: ${story.title} (${now})`,
    ).not.toContain(story.title);
  }
});
