// Ghi chú: the thread between the desk and the reporter on a story. Writing one asks the policy
// ("story.note": the story's authors, and the desk once the story has been sent to it) and tells
// the story's authors and the editor holding it, never the writer.
import { z } from "zod";
import { editorialNotes } from "@/db/schema";
import { defineCommand } from "@/lib/actions/command";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import { notify } from "@/lib/notifications/notify";
import { openStory } from "@/lib/stories/loader";
import { storyIdSchema } from "@/lib/stories/schemas";
import { normalizeText } from "@/lib/text/normalize";

export const NOTE_MAX_LENGTH = 4000;

export const noteInputSchema = z.object({
  storyId: storyIdSchema,
  body: z
    .string()
    .transform((s) => normalizeText(s).trim())
    .pipe(
      z
        .string()
        .min(1, zodMessage("validation.note.required"))
        .max(NOTE_MAX_LENGTH, zodMessage("validation.tooLong", { field: phrase("validation.note.label"), max: NOTE_MAX_LENGTH })),
    ),
});

export type AddedNote = { id: number; storyId: number; createdAt: string };

/** A notification's message quotes the start of the note, so the bell says what it is about. */
function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export const addNote = defineCommand(noteInputSchema, async ({ storyId, body }, ctx): Promise<AddedNote> =>
  ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, storyId, { action: "story.note" });
    const [row] = await tx
      .insert(editorialNotes)
      .values({ storyId, authorId: ctx.actor.id, body })
      .returning({ id: editorialNotes.id, createdAt: editorialNotes.createdAt });
    const title = story.title.trim();
    await notify(tx, {
      userIds: [story.createdById, ...story.scope.authorIds, ...(story.heldById ? [story.heldById] : [])],
      actorId: ctx.actor.id,
      storyId,
      kind: "note",
      message: phrase("notify.note", { actor: ctx.actor.name, title: title ? excerpt(title, 120) : phrase("notify.untitledNote"), note: excerpt(body) }),
    });
    return { id: row!.id, storyId, createdAt: row!.createdAt.toISOString() };
  }),
);
