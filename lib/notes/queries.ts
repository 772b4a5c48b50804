// The Ghi chú thread of a story, oldest first, as the desk and the reporter read it: who wrote
// each note, in what role, and whether it came with a move of the story (a Trả bài note).
import { asc, eq } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { editorialNotes, storyTransitions, users } from "@/db/schema";
import { can, roleLabels, type Actor } from "@/lib/policy/policy";
import { eventLabels, workflowEvents, type WorkflowEvent } from "@/lib/workflow/transitions";
import { readStory } from "@/lib/stories/loader";

export type StoryNote = {
  id: number;
  body: string;
  authorId: number;
  authorName: string;
  roleLabel: string;
  /** "Trả bài" when the note was written with that move; null for a plain note. */
  transitionLabel: string | null;
  at: string;
};

const isEvent = (event: string): event is WorkflowEvent => (workflowEvents as readonly string[]).includes(event);

/** The thread, or null when the story does not exist or the actor may not see it (both 404). */
export async function listStoryNotes(db: Database, actor: Actor, storyId: number): Promise<StoryNote[] | null> {
  return (await readStory(db, actor, storyId)) ? readThread(db, storyId) : null;
}

/** What a page needs to mount StoryNotes: the thread and whether the actor may write in it. */
export async function getNotesThread(db: Database, actor: Actor, storyId: number): Promise<{ notes: StoryNote[]; canWrite: boolean } | null> {
  const story = await readStory(db, actor, storyId);
  if (!story) return null;
  return { notes: await readThread(db, storyId), canWrite: can(actor, "story.note", story.scope) };
}

/** For pages: a story's Ghi chú thread and whether this person may write in it. */
export async function getStoryNotes(actor: Actor, storyId: number): Promise<{ notes: StoryNote[]; canWrite: boolean } | null> {
  return getNotesThread(await appDatabase(), actor, storyId);
}

async function readThread(db: Database, storyId: number): Promise<StoryNote[]> {
  const rows = await db
    .select({
      id: editorialNotes.id,
      body: editorialNotes.body,
      authorId: editorialNotes.authorId,
      authorName: users.name,
      role: users.role,
      event: storyTransitions.event,
      at: editorialNotes.createdAt,
    })
    .from(editorialNotes)
    .innerJoin(users, eq(users.id, editorialNotes.authorId))
    .leftJoin(storyTransitions, eq(storyTransitions.id, editorialNotes.transitionId))
    .where(eq(editorialNotes.storyId, storyId))
    .orderBy(asc(editorialNotes.createdAt), asc(editorialNotes.id));
  return rows.map(({ role, event, at, ...note }) => ({
    ...note,
    roleLabel: roleLabels[role],
    transitionLabel: event ? (isEvent(event) ? eventLabels[event] : event) : null,
    at: at.toISOString(),
  }));
}
