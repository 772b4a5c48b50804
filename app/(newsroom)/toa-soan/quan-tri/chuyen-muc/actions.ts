"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { publicStoriesTag, siteStructureTag } from "@/lib/publishing/cache-tags";
import { redirect } from "next/navigation";
import type { CommandResult } from "@/lib/actions/command";
import { runAsActor } from "@/lib/actions/server-action";
import { createSection, deleteSection, mergeSection, moveSection, renameSection, reorderSection, setSectionHidden } from "@/lib/sections/commands";
import { forgetPublicAnswers } from "@/lib/publishing/public-answers";

export type SectionFormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, so a refused form keeps it (React resets forms after an action). */
  values?: Record<string, string>;
};

const sectionsPath = "/toa-soan/quan-tri/chuyen-muc";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};
// The command refuses a missing or malformed id in Vietnamese; NaN gets there as "not a number".
const id = (formData: FormData, name = "id") => Number(text(formData, name) || Number.NaN);
const optionalId = (formData: FormData, name: string) => (text(formData, name) ? Number(text(formData, name)) : null);

function settle<T>(result: CommandResult<T>, message: (data: T) => string, values?: Record<string, string>): SectionFormState {
  if (!result.ok) {
    const field = typeof result.details?.field === "string" ? result.details.field : null;
    return { error: result.error, fieldErrors: result.fieldErrors ?? (field ? { [field]: result.error } : undefined), values };
  }
  // Sections shape every public address and the story editor's choices: refresh the whole site.
  revalidatePath("/", "layout");
  // Feeds and sitemaps carry the paper's name, domain and sections.
  revalidateTag(siteStructureTag, { expire: 0 });
  revalidateTag(publicStoriesTag, { expire: 0 });
  forgetPublicAnswers();
  return { ok: true, message: message(result.data) };
}

export async function createSectionAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const values = { name: text(formData, "name"), slug: text(formData, "slug"), parentId: text(formData, "parentId"), description: text(formData, "description") };
  const result = await runAsActor(createSection, {
    name: values.name,
    slug: values.slug,
    parentId: optionalId(formData, "parentId"),
    description: values.description,
  });
  return settle(result, (data) => `Đã thêm chuyên mục với đường dẫn /${data.slug}.`, values);
}

export async function renameSectionAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const values = { name: text(formData, "name"), slug: text(formData, "slug"), description: text(formData, "description") };
  const result = await runAsActor(renameSection, { id: id(formData), ...values });
  return settle(result, (data) => (data.changed ? `Đã lưu chuyên mục “${data.name}” (/${data.slug}).` : "Không có thay đổi nào."), values);
}

export async function moveSectionAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const result = await runAsActor(moveSection, { id: id(formData), parentId: optionalId(formData, "parentId") });
  return settle(result, (data) => (data.changed ? "Đã chuyển chuyên mục." : "Chuyên mục đã ở đúng chỗ đó."), { parentId: text(formData, "parentId") });
}

export async function reorderSectionAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const direction = text(formData, "direction") as "up" | "down";
  const result = await runAsActor(reorderSection, { id: id(formData), direction });
  return settle(result, (data) => (data.moved ? (direction === "up" ? "Đã đưa lên." : "Đã đưa xuống.") : "Chuyên mục đã ở đầu hoặc cuối danh sách."));
}

export async function setSectionHiddenAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const hidden = text(formData, "hidden") === "true";
  const result = await runAsActor(setSectionHidden, { id: id(formData), hidden });
  return settle(result, () => (hidden ? "Đã ẩn chuyên mục khỏi trang báo." : "Chuyên mục đã hiện lại trên trang báo."));
}

// Merge and delete remove the row that would show the message: the page says it instead.
export async function mergeSectionAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const result = await runAsActor(mergeSection, { id: id(formData), intoId: id(formData, "intoId") });
  const state = settle(result, () => "", { intoId: text(formData, "intoId") });
  if (!result.ok) return state;
  redirect(`${sectionsPath}?${new URLSearchParams({ "da-gop": result.data.intoSlug, "so-bai": String(result.data.movedStories) })}`);
}

export async function deleteSectionAction(_prev: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const result = await runAsActor(deleteSection, { id: id(formData) });
  const state = settle(result, () => "");
  if (!result.ok) return state;
  redirect(`${sectionsPath}?da-xoa=1`);
}
