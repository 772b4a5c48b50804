"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { runAsActor } from "@/lib/actions/server-action";
import { clientAddress } from "@/lib/auth/request";
import { changePassword, updateProfile } from "@/lib/profile/commands";
import type { ProfileAvatar } from "@/lib/profile/queries";

export type ProfileFormValues = { name: string; penName: string };
export type ProfileState = {
  ok?: boolean;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** What the form shows next: the saved values, or what was typed when it was refused. */
  values?: ProfileFormValues;
  avatar?: ProfileAvatar | null;
  /** Bumped on every answer, so the form's fields take the values above. */
  round: number;
};
export type PasswordState = { ok?: boolean; error?: string; fieldErrors?: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// The commands validate, ask the policy and act on the signed-in person only; these read the form.
export async function updateProfileAction(prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const typed = { name: text(formData, "name"), penName: text(formData, "penName") };
  const result = await runAsActor(updateProfile, {
    ...typed,
    avatarMediaId: text(formData, "avatarMediaId"),
    address: clientAddress(await headers()),
  });
  const round = prev.round + 1;
  if (!result.ok) {
    const field = typeof result.details?.field === "string" ? result.details.field : undefined;
    return { error: result.error, fieldErrors: field ? { ...result.fieldErrors, [field]: result.error } : result.fieldErrors, values: typed, round };
  }
  // The header shows the name; the pen name is read from the session on the next request anyway.
  revalidatePath("/toa-soan", "layout");
  return { ok: true, values: { name: result.data.name, penName: result.data.penName }, avatar: result.data.avatar, round };
}

export async function changePasswordAction(_prev: PasswordState, formData: FormData): Promise<PasswordState> {
  const result = await runAsActor(changePassword, {
    currentPassword: text(formData, "currentPassword"),
    newPassword: text(formData, "newPassword"),
    confirmPassword: text(formData, "confirmPassword"),
    address: clientAddress(await headers()),
  });
  if (!result.ok) {
    const field = typeof result.details?.field === "string" ? result.details.field : undefined;
    return { error: result.error, fieldErrors: field ? { ...result.fieldErrors, [field]: result.error } : result.fieldErrors };
  }
  return { ok: true };
}
