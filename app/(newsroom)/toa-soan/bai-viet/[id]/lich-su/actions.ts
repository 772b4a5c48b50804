"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAsActor } from "@/lib/actions/server-action";
import { restoreRevision } from "@/lib/revisions/commands";

export type RestoreState = { error?: string };

const number = (formData: FormData, name: string) => {
  const value = formData.get(name);
  // The command refuses anything that is not a positive whole number, in Vietnamese.
  return typeof value === "string" && value ? Number(value) : Number.NaN;
};

/** Khôi phục: the command validates, asks the policy ("story.edit") and checks the version. */
export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const storyId = number(formData, "storyId");
  const result = await runAsActor(restoreRevision, { storyId, revisionId: number(formData, "revisionId"), baseVersion: number(formData, "baseVersion") });
  if (!result.ok) return { error: result.error };
  revalidatePath("/toa-soan");
  revalidatePath(`/toa-soan/bai-viet/${storyId}`);
  // The stored version is what the editor must show now, not a copy kept in the browser.
  redirect(`/toa-soan/bai-viet/${storyId}?ban=may-chu&khoi-phuc=${result.data.restoredVersion}`);
}
