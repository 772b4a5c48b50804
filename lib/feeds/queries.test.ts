import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory, type MakeStoryOptions } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { fixturePath } from "@/db/seed/seed";
import type { StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { parseStory } from "@/lib/importer/parse-story";
import { storyPath } from "@/lib/stories/public-queries";
import { parseXml, texts } from "./parse-xml.test-helper";
import { listFeedStories, listNewsStories, loadSectionDirectory, nextScheduledPublication, sitemapPage, sitemapSummary } from "./queries";
import { rssResponse } from "./respond";
import { resolveFeedSection } from "./sections";
import { buildNewsSitemap } from "./sitemap";

let handle: DatabaseHandle;
let author: Actor;
let parentId: number;
let childId: number;
const ids: Record<string, number> = {};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
const fixture = parseStory(fs.readFileSync(fixturePath, "utf8"));

async function insertStory(key: string, sectionId: number, status: StoryStatus, publishedAt: Date | null, extra: MakeStoryOptions = {}) {
  const row = await makeStory(handle.db, { title: `Bài ${key}`, sapo: `Sapo ${key}`, slug: key, sectionId, status, publishedAt, author, ...extra });
  ids[key] = row.id;
}

// One story in every state that matters to readers, in a parent section and its subsection.
beforeAll(async () => {
  handle = await openTestDatabase();
  author = await makePerson(handle.db, "reporter", { penName: "PV" });
  ({ id: parentId } = await makeSection(handle.db, { name: "Chính trị" }));
  ({ id: childId } = await makeSection(handle.db, { name: "Xây dựng Đảng", parentId }));
  await insertStory("cu", parentId, "published", hoursAgo(72), { revisedAt: hoursAgo(1) });
  await insertStory("fixture", childId, "published", hoursAgo(2), {
    title: fixture.title,
    sapo: fixture.sapo,
    byline: fixture.byline,
    slug: "phan-dau-xay-dung",
  });
  await insertStory("published", parentId, "published", hoursAgo(3));
  await insertStory("scheduled-past", parentId, "scheduled", hoursAgo(0.5));
  await insertStory("scheduled-future", childId, "scheduled", new Date(Date.now() + 3_600_000));
  await insertStory("draft", parentId, "draft", null);
  await insertStory("approved", parentId, "approved", hoursAgo(4));
  await insertStory("unpublished", childId, "unpublished", hoursAgo(5));
});
afterAll(async () => handle?.close());

const visible = ["scheduled-past", "fixture", "published", "cu"]; // newest first
const invisible = ["scheduled-future", "draft", "approved", "unpublished"];
const keysOf = (list: { id: number }[]) => list.map((s) => Object.keys(ids).find((k) => ids[k] === s.id));

describe("what the feeds and sitemaps list", () => {
  it("RSS: only public stories, newest first, with subsections in the parent's feed", async () => {
    expect(keysOf(await listFeedStories(handle.db))).toEqual(visible);
    const directory = await loadSectionDirectory(handle.db);
    const parent = resolveFeedSection(directory, "chinh-tri");
    const child = resolveFeedSection(directory, "xay-dung-dang");
    if (parent.kind !== "section" || child.kind !== "section") throw new Error("sections not found");
    expect(keysOf(await listFeedStories(handle.db, { sectionIds: parent.sectionIds }))).toEqual(visible);
    expect(keysOf(await listFeedStories(handle.db, { sectionIds: child.sectionIds }))).toEqual(["fixture"]);
    expect(keysOf(await listFeedStories(handle.db, { limit: 2 }))).toEqual(visible.slice(0, 2));
  });

  it("Google News: public stories of the last 48 hours only", async () => {
    expect(keysOf(await listNewsStories(handle.db))).toEqual(["scheduled-past", "fixture", "published"]);
  });

  it("sitemap: every public story once, paged in id order, lastmod the later of publication and revision", async () => {
    const summary = await sitemapSummary(handle.db, 3);
    expect(summary.total).toBe(visible.length);
    expect(summary.pages.map((p) => p.page)).toEqual([1, 2]);
    const listed = [...(await sitemapPage(handle.db, 1, 3)), ...(await sitemapPage(handle.db, 2, 3))];
    expect(listed.map((s) => s.id)).toEqual(visible.map((k) => ids[k]).sort((a, b) => a! - b!));
    for (const key of invisible) expect(listed.map((s) => s.id)).not.toContain(ids[key]);
    const cu = listed.find((s) => s.id === ids.cu)!;
    expect(Date.now() - Date.parse(cu.lastmod)).toBeLessThan(2 * 3_600_000); // the revision, not the 72-hour-old publication
    expect(summary.pages[0]!.lastmod).toBe(cu.lastmod); // page 1 holds the story revised an hour ago
    expect(summary.latest).toBe(
      listed
        .map((s) => s.lastmod)
        .sort()
        .at(-1),
    ); // the story scheduled half an hour ago
    expect(Object.keys(summary.sectionLastmods).map(Number).sort()).toEqual([parentId, childId].sort());
    expect(await sitemapPage(handle.db, 3, 3)).toEqual([]);
  });

  it("knows when the next scheduled story goes public", async () => {
    const next = await nextScheduledPublication(handle.db);
    expect(Math.abs(Date.parse(next!) - (Date.now() + 3_600_000))).toBeLessThan(60_000);
  });
});

describe("Vietnamese text through the database and XML", () => {
  it("the fixture's title, sapo and byline come back letter for letter from the RSS", async () => {
    const latest = await listFeedStories(handle.db);
    const response = rssResponse("https://baobiencuong.vn", { title: "Báo Biên Cương", path: "/", description: "Tin tức" }, latest);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const doc = parseXml(await response.text());
    const fixtureStory = latest.find((s) => s.id === ids.fixture)!;
    expect(texts(doc, "title")).toContain(fixture.title);
    expect(texts(doc, "description")).toContain(fixture.sapo);
    expect(texts(doc, "dc:creator")).toContain(fixture.byline.join(" - "));
    expect(texts(doc, "link")).toContain(`https://baobiencuong.vn${storyPath(fixtureStory)}`);
    expect(texts(doc, "link")).toContain("https://baobiencuong.vn/xay-dung-dang/phan-dau-xay-dung-" + ids.fixture);
  });

  it("and from the Google News sitemap", async () => {
    const news = await listNewsStories(handle.db);
    const doc = parseXml(
      buildNewsSitemap(
        { name: "Báo Lạng Sơn", language: "vi" },
        news.map((s) => ({ loc: `https://x.vn${storyPath(s)}`, title: s.title, publishedAt: new Date(s.publishedAt) })),
      ),
    );
    expect(texts(doc, "news:title")).toContain(fixture.title);
  });
});

describe("a notice (Thông báo)", () => {
  it("is in the RSS and the sitemap like any story, but not in the Google News sitemap: it is not news", async () => {
    await insertStory("thong-bao", parentId, "published", hoursAgo(1), { kind: "notice", sapo: "" });
    expect((await listFeedStories(handle.db)).map((s) => s.id)).toContain(ids["thong-bao"]);
    expect((await sitemapPage(handle.db, 1, 1000)).map((s) => s.id)).toContain(ids["thong-bao"]);
    expect((await listNewsStories(handle.db)).map((s) => s.id)).not.toContain(ids["thong-bao"]);
  });
});
