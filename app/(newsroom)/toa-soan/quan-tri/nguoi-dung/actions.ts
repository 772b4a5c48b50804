"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { Role } from "@/db/schema";
import { runAsActor } from "@/lib/actions/server-action";
import { linkOrigin, passwordLinkUrl } from "@/lib/auth/password-links";
import { formatDateline } from "@/lib/text/dateline";
import { activateUser, changeUserRole, createUser, deactivateUser, issuePasswordReset, type HandedLink } from "@/lib/users/commands";
import { sendPasswordLinkEmail } from "@/lib/users/password-link-mail";

/** A link as the admin sees it: the whole address to hand over, when it stops working, whether it was mailed. */
export type ShownLink = { url: string; purpose: HandedLink["purpose"]; expires: string; emailed: boolean; name: string; email: string };

export type CreateUserState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, to refill the form after a refusal. */
  values?: { name: string; penName: string; email: string; role: Role };
  link?: ShownLink;
};

export type PersonActionState = { ok?: boolean; message?: string; error?: string; link?: ShownLink };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};
// Typed as a role only to reach the command, whose schema refuses anything else in Vietnamese.
const roleField = (formData: FormData) => text(formData, "role") as Role;

// The start page lists people too.
function refresh() {
  revalidatePath("/toa-soan/quan-tri/nguoi-dung");
  revalidatePath("/toa-soan");
}

async function showLink(link: HandedLink, person: { name: string; email: string }): Promise<ShownLink> {
  const url = passwordLinkUrl(linkOrigin(await headers()), link.token);
  const emailed = await sendPasswordLinkEmail({ to: person.email, name: person.name, url, purpose: link.purpose, expiresAt: link.expiresAt });
  return { url, purpose: link.purpose, expires: formatDateline(link.expiresAt, { withTime: true }), emailed, name: person.name, email: person.email };
}

// Each action only reads the form and calls its command, which validates, asks the policy and records.
export async function createUserAction(_prev: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const values = { name: text(formData, "name"), penName: text(formData, "penName"), email: text(formData, "email"), role: roleField(formData) };
  const result = await runAsActor(createUser, values);
  if (!result.ok) {
    const field = result.details?.field;
    const fieldErrors = typeof field === "string" ? { ...result.fieldErrors, [field]: result.error } : result.fieldErrors;
    return { error: result.error, fieldErrors, values };
  }
  refresh();
  return { link: await showLink(result.data.link, result.data.user) };
}

export async function changeRoleAction(_prev: PersonActionState, formData: FormData): Promise<PersonActionState> {
  const result = await runAsActor(changeUserRole, { id: text(formData, "id"), role: roleField(formData) });
  if (!result.ok) return { error: result.error };
  refresh();
  const released = result.data.releasedStoryIds.length;
  return { ok: true, message: released ? `Đã đổi vai trò và trả lại ${released} bài đang giữ.` : "Đã đổi vai trò." };
}

export async function deactivateUserAction(_prev: PersonActionState, formData: FormData): Promise<PersonActionState> {
  const result = await runAsActor(deactivateUser, { id: text(formData, "id") });
  if (!result.ok) return { error: result.error };
  refresh();
  const released = result.data.releasedStoryIds.length;
  return { ok: true, message: `Đã khóa tài khoản ${result.data.user.name}.${released ? ` ${released} bài đang giữ đã được trả lại cho ban biên tập.` : ""}` };
}

export async function activateUserAction(_prev: PersonActionState, formData: FormData): Promise<PersonActionState> {
  const result = await runAsActor(activateUser, { id: text(formData, "id") });
  if (!result.ok) return { error: result.error };
  refresh();
  return { ok: true, message: `Đã mở khóa tài khoản ${result.data.user.name}.` };
}

export async function issuePasswordResetAction(_prev: PersonActionState, formData: FormData): Promise<PersonActionState> {
  const result = await runAsActor(issuePasswordReset, { id: text(formData, "id") });
  if (!result.ok) return { error: result.error };
  refresh();
  return { ok: true, link: await showLink(result.data.link, result.data.user) };
}
