import { z } from "zod";
import { route } from "@/lib/actions/route";
import { suggestTags } from "@/lib/stories/editor-queries";

const query = z.object({ q: z.string().max(80, "Từ khóa không hợp lệ.").default("") });

// Type-ahead for the Thẻ field.
export const GET = route("story.create", { query }, ({ db, actor, query: { q } }) => suggestTags(db, actor, q));
