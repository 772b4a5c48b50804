"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { runAsActor } from "@/lib/actions/server-action";
import { maxStoryUploadBytes, megabytes } from "@/lib/http/body-limits";
import { importDraft } from "@/lib/importer/import-draft";
import { readStoryBuffer, StoryFileError } from "@/lib/importer/read-story-file";
import { can } from "@/lib/policy/policy";

export type ImportState = { error?: string; text?: string };

const form = z.object({
  text: z.string().max(1_000_000, "Văn bản quá dài (tối đa khoảng một triệu ký tự).").default(""),
  file: z
    .instanceof(File)
    .optional()
    .refine((f) => !f || f.size <= maxStoryUploadBytes, `Tệp quá lớn (tối đa ${megabytes(maxStoryUploadBytes)}).`),
});

export async function importStoryAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const typed = typeof formData.get("text") === "string" ? (formData.get("text") as string) : "";
  // Who is calling comes first: nobody else's file is ever opened.
  const actor = await getActor();
  if (!actor) return { error: "Bạn cần đăng nhập lại.", text: typed };
  if (!can(actor, "story.import")) return { error: "Bạn không có quyền nhập bài.", text: typed };

  const file = formData.get("file");
  const parsed = form.safeParse({ text: formData.get("text") ?? "", file: file instanceof File && file.size > 0 ? file : undefined });
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
