// Reads for the story editor: the story as its writer or the desk sees it, what they may do to it,
// and the choices the form offers (sections, tags).
import { and, asc, desc, eq, exists, ilike, lte, ne, or, sql } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { media, sections, stories, storyApprovals, storyAuthors, storyTags, storyTransitions, tags, users, type Story } from "@/db/schema";
import { loadSettings } from "@/lib/settings/settings";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import type { StoryFields } from "./schemas";
import { approvalLevelRefusal } from "@/lib/workflow/approvals";
import { kindOf } from "./kinds";
import { readStory, type OpenedStory } from "./loader";
import { storyPath } from "./public-queries";

export type EditableStory = {
  id: number;
  version: number;
  status: Story["status"];
  slug: string;
  updatedAt: string;
  fields: StoryFields;
  coverUrl: string | null;
  may: Record<StoryMove, boolean>;
  /** Who holds the story in review right now (a lapsed hold is nobody's). */
  holder: { id: number; name: string; since: string } | null;
  publishedAt: string | null;
  revisedAt: string | null;
  unpublishReason: string | null;
  approvalLevels: number;
  approvals: { level: number; name: string; at: string }[];
  trail: { id: number; event: string; note: string | null; actor: string | null; at: string }[];
  /** A draft the desk sent back (its last move was Trả bài): who, when and the Lý do. */
  returned: { note: string; by: string | null; at: string } | null;
  /** The address readers open while the story is on the paper; null otherwise. */
  publicPath: string | null;
};

export const storyMoves = [
  "edit",
  "submit",
  "withdraw",
  "claim",
  "takeover",
  "release",
  "return",
  "approve",
  "schedule",
  "unschedule",
  "publish",
  "unpublish",
  "republish",
  "correct",
  "note",
] as const;
export type StoryMove = (typeof storyMoves)[number];

/** Null when the story does not exist or the actor may not see it: both answer 404. */
export async function getStoryForEditing(db: Database, actor: Actor, id: number): Promise<EditableStory | null> {
  const story = await readStory(db, actor, id);
  if (!story) return null;
  const { scope } = story;

  const [tagRows, cover, approvalRows, trailRows, section] = await Promise.all([
    db
      .select({ name: tags.name })
      .from(storyTags)
      .innerJoin(tags, eq(tags.id, storyTags.tagId))
      .where(eq(storyTags.storyId, id))
      .orderBy(asc(storyTags.position)),
    story.coverMediaId ? db.select({ variants: media.variants }).from(media).where(eq(media.id, story.coverMediaId)) : Promise.resolve([]),
    db
      .select({ level: storyApprovals.level, userId: storyApprovals.userId, name: users.name, at: storyApprovals.at })
      .from(storyApprovals)
      .innerJoin(users, eq(users.id, storyApprovals.userId))
      .where(eq(storyApprovals.storyId, id))
      .orderBy(asc(storyApprovals.level)),
    db
      .select({ id: storyTransitions.id, event: storyTransitions.event, note: storyTransitions.note, actor: users.name, at: storyTransitions.at })
      .from(storyTransitions)
      .leftJoin(users, eq(users.id, storyTransitions.actorId))
      .where(eq(storyTransitions.storyId, id))
      .orderBy(desc(storyTransitions.at), desc(storyTransitions.id))
      .limit(50),
    story.sectionId
      ? db
          .select({ slug: sections.slug, hidden: sections.hidden })
          .from(sections)
          .where(eq(sections.id, story.sectionId))
          .then(([row]) => row)
      : undefined,
  ]);
  // Only submitting moves a draft on, so a draft whose latest move is a return is still returned.
  const lastMove = trailRows.find((row) => row.event !== "takeover" && row.event !== "release" && row.event !== "correct");
  const returned = scope.status === "draft" && lastMove?.event === "return" ? lastMove : null;
  const onThePaper = scope.status === "published" || (scope.status === "scheduled" && story.publishedAt !== null && story.publishedAt <= new Date());
  const { approvalLevels } = await loadSettings(db);
  const variants = cover[0]?.variants ?? [];
  const coverVariant = [...variants].sort((a, b) => a.width - b.width).find((v) => v.width >= 480) ?? variants.at(-1);
  return {
    id: story.id,
    version: story.version,
    status: scope.status,
    slug: story.slug,
    updatedAt: story.updatedAt.toISOString(),
    fields: {
      kind: kindOf(story.kind),
      title: story.title,
      sapo: story.sapo,
      body: story.body,
      byline: story.byline,
      sectionId: story.sectionId,
      tags: tagRows.map((t) => t.name),
      coverMediaId: story.coverMediaId,
      coverCaption: story.coverCaption,
      coverCredit: story.coverCredit,
      seoTitle: story.seoTitle,
      seoDescription: story.seoDescription,
    },
    coverUrl: coverVariant ? `/media/${coverVariant.key}` : null,
    may: {
      ...(Object.fromEntries(storyMoves.map((move) => [move, move !== "release" && can(actor, `story.${move}`, scope)])) as Record<StoryMove, boolean>),
      ...independentApprover(actor, story, approvalLevels, approvalRows),
      withdraw: can(actor, "story.withdraw", scope) && scope.status === "submitted",
      release: scope.status === "in_review" && scope.heldById === actor.id,
    },
    holder: scope.heldById && story.heldAt ? { id: scope.heldById, name: (await nameOf(db, scope.heldById)) ?? "", since: story.heldAt.toISOString() } : null,
    publishedAt: story.publishedAt?.toISOString() ?? null,
    revisedAt: story.revisedAt?.toISOString() ?? null,
    unpublishReason: story.unpublishReason,
    approvalLevels,
    approvals: approvalRows.map((a) => ({ level: a.level, name: a.name, at: a.at.toISOString() })),
    trail: trailRows.map((t) => ({ id: t.id, event: t.event, note: t.note, actor: t.actor, at: t.at.toISOString() })),
    returned: returned ? { note: returned.note ?? "", by: returned.actor, at: returned.at.toISOString() } : null,
    publicPath: onThePaper && section && !section.hidden ? storyPath({ id: story.id, slug: story.slug, sectionSlug: section.slug }) : null,
  };
}

/** The approving moves the approval-level rule (lib/workflow/approvals.ts) takes away from this person. */
function independentApprover(
  actor: Actor,
  story: OpenedStory,
  approvalLevels: number,
  approvals: readonly { level: number; userId: number }[],
): Partial<Record<StoryMove, false>> {
  const refused = (level: number) =>
    approvalLevelRefusal({ approvalLevels, actorId: actor.id, createdById: story.createdById, authorIds: story.scope.authorIds, approvals, level }) !== null;
  const final = refused(approvalLevels);
  return {
    ...(refused(approvals.length + 1) ? { approve: false } : {}),
    ...(final ? { publish: false, schedule: false } : {}),
  };
}

/** For pages: the story as the editor opens it, or null when it is not there or not this person's to see. */
export async function getEditableStory(actor: Actor, id: number): Promise<EditableStory | null> {
  return getStoryForEditing(await appDatabase(), actor, id);
}

export type SectionChoice = { id: number; slug: string; name: string };

export async function listSectionChoices(db: Database, actor: Actor): Promise<SectionChoice[]> {
  if (!can(actor, "story.create")) throw new PermissionDeniedError();
  const rows = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, parentId: sections.parentId, hidden: sections.hidden })
    .from(sections)
    .orderBy(asc(sections.position));
  // Subsections under their parent, in the admins' order.
  const top = rows.filter((s) => s.parentId === null && !s.hidden);
  return top.flatMap((parent) => [
    { id: parent.id, slug: parent.slug, name: parent.name },
    ...rows.filter((s) => s.parentId === parent.id && !s.hidden).map((s) => ({ id: s.id, slug: s.slug, name: `${parent.name} › ${s.name}` })),
  ]);
}

/** For pages: the sections a story may be filed under. */
export async function getSectionChoices(actor: Actor): Promise<SectionChoice[]> {
  return listSectionChoices(await appDatabase(), actor);
}

export async function suggestTags(db: Database, actor: Actor, query: string, limit = 10): Promise<string[]> {
  if (!can(actor, "story.create")) throw new PermissionDeniedError();
  const q = query.normalize("NFC").trim();
  if (!q) return [];
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  // Only tags of stories this person may see (the policy's story.view: their own, anything the
  // desk was sent) or that readers see: a private draft's first save must not reveal its tags.
  const onDesk = actor.role === "editor" || actor.role === "chief_editor";
  const visible = or(
    eq(stories.status, "published"),
    and(eq(stories.status, "scheduled"), lte(stories.publishedAt, sql`now()`)),
    eq(stories.createdById, actor.id),
    exists(
      db
        .select({ one: sql`1` })
        .from(storyAuthors)
        .where(and(eq(storyAuthors.storyId, stories.id), eq(storyAuthors.userId, actor.id))),
    ),
    onDesk ? ne(stories.status, "draft") : sql`false`,
  );
  const rows = await db
    .selectDistinct({ name: tags.name })
    .from(tags)
    .innerJoin(storyTags, eq(storyTags.tagId, tags.id))
    .innerJoin(stories, eq(stories.id, storyTags.storyId))
    .where(and(ilike(tags.name, `%${escaped}%`), visible))
    .orderBy(asc(tags.name))
    .limit(limit);
  return rows.map((r) => r.name);
}

async function nameOf(db: Database, userId: number): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
