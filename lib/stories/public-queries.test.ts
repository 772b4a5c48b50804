import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { media, storyCorrections } from "@/db/schema";
import { bodyFromBlocks } from "@/lib/stories/body";
import { seedVisibilityCases, visibilityCases, type VisibilityCase, type VisibilityFixture } from "@/lib/reading/visibility-fixture";
import { getAuthorName, getStoryView, getTagBySlug, listPublicCorrections, listPublicStories, listStoryPage } from "./public-queries";

let handle: DatabaseHandle;
let fx: VisibilityFixture;
const cases = Object.keys(visibilityCases) as VisibilityCase[];

beforeAll(async () => {
  handle = await openTestDatabase();
  fx = await seedVisibilityCases(handle.db);
  // A correction notice on every story: only those of public stories may be listed.
  for (const key of cases) {
    await handle.db.insert(storyCorrections).values({ storyId: fx.ids[key], wrong: `sai ${key}`, right: `đúng ${key}`, createdById: fx.authorId });
  }
});
afterAll(async () => handle?.close());

describe("public listings show exactly the stories readers may see", () => {
  it("by section, tag and author, newest first", async () => {
    const expected = [fx.ids.scheduledDue, fx.ids.published];
    for (const filter of [{ sectionIds: [fx.sectionId] }, { tagId: fx.tagId }, { bylineSlug: fx.bylineSlug }]) {
      const listed = await listPublicStories(handle.db, filter);
      expect(
        listed.map((s) => s.id),
        JSON.stringify(filter),
      ).toEqual(expected);
      const page = await listStoryPage(handle.db, filter, { page: 1, perPage: 1 });
      expect(page).toMatchObject({ total: 2, pageCount: 2, page: 1 });
      expect(page.items.map((s) => s.id)).toEqual([fx.ids.scheduledDue]);
    }
  });

  it("name a tag by its slug, and an author by the pen name a public story prints", async () => {
    expect(await getTagBySlug(handle.db, fx.tagSlug)).toMatchObject({ id: fx.tagId });
    expect(await getTagBySlug(handle.db, "khong-co")).toBeNull();
    expect(await getAuthorName(handle.db, "phuong-dung")).toBe("PHƯƠNG DUNG");
    expect(await getAuthorName(handle.db, "khong-ai")).toBeNull();
  });

  it("list correction notices of public stories only, newest first", async () => {
    const page = await listPublicCorrections(handle.db, { perPage: 10 });
    expect(page.total).toBe(2);
    expect(new Set(page.items.map((c) => c.story.id))).toEqual(new Set(fx.visibleIds));
    expect(page.items.map((c) => c.wrong)).toEqual(["sai published", "sai scheduledDue"]); // inserted later = newer
  });
});

describe("getStoryView", () => {
  it("gives readers a story only while it is public; a preview gets it in every state", async () => {
    for (const key of cases) {
      const view = await getStoryView(handle.db, fx.ids[key]);
      expect(view !== null, key).toBe(visibilityCases[key].visible);
      const preview = await getStoryView(handle.db, fx.ids[key], { preview: true });
      expect(preview?.story.id, key).toBe(fx.ids[key]);
    }
  });

  it("carries section and parent, tags, authors, cover, corrections and public related stories", async () => {
    const db = handle.db;
    const parent = await makeSection(db, { name: "Văn hóa" });
    const child = await makeSection(db, { name: "Lễ hội", parentId: parent.id });
    const [picture] = await db
      .insert(media)
      .values({
        storageKey: "2026/07/abc/original.jpg",
        mimeType: "image/jpeg",
        originalName: "hoi-nghi.jpg",
        size: 1000,
        width: 1600,
        height: 1067,
        variants: [
          { width: 480, height: 320, key: "2026/07/abc/480.webp", format: "webp", size: 10 },
          { width: 960, height: 640, key: "2026/07/abc/960.webp", format: "webp", size: 20 },
          { width: 1600, height: 1067, key: "2026/07/abc/1600.webp", format: "webp", size: 30 },
        ],
        caption: "Chú thích thư viện",
        credit: "Ảnh: THƯ VIỆN",
        alt: "Hội trường",
      })
      .returning();
    const story = await makeStory(db, {
      status: "published",
      title: "Lễ hội Lồng tồng",
      byline: ["THU HÀ", "Ảnh: VĂN ĐẠT"],
      section: child,
      author: fx.author,
      publishedAt: new Date(Date.now() - 5 * 60_000),
      revisedAt: new Date(),
      coverMediaId: picture!.id,
      coverCaption: "Người dân dự lễ hội",
      tags: [`Thẻ ${fx.sectionSlug}`],
      body: bodyFromBlocks([
        { type: "paragraph", text: "Mở đầu." },
        { type: "caption", text: "Múa sư tử", photo: { mediaId: picture!.id, src: "/media/2026/07/abc/960.webp" } },
        { type: "caption", text: "Chưa có ảnh" },
      ]),
    });
    await db.insert(storyCorrections).values({ storyId: story.id, wrong: "ngày 5", right: "ngày 6", note: "Xin lỗi bạn đọc.", createdById: fx.authorId });

    const view = (await getStoryView(db, story.id))!;
    expect(view.path).toBe(`/le-hoi/le-hoi-long-tong-${story.id}`);
    expect(view.section).toMatchObject({ slug: "le-hoi", name: "Lễ hội" });
    expect(view.parent).toMatchObject({ slug: "van-hoa", name: "Văn hóa" });
    expect(view.tags).toEqual([{ slug: fx.tagSlug, name: `Thẻ ${fx.sectionSlug}` }]);
    expect(view.authors).toEqual([
      { name: "THU HÀ", slug: "thu-ha", note: "" },
      { name: "Ảnh: VĂN ĐẠT", slug: "anh-van-dat", note: "" },
    ]);
    expect(view.cover).toEqual({
      mediaId: picture!.id,
      src: "/media/2026/07/abc/960.webp",
      srcSet: "/media/2026/07/abc/480.webp 480w, /media/2026/07/abc/960.webp 960w, /media/2026/07/abc/1600.webp 1600w",
      width: 960,
      height: 640,
      alt: "Hội trường",
      caption: "Người dân dự lễ hội", // the story's own caption wins over the library's
      credit: "Ảnh: THƯ VIỆN",
    });
    // The body's library photos, by id, with every size: the page sizes its figures with them.
    expect(view.bodyImages).toEqual({
      [picture!.id]: {
        src: "/media/2026/07/abc/960.webp",
        srcSet: "/media/2026/07/abc/480.webp 480w, /media/2026/07/abc/960.webp 960w, /media/2026/07/abc/1600.webp 1600w",
        width: 960,
        height: 640,
        alt: "Hội trường",
        full: "/media/2026/07/abc/original.jpg",
      },
    });
    expect(view.corrections).toMatchObject([{ wrong: "ngày 5", right: "ngày 6", note: "Xin lỗi bạn đọc." }]);
    expect(view.story.revisedAt).toBeInstanceOf(Date);
    // Related: the public stories sharing the tag, never itself, never a hidden one.
    expect(view.related.map((s) => s.id).sort()).toEqual([...fx.visibleIds].sort());
  });

  it("finds a story with no tag in common through its section, public only", async () => {
    const lone = await makeStory(handle.db, {
      status: "published",
      title: "Bài lẻ",
      sectionId: fx.sectionId,
      author: fx.author,
      publishedAt: new Date(Date.now() - 60_000),
    });
    const view = (await getStoryView(handle.db, lone.id))!;
    expect(view.related.map((s) => s.id)).toEqual([fx.ids.scheduledDue, fx.ids.published]);
  });
});
