// Nhập từ văn bản: a pasted or uploaded story becomes a new draft with its fields filled in.
import { z } from "zod";
import { CommandError, defineCommand, refuse } from "@/lib/actions/command";
import { zodMessage } from "@/lib/i18n/phrase";
import type { ErrorCode } from "@/lib/actions/errors";
import { maxStoryUploadBytes, megabytes } from "@/lib/http/body-limits";
import { bodyFromBlocks } from "@/lib/stories/body";
import { insertDraft } from "@/lib/stories/commands";
import { emptyStoryFields, storyFieldsSchema } from "@/lib/stories/schemas";
import { describeIssue } from "@/lib/validation";
import { parseStory, StoryParseError, type StoryLayout } from "./parse-story";
import { readStoryBufferText, StoryFileError, type StoryFileErrorCode } from "./read-story-file";
import { findDuplicates } from "./duplicates";
import { importedBody, importedByline } from "./story-body";

const storyFileCodes: Record<StoryFileErrorCode, ErrorCode> = {
  "not-found": "not_found",
  "not-a-file": "invalid",
  "no-permission": "forbidden",
  unreadable: "unreadable",
  "too-large": "too_large",
  "legacy-doc": "unsupported_type",
  "bad-docx": "unreadable",
  "unsupported-format": "unsupported_type",
  binary: "unsupported_type",
  "not-utf8": "unreadable",
  busy: "busy",
};

const maxText = 1_000_000;

export const importDraft = defineCommand(
  z.object({
    text: z.string().max(maxText, zodMessage("validation.importer.textTooLong")).default(""),
    // An uploaded .txt or .docx, read only once the policy said yes.
    file: z
      .instanceof(File)
      .refine((f) => f.size <= maxStoryUploadBytes, zodMessage("validation.importer.fileTooLarge", { max: megabytes(maxStoryUploadBytes) }))
      .optional(),
    // The second, explicit choice after the warning that the paper already has this story.
    importAnyway: z.boolean().default(false),
  }),
  async (input, ctx) => {
    ctx.authorize("story.import");
    let text = input.text;
    // A .docx's formatting (a bold sapo, heading-styled subheadings); a pasted text has none.
    let layout: StoryLayout | undefined;
    if (input.file) {
      try {
        ({ text, layout } = await readStoryBufferText(input.file.name, Buffer.from(await input.file.arrayBuffer())));
      } catch (error) {
        if (error instanceof StoryFileError) throw new CommandError(error.phrase, storyFileCodes[error.code]);
        throw error;
      }
      if (text.length > maxText) throw refuse("too_large", "refusals.importer.fileTextTooLong");
    }
    if (!text.trim()) throw refuse("unreadable", "refusals.importer.nothing");
    let parsed;
    try {
      parsed = parseStory(text, layout);
    } catch (error) {
      // The parser words its refusals in Vietnamese and English itself (it is also a CLI's).
      if (error instanceof StoryParseError) throw new CommandError(ctx.locale === "en" ? error.english : error.message, "unreadable");
      throw error;
    }
    // The draft must be one the editor can save: the bounds of every save hold for an import too.
    const fields = storyFieldsSchema.safeParse({
      ...emptyStoryFields(ctx.actor.penName),
      kind: parsed.kind,
      title: parsed.title,
      sapo: parsed.sapo,
      body: bodyFromBlocks(importedBody(parsed)),
      byline: parsed.byline.length ? importedByline(parsed) : emptyStoryFields(ctx.actor.penName).byline,
    });
    if (!fields.success) throw refuse("invalid", "refusals.importer.invalidDraft", { detail: describeIssue(fields.error.issues[0]!, ctx.locale) });
    if (!input.importAnyway) {
      const duplicates = await findDuplicates(ctx.db, ctx.actor, parsed);
      // Nothing is stored: the person chooses between the story the paper has and a new copy.
      if (duplicates.shown.length || duplicates.hidden) return { created: false as const, duplicates };
    }
    return { created: true as const, ...(await insertDraft(ctx.db, ctx.actor, fields.data)) };
  },
);
