// Reads for Lịch sử sửa đổi: the versions of a story (newest first, the current state on top) and
// one version resolved for comparison. Whoever may see the story may see its history; for anyone
// else these answer null, and the page answers 404.
import { and, desc, eq } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { media, sections, storyRevisions, users, type RevisionKind, type Story, type StoryRevision } from "@/db/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { text } from "@/lib/i18n/phrase";
import { can, type Actor } from "@/lib/policy/policy";
import { tagNamesOf } from "./record";
import type { RevisionSnapshot } from "./diff";
import { readStory } from "@/lib/stories/loader";

export type EntryKind = RevisionKind | "current";

/** Why a version was kept, in the newsroom's words and the reader's language. */
export function revisionKindLabel(kind: EntryKind, locale: Locale = defaultLocale): string {
  return messagesFor(locale).revisions.kinds[kind];
}

/** In Vietnamese; see revisionKindLabel(kind, locale). */
export const revisionKindLabels: Record<EntryKind, string> = messagesFor(defaultLocale).revisions.kinds;

/** A revision's id, or "current" for the story as it stands. */
export type RevisionRef = number | "current";

export type RevisionEntry = {
  ref: RevisionRef;
  version: number;
  kind: EntryKind;
  authorName: string;
  at: Date;
};

export type StoryHistory = {
  story: { id: number; title: string; status: Story["status"]; version: number };
  entries: RevisionEntry[];
  /** Restoring writes the story: only for those who may edit it now. */
  mayRestore: boolean;
};

async function nameOf(db: Database, userId: number | null): Promise<string> {
  if (userId === null) return "";
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? "";
}

/** The versions of a story, newest first, with the current state as the first entry; null if hidden. */
export async function getStoryHistory(db: Database, actor: Actor, storyId: number): Promise<StoryHistory | null> {
  const story = await readStory(db, actor, storyId);
  if (!story) return null;
  const rows = await db
    .select({ id: storyRevisions.id, version: storyRevisions.version, kind: storyRevisions.kind, at: storyRevisions.createdAt, authorName: users.name })
    .from(storyRevisions)
    .innerJoin(users, eq(users.id, storyRevisions.createdById))
    .where(eq(storyRevisions.storyId, storyId))
    .orderBy(desc(storyRevisions.version), desc(storyRevisions.id));
  const current: RevisionEntry = {
    ref: "current",
    version: story.version,
    kind: "current",
    authorName: await nameOf(db, story.updatedById ?? story.createdById),
    at: story.updatedAt,
  };
  return {
    story: { id: story.id, title: story.title, status: story.status, version: story.version },
    entries: [current, ...rows.map((r) => ({ ref: r.id, version: r.version, kind: r.kind, authorName: r.authorName, at: r.at }))],
    mayRestore: can(actor, "story.edit", story.scope),
  };
}

type Fields = Pick<
  StoryRevision,
  "title" | "sapo" | "body" | "byline" | "sectionId" | "coverMediaId" | "coverCaption" | "coverCredit" | "seoTitle" | "seoDescription"
>;

async function snapshotOf(db: Database, fields: Fields, tagNames: string[], locale: Locale): Promise<RevisionSnapshot> {
  const [section] = fields.sectionId ? await db.select({ name: sections.name }).from(sections).where(eq(sections.id, fields.sectionId)) : [];
  const [cover] = fields.coverMediaId ? await db.select({ name: media.originalName }).from(media).where(eq(media.id, fields.coverMediaId)) : [];
  return {
    title: fields.title,
    sapo: fields.sapo,
    body: fields.body,
    byline: fields.byline,
    sectionName: section?.name ?? null,
    tags: tagNames,
    // The picture is named by its file and library number: two pictures may share a file name.
    coverLabel: fields.coverMediaId
      ? text(locale, "revisions.coverLabel", { name: cover?.name ?? text(locale, "revisions.image"), id: fields.coverMediaId })
      : null,
    coverCaption: fields.coverCaption,
    coverCredit: fields.coverCredit,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
  };
}

/** One version of a story, names resolved, for comparison; null if hidden or not of this story. */
export async function getRevisionSnapshot(
  db: Database,
  actor: Actor,
  storyId: number,
  ref: RevisionRef,
): Promise<{ entry: RevisionEntry; snapshot: RevisionSnapshot } | null> {
  const story = await readStory(db, actor, storyId);
  if (!story) return null;
  if (ref === "current") {
    const entry: RevisionEntry = {
      ref,
      version: story.version,
      kind: "current",
      authorName: await nameOf(db, story.updatedById ?? story.createdById),
      at: story.updatedAt,
    };
    return { entry, snapshot: await snapshotOf(db, story, await tagNamesOf(db, storyId), actor.locale ?? defaultLocale) };
  }
  const [revision] = await db
    .select()
    .from(storyRevisions)
    .where(and(eq(storyRevisions.id, ref), eq(storyRevisions.storyId, storyId)))
    .limit(1);
  if (!revision) return null;
  const entry: RevisionEntry = {
    ref,
    version: revision.version,
    kind: revision.kind,
    authorName: await nameOf(db, revision.createdById),
    at: revision.createdAt,
  };
  return { entry, snapshot: await snapshotOf(db, revision, revision.tags, actor.locale ?? defaultLocale) };
}

/** For pages: a story's versions, newest first, or null when it is not this person's to see. */
export async function getHistory(actor: Actor, storyId: number): Promise<StoryHistory | null> {
  return getStoryHistory(await appDatabase(), actor, storyId);
}

/** For pages: two versions of a story, to compare. */
export async function getRevisionPair(actor: Actor, storyId: number, from: RevisionRef, to: RevisionRef) {
  const database = await appDatabase();
  return Promise.all([getRevisionSnapshot(database, actor, storyId, from), getRevisionSnapshot(database, actor, storyId, to)]);
}
