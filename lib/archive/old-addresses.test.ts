import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeSection, makeStory } from "@/db/factories";
import { oldAddresses, sectionSlugs, sections, stories } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { storyPath } from "@/lib/stories/public-queries";
import { oldAddressTable, oldAddressTarget } from "./old-address-map";
import { recordOldAddress, reloadOldAddresses, reloadOldAddressesIfChanged } from "./old-addresses";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => handle?.close());

const redirectOf = (url: string) => {
  const parsed = new URL(url, "http://localhost");
  return oldAddressTarget(parsed.pathname, parsed.search);
};

describe("recordOldAddress", () => {
  it("records an old URL normalised, with the old id, and the same story again without complaint", async () => {
    const { db } = handle;
    const story = await makeStory(db, { status: "published", title: "Lễ hội xuân Lạng Sơn" });
    expect(await recordOldAddress(db, story.id, "https://baolangson.vn/Thoi-Su/le-hoi-xuan-2019-123456.html")).toEqual({ recorded: true });
    expect(await recordOldAddress(db, story.id, "/thoi-su/le-hoi-xuan-2019-123456.htm/")).toEqual({ recorded: true });
    const rows = await db.select().from(oldAddresses).where(eq(oldAddresses.storyId, story.id));
    expect(rows.map((r) => [r.address, r.oldId])).toEqual([["/thoi-su/le-hoi-xuan-2019-123456", "123456"]]);
  });

  it("refuses an address another story has", async () => {
    const { db } = handle;
    const first = await makeStory(db, { status: "published" });
    const second = await makeStory(db, { status: "published" });
    expect(await recordOldAddress(db, first.id, "/kinh-te/gia-lua-tang-223344.html")).toEqual({ recorded: true });
    expect(await recordOldAddress(db, second.id, "http://baolangson.vn/KINH-TE/gia-lua-tang-223344.htm")).toEqual({ recorded: false, reason: "taken" });
  });

  it("refuses an address of the new site: reserved paths, sections old and new, the shape of a story address, the home page", async () => {
    const { db } = handle;
    const section = await makeSection(db, { name: "Biên giới", slug: "bien-gioi" });
    await db.insert(sectionSlugs).values({ slug: "vung-bien", sectionId: section.id });
    const story = await makeStory(db, { status: "published", section });
    const live = { recorded: false, reason: "live-address" };
    for (const url of [
      "https://baolangson.vn/",
      "https://baolangson.vn/tim-kiem?q=le-hoi",
      "/the/le-hoi",
      "/rss.xml",
      "/bien-gioi",
      "/Bien-Gioi/",
      "/bien-gioi/rss.xml",
      "/vung-bien/trang/2",
      storyPath({ id: story.id, slug: story.slug, sectionSlug: "bien-gioi" }),
      "https://baolangson.vn/thoi-su/bai-cu-123456", // a story address's shape here, whatever the section
      "/tin-tuc/123456/",
    ]) {
      expect(await recordOldAddress(db, story.id, url), url).toEqual(live);
    }
    // Not the new site's: a section with a page extension is not a story here, nor is an id parameter on the home page.
    expect(await recordOldAddress(db, story.id, "/bien-gioi/tin-moi-888.html")).toEqual({ recorded: true });
    expect(await recordOldAddress(db, story.id, "https://baolangson.vn/?p=3141")).toEqual({ recorded: true });
  });

  it("refuses what is no address", async () => {
    const { db } = handle;
    const story = await makeStory(db, { status: "published" });
    for (const url of ["", "mailto:toasoan@baolangson.vn", `/${"x".repeat(2001)}`, "/tin\ttuc"]) {
      expect(await recordOldAddress(db, story.id, url)).toEqual({ recorded: false, reason: "invalid" });
    }
  });

  it("works inside the import's transaction", async () => {
    const { db } = handle;
    const story = await makeStory(db, { status: "published" });
    const results = await db.transaction(async (tx) => [
      await recordOldAddress(tx, story.id, "/xa-hoi/tin-trong-giao-dich-5550001.html"),
      await recordOldAddress(tx, story.id, "/tim-kiem"),
      await recordOldAddress(tx, story.id, "/xa-hoi/tin-trong-giao-dich-5550001.html"),
    ]);
    expect(results).toEqual([{ recorded: true }, { recorded: false, reason: "live-address" }, { recorded: true }]);
  });
});

describe("the table in memory", () => {
  it("is loaded from the database and leads to the story's address; drafts lead nowhere", async () => {
    const { db } = handle;
    const section = await makeSection(db, { name: "Văn hóa cũ", slug: "van-hoa-cu" });
    const story = await makeStory(db, { status: "published", section, title: "Đêm hội trăng rằm" });
    const draft = await makeStory(db, { status: "approved", section, title: "Bài chưa đăng" });
    await recordOldAddress(db, story.id, "https://baolangson.vn/văn-hóa/đêm-hội-trăng-rằm-7654321.html");
    await recordOldAddress(db, draft.id, "https://baolangson.vn/văn-hóa/bai-chua-dang-7654322.html");
    await reloadOldAddresses(db);

    const path = storyPath({ id: story.id, slug: story.slug, sectionSlug: "van-hoa-cu" });
    expect(redirectOf(`/${encodeURIComponent("văn-hóa")}/${encodeURIComponent("đêm-hội-trăng-rằm-7654321")}.html`)).toBe(path);
    expect(redirectOf("/7654321.html")).toBe(path);
    expect(redirectOf("/văn-hóa/bai-chua-dang-7654322.html")).toBeNull();
    expect(redirectOf("/7654322.html")).toBeNull();
  });

  it("is reloaded by the sweep only when what it was built from changed", async () => {
    const { db } = handle;
    await reloadOldAddresses(db);
    expect(await reloadOldAddressesIfChanged(db)).toBe(false);

    const section = await makeSection(db, { name: "Pháp luật cũ", slug: "phap-luat-cu" });
    const story = await makeStory(db, { status: "published", section, title: "Phiên tòa" });
    await recordOldAddress(db, story.id, "/phap-luat/phien-toa-4040404.html");
    expect(redirectOf("/phap-luat/phien-toa-4040404.html")).toBeNull();
    expect(await reloadOldAddressesIfChanged(db)).toBe(true);
    expect(redirectOf("/phap-luat/phien-toa-4040404.html")).toBe(storyPath({ id: story.id, slug: story.slug, sectionSlug: "phap-luat-cu" }));

    // A new slug (a correction's new title) leads to the new address after the next sweep.
    await db.update(stories).set({ slug: "phien-toa-so-tham", updatedAt: new Date() }).where(eq(stories.id, story.id));
    expect(await reloadOldAddressesIfChanged(db)).toBe(true);
    expect(redirectOf("/phap-luat/phien-toa-4040404.html")).toBe(`/phap-luat-cu/phien-toa-so-tham-${story.id}`);

    // A section created later with an old address's path takes it over.
    await recordOldAddress(db, story.id, "/chuyen-de-moi.html");
    await reloadOldAddresses(db);
    expect(redirectOf("/chuyen-de-moi.html")).not.toBeNull();
    await db.insert(sections).values({ slug: "chuyen-de-moi", name: "Chuyên đề mới" });
    expect(await reloadOldAddressesIfChanged(db)).toBe(true);
    expect(redirectOf("/chuyen-de-moi.html")).toBeNull();
    expect(oldAddressTable().sectionSlugs.has("chuyen-de-moi")).toBe(true);
  });
});
