// Test support: one story in each state a reader must or must not see, filed in one section,
// tagged and signed alike, so every public listing can be checked against the same five cases.
import { sections, stories, storyTags, tags, users, type StoryStatus } from "@/db/schema";
import type { Database } from "@/db/client";
import { derivedColumns } from "@/lib/stories/derived";

export const visibilityCases = {
  draft: { status: "draft", offsetMinutes: null, visible: false },
  scheduledDue: { status: "scheduled", offsetMinutes: -30, visible: true },
  scheduledLater: { status: "scheduled", offsetMinutes: 60, visible: false },
  published: { status: "published", offsetMinutes: -60, visible: true },
  takenDown: { status: "unpublished", offsetMinutes: -10, visible: false },
} as const satisfies Record<string, { status: StoryStatus; offsetMinutes: number | null; visible: boolean }>;
export type VisibilityCase = keyof typeof visibilityCases;

export type VisibilityFixture = {
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
  const [author] = await db
    .insert(users)
    .values({ email: `pv-${sectionSlug}@toasoan.test`, name: "Phóng viên", penName: "PHƯƠNG DUNG", role: "reporter" })
    .returning({ id: users.id });
  const [section] = await db.insert(sections).values({ slug: sectionSlug, name: `Kiểm tra ${sectionSlug}` }).returning({ id: sections.id });
  const [tag] = await db.insert(tags).values({ slug: `the-${sectionSlug}`, name: `Thẻ ${sectionSlug}` }).returning({ id: tags.id });
  const ids = {} as Record<VisibilityCase, number>;
  for (const [key, c] of Object.entries(visibilityCases) as [VisibilityCase, (typeof visibilityCases)[VisibilityCase]][]) {
    const title = `Bài ${key} ${sectionSlug}`;
    const byline = ["PHƯƠNG DUNG"];
    const body = { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: "Nội dung." }] }] };
    const [row] = await db
      .insert(stories)
      .values({
        title,
        sapo: `– Sapo ${key}`,
        body,
        byline,
        ...derivedColumns({ title, sapo: "", body, byline }),
        slug: `bai-${key.toLowerCase()}`,
        sectionId: section!.id,
        status: c.status,
        publishedAt: c.offsetMinutes === null ? null : new Date(Date.now() + c.offsetMinutes * 60_000),
        createdById: author!.id,
      })
      .returning({ id: stories.id });
    ids[key] = row!.id;
    await db.insert(storyTags).values({ storyId: row!.id, tagId: tag!.id });
  }
  const keys = Object.keys(visibilityCases) as VisibilityCase[];
  return {
    authorId: author!.id,
    sectionId: section!.id,
    sectionSlug,
    tagId: tag!.id,
    tagSlug: `the-${sectionSlug}`,
    bylineSlug: "phuong-dung",
    ids,
    visibleIds: keys.filter((k) => visibilityCases[k].visible).map((k) => ids[k]),
    hiddenIds: keys.filter((k) => !visibilityCases[k].visible).map((k) => ids[k]),
  };
}
