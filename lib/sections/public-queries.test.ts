import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import type { StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { isSectionHidden, listSectionStories, listVisibleSubsections, resolveSectionSlug } from "./public-queries";

let handle: DatabaseHandle;
let author: Actor;
let parentId: number;
let childId: number;
let hiddenChildId: number;
const ids: Record<string, number> = {};

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function insertStory(key: string, sectionId: number, status: StoryStatus, publishedAt: Date | null) {
  ids[key] = (await makeStory(handle.db, { title: key, sectionId, status, publishedAt, author })).id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  author = await makePerson(handle.db, "reporter");
  ({ id: parentId } = await makeSection(handle.db, { name: "Văn hóa - Xã hội" }));
  ({ id: childId } = await makeSection(handle.db, { name: "Du lịch", parentId, position: 1 }));
  ({ id: hiddenChildId } = await makeSection(handle.db, { name: "Lưu trữ", parentId, hidden: true, position: 0 }));
  for (let i = 1; i <= 7; i++) await insertStory(`bai-${i}`, parentId, "published", minutesAgo(100 - i));
  await insertStory("con", childId, "published", minutesAgo(1));
  await insertStory("con-an", hiddenChildId, "published", minutesAgo(2));
  await insertStory("nhap", parentId, "draft", null);
  await insertStory("cho-duyet", parentId, "submitted", null);
  await insertStory("da-go", parentId, "unpublished", minutesAgo(3));
  await insertStory("hen-gio-da-toi", parentId, "scheduled", minutesAgo(4));
  await insertStory("hen-gio-chua-toi", parentId, "scheduled", new Date(Date.now() + 3_600_000));
});
afterAll(async () => handle?.close());

describe("a section's public stories", () => {
  it("lists only what readers may see, newest first, with visible subsections' stories", async () => {
    const page = await listSectionStories(handle.db, parentId, { page: 1, perPage: 50 });
    expect(page.items.map((s) => s.title)).toEqual(["con", "hen-gio-da-toi", "bai-7", "bai-6", "bai-5", "bai-4", "bai-3", "bai-2", "bai-1"]);
    expect(page.total).toBe(9);
    expect(page.items[0]).toMatchObject({ sectionSlug: "du-lich", sectionName: "Du lịch" });
  });

  it("pages by the size it is given", async () => {
    const first = await listSectionStories(handle.db, parentId, { page: 1, perPage: 5 });
    const second = await listSectionStories(handle.db, parentId, { page: 2, perPage: 5 });
    expect(first).toMatchObject({ total: 9, pageCount: 2, page: 1 });
    expect(first.items).toHaveLength(5);
    expect(second.items.map((s) => s.title)).toEqual(["bai-4", "bai-3", "bai-2", "bai-1"]);
    expect((await listSectionStories(handle.db, parentId, { page: 3, perPage: 5 })).items).toEqual([]);
  });

  it("lists a subsection's own stories only", async () => {
    expect((await listSectionStories(handle.db, childId)).items.map((s) => s.id)).toEqual([ids.con]);
    expect(await listVisibleSubsections(handle.db, parentId)).toEqual([{ id: childId, slug: "du-lich", name: "Du lịch" }]);
  });
});

describe("resolving a section slug", () => {
  it("finds the current slug without a redirect, and answers another spelling with one", async () => {
    expect(await resolveSectionSlug(handle.db, "du-lich")).toEqual({
      section: {
        id: childId,
        slug: "du-lich",
        name: "Du lịch",
        description: "",
        parentId,
        hidden: false,
        parent: { id: parentId, slug: "van-hoa-xa-hoi", name: "Văn hóa - Xã hội", hidden: false },
      },
    });
    expect((await resolveSectionSlug(handle.db, "Du-Lich"))?.redirectTo).toBe("/du-lich");
    expect(await resolveSectionSlug(handle.db, "khong-co")).toBeNull();
  });

  it("returns hidden sections so the page can answer 404 itself", async () => {
    const found = await resolveSectionSlug(handle.db, "luu-tru");
    expect(found && isSectionHidden(found.section)).toBe(true);
  });
});
