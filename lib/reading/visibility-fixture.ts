// Test support: one story in each state a reader must or must not see, filed in one section,
// tagged and signed alike, so every public listing can be checked against the same five cases.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { tags, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "@/lib/stories/body";

export const visibilityCases = {
  draft: { status: "draft", offsetMinutes: null, visible: false },
  scheduledDue: { status: "scheduled", offsetMinutes: -30, visible: true },
  scheduledLater: { status: "scheduled", offsetMinutes: 60, visible: false },
  published: { status: "published", offsetMinutes: -60, visible: true },
  takenDown: { status: "unpublished", offsetMinutes: -10, visible: false },
} as const satisfies Record<string, { status: StoryStatus; offsetMinutes: number | null; visible: boolean }>;
export type VisibilityCase = keyof typeof visibilityCases;

export type VisibilityFixture = {
  author: Actor;
  authorId: number;
  sectionId: number;
  sectionSlug: string;
  tagId: number;
  tagSlug: string;
  bylineSlug: string;
  ids: Record<VisibilityCase, number>;
  visibleIds: number[];
  hiddenIds: number[];
};

let counter = 0;

export async function seedVisibilityCases(db: Database, { sectionSlug = `kiem-tra-${++counter}` } = {}): Promise<VisibilityFixture> {
  const author = await makePerson(db, "reporter", { name: "Phóng viên", penName: "PHƯƠNG DUNG" });
  const section = await makeSection(db, { slug: sectionSlug, name: `Kiểm tra ${sectionSlug}` });
  const tagName = `Thẻ ${sectionSlug}`;
  const ids = {} as Record<VisibilityCase, number>;
  for (const [key, c] of Object.entries(visibilityCases) as [VisibilityCase, (typeof visibilityCases)[VisibilityCase]][]) {
    const story = await makeStory(db, {
      status: c.status,
      title: `Bài ${key} ${sectionSlug}`,
      sapo: `– Sapo ${key}`,
      body: bodyFromBlocks([{ type: "paragraph", text: "Nội dung." }]),
      byline: ["PHƯƠNG DUNG"],
      slug: `bai-${key.toLowerCase()}`,
      section,
      author,
      publishedAt: c.offsetMinutes === null ? null : new Date(Date.now() + c.offsetMinutes * 60_000),
      tags: [tagName],
    });
    ids[key] = story.id;
  }
  const [tag] = await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(eq(tags.name, tagName));
  const keys = Object.keys(visibilityCases) as VisibilityCase[];
  return {
    author,
    authorId: author.id,
    sectionId: section.id,
    sectionSlug,
    tagId: tag!.id,
    tagSlug: tag!.slug,
    bylineSlug: "phuong-dung",
    ids,
    visibleIds: keys.filter((k) => visibilityCases[k].visible).map((k) => ids[k]),
    hiddenIds: keys.filter((k) => !visibilityCases[k].visible).map((k) => ids[k]),
  };
}
