// A revision is a whole copy of the story at one moment (title, sapo, body, byline, section, tags,
// cover and captions, SEO): what Lịch sử sửa đổi lists, compares and restores.
// The story's kind (Tin / Bài, Thông báo) is not copied: it is the form, not the words. It can
// change only until the story is first published (lib/stories/kinds.ts kindFixed), so every
// published and correction revision — the ones the law keeps unchanged — was published under the
// kind the story row still holds; and a restore puts old words into today's kind, whose
// submission rules then apply, instead of silently switching the kind back.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { storyRevisions, storyTags, tags, type RevisionKind, type Story } from "@/db/schema";

export async function tagNamesOf(tx: Database, storyId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: tags.name })
    .from(storyTags)
    .innerJoin(tags, eq(tags.id, storyTags.tagId))
    .where(eq(storyTags.storyId, storyId))
    .orderBy(storyTags.position);
  return rows.map((r) => r.name);
}

/** A whole copy of the story as it stands, before it changes. */
export async function keepRevision(tx: Database, story: Story, kind: RevisionKind = "save"): Promise<number> {
  const tagNames = await tagNamesOf(tx, story.id);
  const [row] = await tx
    .insert(storyRevisions)
    .values({
      storyId: story.id,
      version: story.version,
      kind,
      title: story.title,
      sapo: story.sapo,
      body: story.body,
      byline: story.byline,
      sectionId: story.sectionId,
      tags: tagNames,
      coverMediaId: story.coverMediaId,
      coverCaption: story.coverCaption,
      coverCredit: story.coverCredit,
      seoTitle: story.seoTitle,
      seoDescription: story.seoDescription,
      // The row describes the version it copies: who wrote it and when (not when it was superseded),
      // which is what Lịch sử sửa đổi lists.
      createdById: story.updatedById ?? story.createdById,
      createdAt: story.updatedAt,
    })
    .returning({ id: storyRevisions.id });
  return row!.id;
}
