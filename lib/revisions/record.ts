// A revision is a whole copy of the story at one moment (title, sapo, body, byline, section, tags,
// cover and captions, SEO): what Lịch sử sửa đổi lists, compares and restores.
// The story's kind (Tin / Bài, Thông báo) is not copied: it is the form, not the words. It can
// change only until the story is first published (lib/stories/kinds.ts kindFixed), so every
// published and correction revision — the ones the law keeps unchanged — was published under the
// kind the story row still holds; and a restore puts old words into today's kind, whose
// submission rules then apply, instead of silently switching the kind back.
import { isDeepStrictEqual } from "node:util";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, storyRevisions, storyTags, tags, type RevisionKind, type Story } from "@/db/schema";

export async function tagNamesOf(tx: Database, storyId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: tags.name })
    .from(storyTags)
    .innerJoin(tags, eq(tags.id, storyTags.tagId))
    .where(eq(storyTags.storyId, storyId))
    .orderBy(storyTags.position);
  return rows.map((r) => r.name);
}

/** The words and fields a revision copies, for comparing two copies. */
export type CopiedFields = Pick<
  Story,
  "title" | "sapo" | "body" | "byline" | "sectionId" | "coverMediaId" | "coverCaption" | "coverCredit" | "seoTitle" | "seoDescription"
> & { tags: string[] };

const copiedKeys = [
  "title",
  "sapo",
  "body",
  "byline",
  "sectionId",
  "tags",
  "coverMediaId",
  "coverCaption",
  "coverCredit",
  "seoTitle",
  "seoDescription",
] as const;

/** Whether two copies hold the same words and fields (the kind of copy and who moved it aside). */
export function sameCopy(a: CopiedFields, b: CopiedFields): boolean {
  return copiedKeys.every((key) => isDeepStrictEqual(a[key], b[key]));
}

/** Kinds kept only when the text differs from the last copy: a save after a move has nothing new. */
const keptOnlyWhenChanged: readonly RevisionKind[] = ["save", "takeover"];

/**
 * A whole copy of the story as it stands, before it changes (or, for "submitted", "approved" and
 * "published", as it was sent, approved or published). A plain save whose text is the last copy's
 * keeps nothing new. Returns the id of the copy that holds this text.
 */
export async function keepRevision(tx: Database, story: Story, kind: RevisionKind = "save"): Promise<number> {
  const tagNames = await tagNamesOf(tx, story.id);
  if (keptOnlyWhenChanged.includes(kind)) {
    const [last] = await tx.select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id)).orderBy(desc(storyRevisions.id)).limit(1);
    if (last && sameCopy(last, { ...story, tags: tagNames })) return last.id;
  }
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
      // The row describes the text it copies: who last changed those words and when (a move to
      // the desk or an approval changes who touched the story last, not who wrote it).
      createdById: textAuthorOf(story),
      createdAt: story.textUpdatedAt ?? story.updatedAt,
    })
    .returning({ id: storyRevisions.id });
  return row!.id;
}

/** Who last changed the story's words (older rows: whoever last wrote it). */
export function textAuthorOf(story: Pick<Story, "textUpdatedById" | "updatedById" | "createdById">): number {
  return story.textUpdatedById ?? story.updatedById ?? story.createdById;
}

/** Keeps the stored story as it is now, marked as the copy sent, approved or published. */
export async function keepStoredCopy(tx: Database, storyId: number, kind: RevisionKind): Promise<number> {
  const [row] = await tx.select().from(stories).where(eq(stories.id, storyId));
  return keepRevision(tx, row!, kind);
}
