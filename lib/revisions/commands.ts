// Khôi phục: putting an earlier version of a story back. It is a save like any other (policy
// "story.edit", version-checked, slug rules of the editor), so published stories are out of reach:
// those change only through the chief editor's Đính chính. The state it replaces is kept first, so
// a restore never loses anything and can itself be undone.
import { and, count, eq, lte } from "drizzle-orm";
import { z } from "zod";
import { storyRevisions } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { writeStoryFields } from "@/lib/stories/commands";
import { openStory } from "@/lib/stories/loader";
import { storyFieldsSchema, storyIdSchema, versionSchema } from "@/lib/stories/schemas";
import { keepRevision } from "./record";
import { recordAudit } from "@/lib/audit/record";

const notFound = () => refuse("not_found", "refusals.revisions.notFound");

/** restoredNumber is the copy's number as Lịch sử sửa đổi shows it (lib/revisions/queries.ts). */
export type RestoredStory = { id: number; version: number; restoredVersion: number; restoredNumber: number; keptRevisionId: number };

export const restoreRevision = defineCommand(
  z.object({ storyId: storyIdSchema, revisionId: z.number().int().positive(), baseVersion: versionSchema }),
  async ({ storyId, revisionId, baseVersion }, ctx): Promise<RestoredStory> =>
    ctx.db.transaction(async (tx) => {
      const story = await openStory(tx, ctx, storyId, { action: "story.edit", version: baseVersion });
      const [revision] = await tx
        .select()
        .from(storyRevisions)
        .where(and(eq(storyRevisions.id, revisionId), eq(storyRevisions.storyId, storyId)))
        .limit(1);
      if (!revision) throw notFound();
      const [{ restoredNumber } = { restoredNumber: 0 }] = await tx
        .select({ restoredNumber: count() })
        .from(storyRevisions)
        .where(and(eq(storyRevisions.storyId, storyId), lte(storyRevisions.id, revisionId)));

      // A version kept under older rules goes through today's checks before it is written back.
      const parsed = storyFieldsSchema.safeParse({
        // Revisions keep the words, not the kind: a restore puts the text back into the story as
        // it is now (see lib/revisions/record.ts).
        kind: story.kind,
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
      if (!parsed.success) throw refuse("invalid", "refusals.revisions.invalid");
      const fields = parsed.data;

      const keptRevisionId = await keepRevision(tx, story, "restore");
      const row = await writeStoryFields(tx, story, fields, ctx.actor);
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "story.restore",
        entityType: "story",
        entityId: storyId,
        data: {
          status: story.status,
          revisionId,
          restoredVersion: revision.version,
          restoredNumber,
          before: { version: story.version, title: story.title },
          after: { version: row.version, title: fields.title },
          keptRevisionId,
        },
      });
      return { id: storyId, version: row.version, restoredVersion: revision.version, restoredNumber, keptRevisionId };
    }),
);
