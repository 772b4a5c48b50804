"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { publicAction, type FormState } from "@/lib/actions/server-action";
import { readForm } from "@/lib/actions/form-data";
import { overLimit } from "@/lib/http/rate-limits";
import { getNewsroomLocale } from "@/lib/i18n/server";
import { translator } from "@/lib/i18n/translator";
import { controlCharacterMessage, withoutControlCharacters } from "@/lib/validation";
import { signIn, signOut } from "./config";
import { loginMessages } from "./login";
import { setPasswordWithLink } from "./password-links";
import { clientAddress } from "./request";

const loginSchema = z.object({
  email: z.string().trim().min(1, "Vui lòng nhập email.").max(320).email("Email không hợp lệ."),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(1024),
  // Only a path inside the newsroom: never an open redirect to another site.
  callbackUrl: z
    .string()
    .regex(/^\/toa-soan(\/[^/\\]*)*$/)
    .optional()
    .catch(undefined),
});

export type LoginState = { error?: string; email?: string };

export const logIn = publicAction("whoever logs in is not signed in yet", async (_prev: LoginState, form: FormData): Promise<LoginState> => {
  const rawEmail = form.get("email");
  const email = typeof rawEmail === "string" ? rawEmail : "";
  const clean = withoutControlCharacters(readForm(loginSchema, form));
  if (!clean.ok) return { error: controlCharacterMessage, email };
  const parsed = loginSchema.safeParse(clean.value);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? loginMessages.invalid, email };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: parsed.data.callbackUrl ?? "/toa-soan" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const message = code && code in loginMessages ? loginMessages[code as keyof typeof loginMessages] : loginMessages.invalid;
      return { error: message, email };
    }
    throw error; // the redirect after a successful log-in
  }
});

export const logOut = publicAction("anyone may end their own session", async (): Promise<void> => {
  await signOut({ redirectTo: "/dang-nhap" });
});

export type SetPasswordState = FormState;

const setPasswordForm = z.object({ token: z.string().default(""), password: z.string().default(""), confirm: z.string().default("") });

// Whoever holds the one-time link is not signed in: the link is what authorises the change
// (setPasswordWithLink checks it and uses it up). Success goes to a page of its own: the link's
// page, rendered again, could only say the link is used up.
export const setPasswordAction = publicAction("the one-time link authorises it", async (_prev: SetPasswordState, form: FormData): Promise<SetPasswordState> => {
  const clean = withoutControlCharacters(readForm(setPasswordForm, form));
  if (!clean.ok) return { error: controlCharacterMessage };
  const input = setPasswordForm.parse(clean.value);
  const address = clientAddress(await headers());
  // Each try costs a password hash: tries from one address are counted before anything else.
  const wait = await overLimit("passwordLink", address);
  if (wait) return { error: translator(await getNewsroomLocale(), "limits")("passwordLink", { minutes: Math.ceil(wait / 60) }) };
  const result = await setPasswordWithLink(await db(), input, { address });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  redirect("/dat-mat-khau/xong");
});
