import { z } from "zod";
import { route, RouteError } from "@/lib/actions/route";
import { listStoryNotes } from "@/lib/notes/queries";
import { phrase } from "@/lib/i18n/phrase";

export const dynamic = "force-dynamic";

const params = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

// The Ghi chú thread, polled by the story screen. A story the actor may not see answers 404,
// exactly like one that does not exist.
export const GET = route("newsroom.enter", { params }, async ({ db, actor, params: { id } }) => {
  const notes = await listStoryNotes(db, actor, id);
  if (!notes) throw new RouteError(phrase("refusals.story.notFound"), "not_found");
  return { notes };
});
