// Khôi phục: putting an earlier version of a story back. It is a save like any other (policy
// "story.edit", version-checked, slug rules of the editor), so published stories are out of reach:
// those change only through the chief editor's Đính chính. The state it replaces is kept first, so
// a restore never loses anything and can itself be undone.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { auditLog, stories, storyRevisions, storyTags, tags, users, type Story } from "@/db/schema";
import { CommandError, defineCommand } from "@/lib/actions/command";
import { loadStoryForUpdate, type ConflictDetails } from "@/lib/stories/commands";
import { derivedColumns } from "@/lib/stories/derived";
import { storyFieldsSchema, storyIdSchema, versionSchema } from "@/lib/stories/schemas";
import { slugify } from "@/lib/text/slug";
import { keepRevision } from "./record";

const notFound = () => new CommandError("Không tìm thấy bài viết hoặc phiên bản này, hoặc bạn không có quyền xem.", "not_found");

/** A stale restore is refused like a stale save: code "conflict", same details, who and when. */
async function staleRestore(tx: Database, story: Story): Promise<CommandError> {
  const [by] = story.updatedById ? await tx.select({ name: users.name }).from(users).where(eq(users.id, story.updatedById)) : [];
  const details: ConflictDetails = { currentVersion: story.version, updatedByName: by?.name ?? "một người khác", updatedAt: story.updatedAt.toISOString() };
  return new CommandError(`Bài đã được ${details.updatedByName} sửa sau khi bạn mở lịch sử; chưa khôi phục. Hãy xem lại các phiên bản rồi thử lại.`, "conflict", details);
}

// TODO(lead): the same rules as saveStory's slugFrozen and setTags in lib/stories/commands.ts,
// which are not exported there yet; once they are, import them and delete these two.
const slugFrozen = (status: Story["status"]) => status === "published" || status === "unpublished" || status === "scheduled";

async function setTags(tx: Database, storyId: number, names: readonly string[]) {
  await tx.delete(storyTags).where(eq(storyTags.storyId, storyId));
  const unique = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !unique.has(slug)) unique.set(slug, name.trim());
  }
  if (unique.size === 0) return;
  await tx
    .insert(tags)
    .values([...unique].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing({ target: tags.slug });
  const rows = await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, [...unique.keys()]));
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  await tx.insert(storyTags).values([...unique.keys()].map((slug, position) => ({ storyId, tagId: ids.get(slug)!, position })));
}

export type RestoredStory = { id: number; version: number; restoredVersion: number; keptRevisionId: number };

export const restoreRevision = defineCommand(
  z.object({ storyId: storyIdSchema, revisionId: z.number().int().positive(), baseVersion: versionSchema }),
  async ({ storyId, revisionId, baseVersion }, ctx): Promise<RestoredStory> =>
    ctx.db.transaction(async (tx) => {
      const story = await loadStoryForUpdate(tx, storyId);
      if (!ctx.allowed("story.view", story.scope)) throw notFound();
      ctx.authorize("story.edit", story.scope);
      if (story.version !== baseVersion) throw await staleRestore(tx, story);
      const [revision] = await tx
        .select()
        .from(storyRevisions)
        .where(and(eq(storyRevisions.id, revisionId), eq(storyRevisions.storyId, storyId)))
        .limit(1);
      if (!revision) throw notFound();

      // A version kept under older rules goes through today's checks before it is written back.
      const parsed = storyFieldsSchema.safeParse({
        title: revision.title,
        sapo: revision.sapo,
        body: revision.body,
        byline: revision.byline,
        sectionId: revision.sectionId,
        tags: revision.tags,
        coverMediaId: revision.coverMediaId,
        coverCaption: revision.coverCaption,
        coverCredit: revision.coverCredit,
        seoTitle: revision.seoTitle,
        seoDescription: revision.seoDescription,
      });
      if (!parsed.success) throw new CommandError("Phiên bản này có nội dung không còn hợp lệ nên không thể khôi phục.", "invalid");
      const fields = parsed.data;

      const keptRevisionId = await keepRevision(tx, story, "restore");
      const { tags: tagNames, ...columns } = fields;
      const [row] = await tx
        .update(stories)
        .set({
          ...columns,
          ...derivedColumns(fields),
          slug: slugFrozen(story.status) ? story.slug : slugify(fields.title),
          version: story.version + 1,
          updatedAt: new Date(),
          updatedById: ctx.actor.id,
        })
        .where(and(eq(stories.id, storyId), eq(stories.version, baseVersion)))
        .returning({ id: stories.id, version: stories.version });
      await setTags(tx, storyId, tagNames);
      await tx.insert(auditLog).values({
        actorId: ctx.actor.id,
        action: "story.restore",
        entityType: "story",
        entityId: String(storyId),
        data: {
          status: story.status,
          revisionId,
          restoredVersion: revision.version,
          before: { version: story.version, title: story.title },
          after: { version: row!.version, title: fields.title },
          keptRevisionId,
        },
      });
      return { id: storyId, version: row!.version, restoredVersion: revision.version, keptRevisionId };
    }),
);
