import { z } from "zod";
import { route } from "@/lib/actions/route";
import { suggestTags } from "@/lib/stories/editor-queries";
import { zodMessage } from "@/lib/i18n/phrase";

const query = z.object({ q: z.string().max(80, zodMessage("validation.media.queryTooLong")).default("") });

// Type-ahead for the Thẻ field.
export const GET = route("story.create", { query }, ({ db, actor, query: { q } }) => suggestTags(db, actor, q));
