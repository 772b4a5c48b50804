"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runAsActor } from "@/lib/actions/server-action";
import { importDraft } from "@/lib/importer/import-draft";
import { readStoryBuffer, StoryFileError } from "@/lib/importer/read-story-file";

export type ImportState = { error?: string; text?: string };

const maxFileBytes = 10 * 1024 * 1024;
const form = z.object({
  text: z.string().max(1_000_000).default(""),
  file: z
    .instanceof(File)
    .optional()
    .refine((f) => !f || f.size <= maxFileBytes, "Tệp quá lớn (tối đa 10 MB)."),
});

export async function importStoryAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  const parsed = form.safeParse({ text: formData.get("text") ?? "", file: file instanceof File && file.size > 0 ? file : undefined });
  const typed = typeof formData.get("text") === "string" ? (formData.get("text") as string) : "";
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Dữ liệu không hợp lệ.", text: typed };

  let text = parsed.data.text;
  if (parsed.data.file) {
    try {
      text = await readStoryBuffer(parsed.data.file.name, Buffer.from(await parsed.data.file.arrayBuffer()));
    } catch (error) {
      if (error instanceof StoryFileError) return { error: error.message, text: typed };
      throw error;
    }
  }
  if (!text.trim()) return { error: "Hãy dán văn bản của bài hoặc chọn một tệp .txt hay .docx.", text: typed };

  const result = await runAsActor(importDraft, { text });
  if (!result.ok) return { error: result.error, text: typed };
  redirect(`/toa-soan/bai-viet/${result.data.id}?da-nhap=1`);
}
