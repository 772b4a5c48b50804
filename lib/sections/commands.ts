// What admins do to the paper's sections (Chuyên mục): create, rename, move under a parent,
// reorder, hide or show, merge and delete. Every command validates, asks the policy, acts and
// writes its audit row in one transaction; server actions only wrap these.
//
// Rules kept here rather than in the schema: one level of nesting; a slug is unique across the
// current slugs and the old ones (section_slugs), so an old URL never starts meaning something
// else; a reserved first URL segment is never a slug; a section with stories is never deleted.
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { sections, sectionSlugs, stories, storyRevisions, type Section } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import type { Actor } from "@/lib/policy/policy";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";
import { slugify } from "@/lib/text/slug";
import { isReservedSlug } from "./reserved-slugs";
import { recordAudit, type AuditAction } from "@/lib/audit/record";

export const SECTION_NAME_MAX_LENGTH = 80;
export const SECTION_SLUG_MAX_LENGTH = 60;
export const SECTION_DESCRIPTION_MAX_LENGTH = 300;

const idSchema = (message: string) => z.number({ error: message }).int(message).positive(message);
const sectionIdSchema = idSchema(zodMessage("validation.sections.sectionRequired"));
const tooLong = (label: "name" | "slug" | "description", max: number) =>
  zodMessage("validation.tooLong", { field: phrase(`validation.sections.${label}`), max });

const nameSchema = z
  .string({ error: zodMessage("validation.sections.nameRequired") })
  .max(SECTION_NAME_MAX_LENGTH * 4, tooLong("name", SECTION_NAME_MAX_LENGTH))
  .transform((s) => collapseSpaces(normalizeText(s).replace(/\n+/g, " ")).trim())
  .pipe(z.string().min(1, zodMessage("validation.sections.nameRequired")).max(SECTION_NAME_MAX_LENGTH, tooLong("name", SECTION_NAME_MAX_LENGTH)));

// What the admin typed; it goes through slugify, so "Thể thao" typed here still gives "the-thao".
const slugInputSchema = z.string().max(SECTION_SLUG_MAX_LENGTH * 4, tooLong("slug", SECTION_SLUG_MAX_LENGTH));

const descriptionSchema = z
  .string()
  .max(SECTION_DESCRIPTION_MAX_LENGTH * 4, tooLong("description", SECTION_DESCRIPTION_MAX_LENGTH))
  .transform((s) => normalizeText(s).trim())
  .pipe(z.string().max(SECTION_DESCRIPTION_MAX_LENGTH, tooLong("description", SECTION_DESCRIPTION_MAX_LENGTH)));

const parentIdSchema = idSchema(zodMessage("validation.sections.parentInvalid")).nullable();

/** Every section command takes this lock first: the checks of slugs, nesting and order then hold until commit. */
async function lockSections(tx: Database) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sections'))`);
}

async function loadSection(tx: Database, id: number): Promise<Section> {
  const [row] = await tx.select().from(sections).where(eq(sections.id, id)).for("update").limit(1);
  if (!row) throw refuse("not_found", "refusals.sections.notFound");
  return row;
}

const parentIs = (parentId: number | null) => (parentId === null ? isNull(sections.parentId) : eq(sections.parentId, parentId));

/** The sections sharing a parent (or the top level), in the admins' order. */
async function siblingsOf(tx: Database, parentId: number | null) {
  return tx
    .select({ id: sections.id, slug: sections.slug, position: sections.position })
    .from(sections)
    .where(parentIs(parentId))
    .orderBy(asc(sections.position), asc(sections.id));
}

async function nextPosition(tx: Database, parentId: number | null): Promise<number> {
  const siblings = await siblingsOf(tx, parentId);
  return siblings.reduce((top, s) => Math.max(top, s.position + 1), 0);
}

async function childCount(tx: Database, id: number): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(sections).where(eq(sections.parentId, id));
  return row?.n ?? 0;
}

/**
 * The slug `raw` (or, when empty, the name) becomes, checked against reserved words and every
 * current and old slug. `selfId` may keep its own current slug and take back one of its old ones.
 */
async function claimSlug(tx: Database, raw: string, name: string, selfId: number | null): Promise<string> {
  const slug = slugify(raw.trim() || name, SECTION_SLUG_MAX_LENGTH);
  if (!slug) throw refuse("invalid", "refusals.sections.slugEmpty", undefined, { field: "slug" });
  if (isReservedSlug(slug)) {
    throw refuse("reserved_slug", "refusals.sections.slugReserved", { slug }, { field: "slug", slug });
  }
  const [current] = await tx.select({ id: sections.id, name: sections.name }).from(sections).where(eq(sections.slug, slug)).limit(1);
  if (current && current.id !== selfId) {
    throw refuse("duplicate_slug", "refusals.sections.slugTaken", { slug, name: current.name }, { field: "slug", slug });
  }
  const [old] = await tx
    .select({ sectionId: sectionSlugs.sectionId, name: sections.name })
    .from(sectionSlugs)
    .innerJoin(sections, eq(sections.id, sectionSlugs.sectionId))
    .where(eq(sectionSlugs.slug, slug))
    .limit(1);
  if (old && old.sectionId !== selfId) {
    // Taking it would silently stop the old links of that section from reaching it.
    throw refuse("duplicate_slug", "refusals.sections.slugOld", { slug, name: old.name }, { field: "slug", slug });
  }
  return slug;
}

/** One level of nesting: the parent must exist and be top-level; a section with children stays top-level. */
async function checkParent(tx: Database, parentId: number, self: Pick<Section, "id" | "name"> | null): Promise<Section> {
  const [parent] = await tx.select().from(sections).where(eq(sections.id, parentId)).limit(1);
  if (!parent) throw refuse("invalid", "refusals.sections.parentMissing", undefined, { field: "parentId" });
  if (self && parent.id === self.id) throw refuse("nesting", "refusals.sections.parentSelf", undefined, { field: "parentId" });
  if (parent.parentId !== null) {
    throw refuse("nesting", "refusals.sections.parentNested", { name: parent.name }, { field: "parentId" });
  }
  if (self && (await childCount(tx, self.id)) > 0) {
    throw refuse("nesting", "refusals.sections.hasChildrenCannotNest", { name: self.name }, { field: "parentId" });
  }
  return parent;
}

const audit = (tx: Database, actor: Actor, action: AuditAction, sectionId: number, data: Record<string, unknown>) =>
  recordAudit(tx, { actorId: actor.id, action, entityType: "section", entityId: sectionId, data });

/** The keys whose values differ, as the before/after pair the audit trail shows. */
function diff<T extends Record<string, unknown>>(before: T, after: T) {
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => before[k] !== after[k]);
  return {
    keys,
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

export type CreatedSection = { id: number; slug: string };

export const createSection = defineCommand(
  z.object({
    name: nameSchema,
    slug: slugInputSchema.default(""),
    parentId: parentIdSchema.default(null),
    description: descriptionSchema.default(""),
  }),
  async (input, ctx): Promise<CreatedSection> => {
    ctx.authorize("sections.manage");
    return ctx.db.transaction(async (tx) => {
      await lockSections(tx);
      const slug = await claimSlug(tx, input.slug, input.name, null);
      if (input.parentId !== null) await checkParent(tx, input.parentId, null);
      const position = await nextPosition(tx, input.parentId);
      const [row] = await tx
        .insert(sections)
        .values({ slug, name: input.name, description: input.description, parentId: input.parentId, position })
        .returning({ id: sections.id });
      await audit(tx, ctx.actor, "section.create", row!.id, {
        before: null,
        after: { name: input.name, slug, description: input.description, parentId: input.parentId, position, hidden: false },
      });
      return { id: row!.id, slug };
    });
  },
);

export type RenamedSection = { id: number; name: string; slug: string; changed: boolean };

export const renameSection = defineCommand(
  z.object({
    id: sectionIdSchema,
    name: nameSchema,
    // Absent: keep the current slug. Empty: derive it from the (new) name.
    slug: slugInputSchema.optional(),
    description: descriptionSchema.optional(),
  }),
  async (input, ctx): Promise<RenamedSection> => {
    ctx.authorize("sections.manage");
    return ctx.db.transaction(async (tx) => {
      await lockSections(tx);
      const section = await loadSection(tx, input.id);
      const slug = input.slug === undefined ? section.slug : await claimSlug(tx, input.slug, input.name, section.id);
      const change = diff(
        { name: section.name, slug: section.slug, description: section.description },
        { name: input.name, slug, description: input.description ?? section.description },
      );
      if (change.keys.length === 0) return { id: section.id, name: section.name, slug: section.slug, changed: false };

      if (slug !== section.slug) {
        // The old address keeps answering (301 to the new one); taking back an own old slug frees it.
        await tx.delete(sectionSlugs).where(and(eq(sectionSlugs.slug, slug), eq(sectionSlugs.sectionId, section.id)));
        await tx.insert(sectionSlugs).values({ slug: section.slug, sectionId: section.id });
      }
      await tx
        .update(sections)
        .set({ name: input.name, slug, description: input.description ?? section.description })
        .where(eq(sections.id, section.id));
      await audit(tx, ctx.actor, "section.rename", section.id, { before: change.before, after: change.after });
      return { id: section.id, name: input.name, slug, changed: true };
    });
  },
);

export const moveSection = defineCommand(
  z.object({ id: sectionIdSchema, parentId: parentIdSchema }),
  async ({ id, parentId }, ctx): Promise<{ changed: boolean }> => {
    ctx.authorize("sections.manage");
    return ctx.db.transaction(async (tx) => {
      await lockSections(tx);
      const section = await loadSection(tx, id);
      if (section.parentId === parentId) return { changed: false };
      if (parentId !== null) await checkParent(tx, parentId, section);
      // It joins the end of its new siblings, where the admin will see it and place it.
      const position = await nextPosition(tx, parentId);
      await tx.update(sections).set({ parentId, position }).where(eq(sections.id, id));
      await audit(tx, ctx.actor, "section.move", id, {
        before: { parentId: section.parentId, position: section.position },
        after: { parentId, position },
      });
      return { changed: true };
    });
  },
);

export const reorderSection = defineCommand(
  z.object({ id: sectionIdSchema, direction: z.enum(["up", "down"], { error: zodMessage("validation.sections.directionInvalid") }) }),
  async ({ id, direction }, ctx): Promise<{ moved: boolean }> => {
    ctx.authorize("sections.manage");
    return ctx.db.transaction(async (tx) => {
      await lockSections(tx);
      const section = await loadSection(tx, id);
      const siblings = await siblingsOf(tx, section.parentId);
      const from = siblings.findIndex((s) => s.id === id);
      const to = direction === "up" ? from - 1 : from + 1;
      // Already first or last: a double click, not an error.
      if (to < 0 || to >= siblings.length) return { moved: false };
      const order = [...siblings];
      [order[from], order[to]] = [order[to]!, order[from]!];
      // Renumbering the whole group also repairs equal positions left by older data.
      for (const [position, sibling] of order.entries()) {
        if (sibling.position !== position) await tx.update(sections).set({ position }).where(eq(sections.id, sibling.id));
      }
      await audit(tx, ctx.actor, "section.reorder", id, {
        before: { position: from + 1 },
        after: { position: to + 1 },
        order: order.map((s) => s.slug),
      });
      return { moved: true };
    });
  },
);

export const setSectionHidden = defineCommand(
  z.object({ id: sectionIdSchema, hidden: z.boolean({ error: zodMessage("validation.sections.hiddenMissing") }) }),
  async ({ id, hidden }, ctx): Promise<{ changed: boolean }> => {
    ctx.authorize("sections.manage");
    return ctx.db.transaction(async (tx) => {
      await lockSections(tx);
      const section = await loadSection(tx, id);
      if (section.hidden === hidden) return { changed: false };
      await tx.update(sections).set({ hidden }).where(eq(sections.id, id));
      await audit(tx, ctx.actor, hidden ? "section.hide" : "section.show", id, { before: { hidden: section.hidden }, after: { hidden } });
      return { changed: true };
    });
  },
);

export type MergedSection = { intoId: number; intoSlug: string; movedStories: number; oldSlugs: string[] };

export const mergeSection = defineCommand(
  z.object({ id: sectionIdSchema, intoId: idSchema(zodMessage("validation.sections.intoRequired")) }),
  async ({ id, intoId }, ctx): Promise<MergedSection> => {
    ctx.authorize("sections.manage");
    if (id === intoId) throw refuse("invalid", "refusals.sections.mergeIntoSelf", undefined, { field: "intoId" });
    return ctx.db.transaction(async (tx) => {
      await lockSections(tx);
      const source = await loadSection(tx, id);
      const target = await loadSection(tx, intoId);

      const children = await tx.select({ id: sections.id }).from(sections).where(eq(sections.parentId, id)).orderBy(asc(sections.position), asc(sections.id));
      if (children.length > 0) {
        // The subsections follow their parent into the target, which must then be top-level.
        if (target.parentId !== null) {
          throw refuse("nesting", "refusals.sections.mergeIntoChild", { name: source.name, target: target.name }, { field: "intoId" });
        }
        let position = await nextPosition(tx, target.id);
        for (const child of children) await tx.update(sections).set({ parentId: target.id, position: position++ }).where(eq(sections.id, child.id));
      }

      // Stories change address, so their version moves on: an editor with one open gets the
      // usual conflict on the next save instead of a save into a section that no longer exists.
      const moved = await tx
        .update(stories)
        .set({ sectionId: target.id, version: sql`${stories.version} + 1`, updatedAt: new Date(), updatedById: ctx.actor.id })
        .where(eq(stories.sectionId, id))
        .returning({ id: stories.id });
      // Revisions point at the section to keep their history readable; the text they keep is
      // untouched, and the section they named lives on as the target (its slug redirects there).
      await tx.update(storyRevisions).set({ sectionId: target.id }).where(eq(storyRevisions.sectionId, id));

      const previous = await tx.select({ slug: sectionSlugs.slug }).from(sectionSlugs).where(eq(sectionSlugs.sectionId, id));
      await tx.update(sectionSlugs).set({ sectionId: target.id }).where(eq(sectionSlugs.sectionId, id));
      await tx.insert(sectionSlugs).values({ slug: source.slug, sectionId: target.id });
      await tx.delete(sections).where(eq(sections.id, id));

      const oldSlugs = [source.slug, ...previous.map((p) => p.slug)];
      await audit(tx, ctx.actor, "section.merge", id, {
        before: { name: source.name, slug: source.slug },
        after: { name: target.name, slug: target.slug },
        intoId: target.id,
        stories: moved.length,
        oldSlugs,
        subsections: children.length,
      });
      return { intoId: target.id, intoSlug: target.slug, movedStories: moved.length, oldSlugs };
    });
  },
);

export const deleteSection = defineCommand(z.object({ id: sectionIdSchema }), async ({ id }, ctx): Promise<{ id: number }> => {
  ctx.authorize("sections.manage");
  return ctx.db.transaction(async (tx) => {
    await lockSections(tx);
    const section = await loadSection(tx, id);
    const [storyRow] = await tx.select({ n: count() }).from(stories).where(eq(stories.sectionId, id));
    const storyCount = storyRow?.n ?? 0;
    if (storyCount > 0) {
      throw refuse("has_stories", "refusals.sections.hasStories", { name: section.name, count: storyCount }, { stories: storyCount });
    }
    const children = await childCount(tx, id);
    if (children > 0) {
      throw refuse("has_children", "refusals.sections.hasChildren", { name: section.name, count: children }, { subsections: children });
    }
    // A story moved elsewhere may still name this section in its kept revisions.
    const [revisionRow] = await tx.select({ n: count() }).from(storyRevisions).where(eq(storyRevisions.sectionId, id));
    if ((revisionRow?.n ?? 0) > 0) {
      throw refuse("has_history", "refusals.sections.hasHistory", { name: section.name });
    }
    const old = await tx.delete(sectionSlugs).where(eq(sectionSlugs.sectionId, id)).returning({ slug: sectionSlugs.slug });
    await tx.delete(sections).where(eq(sections.id, id));
    await audit(tx, ctx.actor, "section.delete", id, {
      before: { name: section.name, slug: section.slug, parentId: section.parentId, hidden: section.hidden },
      after: null,
      oldSlugs: old.map((o) => o.slug),
    });
    return { id };
  });
});
