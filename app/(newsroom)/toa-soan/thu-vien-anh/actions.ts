"use server";

import { revalidatePath } from "next/cache";
import { runAsActor } from "@/lib/actions/server-action";
import { updateMediaDetails } from "@/lib/media/commands";

export type MediaDetailsState = { ok?: boolean; error?: string; fieldErrors?: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

// The command validates (zod), asks the policy and checks ownership; this only reads the form.
export async function updateMediaDetailsAction(_prev: MediaDetailsState, formData: FormData): Promise<MediaDetailsState> {
  const result = await runAsActor(updateMediaDetails, {
    id: text(formData, "id") ?? "",
    caption: text(formData, "caption"),
    credit: text(formData, "credit"),
    alt: text(formData, "alt"),
  });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  revalidatePath("/toa-soan/thu-vien-anh");
  return { ok: true };
}
