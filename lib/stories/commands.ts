// What writers do to a story: create, save (version-checked), submit and withdraw. Every command
// validates, loads, asks the policy, acts and records; server actions only wrap these.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { sections, stories, storyAuthors, storyTags, tags, type Story } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import type { Actor } from "@/lib/policy/policy";
import { slugify } from "@/lib/text/slug";
import { keepRevision, textAuthorOf } from "@/lib/revisions/record";
import { derivedColumns } from "./derived";
import { kindFixed } from "./kinds";
import { ensureMediaReferences } from "./kind-checks";
import { openStory, type OpenedStory } from "./loader";
import { emptyStoryFields, storyFieldsSchema, storyIdSchema, versionSchema, type StoryFields } from "./schemas";

export type SavedStory = { id: number; version: number; updatedAt: string; slug: string; status: Story["status"] };

export async function checkReferences(tx: Database, fields: StoryFields) {
  if (fields.sectionId !== null) {
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, fields.sectionId));
    if (!section) throw refuse("invalid", "refusals.story.sectionMissing", undefined, { field: "sectionId" });
  }
  await ensureMediaReferences(tx, fields);
}

/** Replaces a story's tags by name, creating the tags that do not exist yet. */
export async function setTags(tx: Database, storyId: number, names: readonly string[]) {
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
  const rows = await tx
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(inArray(tags.slug, [...unique.keys()]));
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  await tx.insert(storyTags).values([...unique.keys()].map((slug, position) => ({ storyId, tagId: ids.get(slug)!, position })));
}

// Once a story has been public its address is fixed; title changes then go through corrections.
export const slugFrozen = (status: Story["status"]) => status === "published" || status === "unpublished" || status === "scheduled";

const saved = (row: Pick<Story, "id" | "version" | "updatedAt" | "slug" | "status">): SavedStory => ({
  id: row.id,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  slug: row.slug,
  status: row.status,
});

export const createStory = defineCommand(storyFieldsSchema.partial(), async (input, ctx) => {
  ctx.authorize("story.create");
  return insertDraft(ctx.db, ctx.actor, { ...emptyStoryFields(ctx.actor.penName), ...input });
});

/** A new draft credited to the actor; callers have validated the fields and asked the policy. */
export async function insertDraft(db: Database, actor: Actor, fields: StoryFields): Promise<SavedStory> {
  return db.transaction(async (tx) => {
    await checkReferences(tx, fields);
    const { tags: tagNames, ...columns } = fields;
    const [row] = await tx
      .insert(stories)
      .values({ ...columns, ...derivedColumns(fields), slug: slugify(fields.title), createdById: actor.id, updatedById: actor.id, textUpdatedById: actor.id })
      .returning();
    await tx.insert(storyAuthors).values({ storyId: row!.id, userId: actor.id });
    await setTags(tx, row!.id, tagNames);
    return saved(row!);
  });
}

export const saveStory = defineCommand(
  z.object({
    id: storyIdSchema,
    baseVersion: versionSchema,
    fields: storyFieldsSchema,
    // Set only after the writer saw a conflict and chose to keep their text: the other person's
    // text is kept as a revision first, so nobody's words are lost.
    replaces: z.boolean().default(false),
  }),
  async ({ id, baseVersion, fields, replaces }, ctx) =>
    ctx.db.transaction(async (tx) => {
      const story = await openStory(tx, ctx, id, { action: "story.edit", version: baseVersion });
      await checkReferences(tx, fields);
      // A draft keeps no copies of its writer's own saves; someone else's words (the desk's edits
      // on a story returned to its writer) are kept before they are written over.
      if (replaces || story.status !== "draft" || textAuthorOf(story) !== ctx.actor.id) await keepRevision(tx, story);

      return saved(await writeStoryFields(tx, story, fields, ctx.actor));
    }),
);

/**
 * Writes what a writer edits, and what derives from it, onto a story loaded under its row lock:
 * the next version, with its tags. Saves, restores and corrections all write through here.
 */
export async function writeStoryFields(
  tx: Database,
  story: OpenedStory,
  fields: StoryFields,
  actor: Actor,
  extra: Partial<typeof stories.$inferInsert> = {},
): Promise<Story> {
  // Saves, restores and corrections alike: what readers saw a story as, it stays.
  if (fields.kind !== story.kind && kindFixed(story.status)) throw refuse("invalid_state", "refusals.story.kindFixed", undefined, { field: "kind" });
  const { tags: tagNames, ...columns } = fields;
  const now = new Date();
  const [row] = await tx
    .update(stories)
    .set({
      ...columns,
      ...derivedColumns(fields),
      slug: slugFrozen(story.status) ? story.slug : slugify(fields.title),
      version: story.version + 1,
      updatedAt: now,
      updatedById: actor.id,
      textUpdatedById: actor.id,
      textUpdatedAt: now,
      // A save is activity: the holder's hold is renewed.
      ...(story.scope.heldById === actor.id ? { heldAt: now } : {}),
      ...extra,
    })
    .where(and(eq(stories.id, story.id), eq(stories.version, story.version)))
    .returning();
  await setTags(tx, story.id, tagNames);
  return row!;
}
