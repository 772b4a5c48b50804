// Nhập từ văn bản: a pasted or uploaded story becomes a new draft with its fields filled in.
import { z } from "zod";
import { CommandError, defineCommand } from "@/lib/actions/command";
import { bodyFromBlocks } from "@/lib/stories/body";
import { insertDraft } from "@/lib/stories/commands";
import { emptyStoryFields, storyFieldsSchema } from "@/lib/stories/schemas";
import { describeIssue } from "@/lib/validation";
import { parseStory, StoryParseError } from "./parse-story";

export const importDraft = defineCommand(
  z.object({ text: z.string().max(1_000_000, "Văn bản quá dài (tối đa khoảng một triệu ký tự).") }),
  async ({ text }, ctx) => {
    ctx.authorize("story.import");
    let parsed;
    try {
      parsed = parseStory(text);
    } catch (error) {
      if (error instanceof StoryParseError) throw new CommandError(error.message, "unreadable");
      throw error;
    }
    // The draft must be one the editor can save: the bounds of every save hold for an import too.
    const fields = storyFieldsSchema.safeParse({
      ...emptyStoryFields(ctx.actor.penName),
      title: parsed.title,
      sapo: parsed.sapo,
      // Captions stay captions: a figure whose picture the reporter adds from the library.
      body: bodyFromBlocks(parsed.body.map((b) => (b.type === "caption" ? { type: "caption", text: b.text } : { type: "paragraph", text: b.text }))),
      byline: parsed.byline.length ? parsed.byline : emptyStoryFields(ctx.actor.penName).byline,
    });
    if (!fields.success) throw new CommandError(`Không tạo được bài từ văn bản này. ${describeIssue(fields.error.issues[0]!)}`, "invalid");
    return insertDraft(ctx.db, ctx.actor, fields.data);
  },
);
