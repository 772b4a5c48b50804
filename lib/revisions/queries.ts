// Reads for Lịch sử sửa đổi: the versions of a story (newest first, the current state on top) and
// one version resolved for comparison. Whoever may see the story may see its history; for anyone
// else these answer null, and the page answers 404.
import { and, asc, eq, inArray } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { media, sections, storyRevisions, users, type RevisionKind, type Story, type StoryRevision } from "@/db/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { text } from "@/lib/i18n/phrase";
import { can, type Actor } from "@/lib/policy/policy";
import { sameCopy, tagNamesOf, textAuthorOf } from "./record";
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
  /**
   * The number people see: the story's kept copies counted from 1 in the order they were kept,
   * without the gaps of the story's version (every autosave and move bumps that). The current
   * state has the last copy's number when nothing changed since, else the next one.
   */
  number: number;
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

/** The versions of a story, newest first, with the current state as the first entry; null if hidden. */
export async function getStoryHistory(db: Database, actor: Actor, storyId: number): Promise<StoryHistory | null> {
  const story = await readStory(db, actor, storyId);
  if (!story) return null;
  const rows = await db.select().from(storyRevisions).where(eq(storyRevisions.storyId, storyId)).orderBy(asc(storyRevisions.id));
  const names = await namesOf(db, [textAuthorOf(story), ...rows.map((r) => r.createdById)]);
  const kept: RevisionEntry[] = rows.map((r, i) => ({
    ref: r.id,
    number: i + 1,
    version: r.version,
    kind: r.kind,
    authorName: names.get(r.createdById) ?? "",
    at: r.createdAt,
  }));
  const last = rows.at(-1);
  const unchanged = last !== undefined && sameCopy(last, { ...story, tags: await tagNamesOf(db, storyId) });
  const current: RevisionEntry = {
    ref: "current",
    number: unchanged ? kept.length : kept.length + 1,
    version: story.version,
    kind: "current",
    authorName: names.get(textAuthorOf(story)) ?? "",
    at: story.textUpdatedAt ?? story.updatedAt,
  };
  return {
    story: { id: story.id, title: story.title, status: story.status, version: story.version },
    entries: [current, ...kept.reverse()],
    mayRestore: can(actor, "story.edit", story.scope),
  };
}

async function namesOf(db: Database, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique)) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
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
  const history = await getStoryHistory(db, actor, storyId);
  if (!history) return null;
  const entry = history.entries.find((e) => e.ref === ref);
  if (!entry) return null;
  const locale = actor.locale ?? defaultLocale;
  if (ref === "current") {
    const story = (await readStory(db, actor, storyId))!;
    return { entry, snapshot: await snapshotOf(db, story, await tagNamesOf(db, storyId), locale) };
  }
  const [revision] = await db
    .select()
    .from(storyRevisions)
    .where(and(eq(storyRevisions.id, ref), eq(storyRevisions.storyId, storyId)))
    .limit(1);
  if (!revision) return null;
  return { entry, snapshot: await snapshotOf(db, revision, revision.tags, locale) };
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
