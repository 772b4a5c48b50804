"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { setPasswordWithLink } from "@/lib/auth/password-links";
import { clientAddress } from "@/lib/auth/request";

export type SetPasswordState = { error?: string; fieldErrors?: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// The public exception to runAsActor: whoever holds the one-time link is not signed in, and the
// link is what authorises the change (setPasswordWithLink checks it and uses it up). Success goes
// to a page of its own: the link's page, rendered again, could only say the link is used up.
export async function setPasswordAction(_prev: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const result = await setPasswordWithLink(
    await db(),
    { token: text(formData, "token"), password: text(formData, "password"), confirm: text(formData, "confirm") },
    { address: clientAddress(await headers()) },
  );
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  redirect("/dat-mat-khau/xong");
}
