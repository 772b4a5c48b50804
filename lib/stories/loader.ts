// The one way to open a story, for a command or a read: the row, its authors, what the policy
// sees of it at this moment (lib/workflow/scope.ts), and the same "not found" for a story that
// does not exist and for one this person may not see. Commands then ask the policy for what they
// do and check the version the writer based their change on, in that order.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, storyAuthors, users, type Story } from "@/db/schema";
import { refuse, type CommandContext, type CommandError } from "@/lib/actions/command";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { phrase, text } from "@/lib/i18n/phrase";
import { can, type Actor, type StoryAction, type StoryScope } from "@/lib/policy/policy";
import { storyScope } from "@/lib/workflow/scope";

/** A story as the policy sees it now: its effective status (a scheduled story whose time has passed is published) and its scope. */
export type OpenedStory = Story & { scope: StoryScope };

/** The conflict a stale save meets: who changed the story, when, and the version now stored. */
export type ConflictDetails = { currentVersion: number; updatedById: number | null; updatedByName: string; updatedAt: string };

export const notFound = () => refuse("not_found", "refusals.story.notFound");

async function load(db: Database, id: number, lock: boolean): Promise<OpenedStory | null> {
  const query = db.select().from(stories).where(eq(stories.id, id)).limit(1);
  const [story] = lock ? await query.for("update") : await query;
  if (!story) return null;
  const authors = await db.select({ userId: storyAuthors.userId }).from(storyAuthors).where(eq(storyAuthors.storyId, id));
  const scope = storyScope(
    story,
    authors.map((a) => a.userId),
  );
  return { ...story, status: scope.status, scope };
}

/** `locale` is the reader's, for the name shown when nobody is recorded ("một người khác"). */
export async function conflict(tx: Database, story: Story, locale: Locale = defaultLocale): Promise<CommandError> {
  const [by] = story.updatedById ? await tx.select({ name: users.name }).from(users).where(eq(users.id, story.updatedById)) : [];
  const details: ConflictDetails = {
    currentVersion: story.version,
    // So the banner can tell the writer it was themselves, in another tab or on another device.
    updatedById: story.updatedById,
    updatedByName: by?.name ?? text(locale, "refusals.someoneElse"),
    updatedAt: story.updatedAt.toISOString(),
  };
  return refuse("conflict", "refusals.story.conflict", { name: by?.name ?? phrase("refusals.someoneElse") }, details);
}

export type OpenOptions = {
  /** What the command does to it: the policy is asked, after `check`. */
  action?: StoryAction;
  /** The version the change was based on: a newer stored one is a conflict. */
  version?: number;
  /** A check of the story's state before the policy (e.g. "the workflow has no such move"). */
  check?: (story: OpenedStory) => void | Promise<void>;
};

/**
 * For a command, inside its transaction: the story under its row lock, 404 unless the actor may
 * see it, then `check`, the policy's answer for `action`, and the version check.
 */
export async function openStory(tx: Database, ctx: CommandContext, id: number, options: OpenOptions = {}): Promise<OpenedStory> {
  const story = await load(tx, id, true);
  if (!story || !ctx.allowed("story.view", story.scope)) throw notFound();
  await options.check?.(story);
  if (options.action) ctx.authorize(options.action, story.scope);
  if (options.version !== undefined && story.version !== options.version) throw await conflict(tx, story, ctx.locale);
  return story;
}

/** For a read: the story, or null when it does not exist or the person may not see it (both 404). */
export async function readStory(db: Database, actor: Actor | null, id: number): Promise<OpenedStory | null> {
  const story = await load(db, id, false);
  return story && can(actor, "story.view", story.scope) ? story : null;
}
