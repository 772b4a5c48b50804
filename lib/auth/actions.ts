"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { publicAction, type FormState } from "@/lib/actions/server-action";
import { readForm } from "@/lib/actions/form-data";
import { overLimit } from "@/lib/http/rate-limits";
import { text, zodMessage } from "@/lib/i18n/phrase";
import { getNewsroomLocale } from "@/lib/i18n/server";
import { issueText, withoutControlCharacters, zodErrorMap } from "@/lib/validation";
import { signIn, signOut } from "./config";
import { loginMessage, loginMessages } from "./login";
import { setPasswordWithLink } from "./password-links";
import { clientAddress } from "./request";

const loginSchema = z.object({
  email: z.string().trim().min(1, zodMessage("validation.login.emailRequired")).max(320).email(zodMessage("validation.login.emailInvalid")),
  password: z.string().min(1, zodMessage("validation.login.passwordRequired")).max(1024),
  // The second step, when the account has two-factor sign-in: a code from the app or a recovery code.
  code: z.string().trim().max(40).optional(),
  // Only a path inside the newsroom: never an open redirect to another site.
  callbackUrl: z
    .string()
    .regex(/^\/toa-soan(\/[^/\\]*)*$/)
    .optional()
    .catch(undefined),
});

export type LoginState = { error?: string; email?: string; /** The password was right: now the code from the app. */ needsCode?: boolean };

export const logIn = publicAction("whoever logs in is not signed in yet", async (_prev: LoginState, form: FormData): Promise<LoginState> => {
  const rawEmail = form.get("email");
  const email = typeof rawEmail === "string" ? rawEmail : "";
  // Whoever logs in is not signed in: they read the language they last chose on this browser.
  const locale = await getNewsroomLocale();
  const clean = withoutControlCharacters(readForm(loginSchema, form));
  if (!clean.ok) return { error: text(locale, "validation.controlCharacter"), email };
  const parsed = loginSchema.safeParse(clean.value, { error: zodErrorMap(locale) });
  if (!parsed.success) return { error: issueText(parsed.error.issues[0], locale) ?? loginMessage("invalid", locale), email };
  try {
    const { email: account, password, code, callbackUrl } = parsed.data;
    await signIn("credentials", { email: account, password, ...(code ? { code } : {}), redirectTo: callbackUrl ?? "/toa-soan" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const reason = code && code in loginMessages ? (code as keyof typeof loginMessages) : "invalid";
      // The password was right and a code is due: the code's field says so, not an error.
      if (reason === "second_factor") return { email, needsCode: true };
      return { error: loginMessage(reason, locale), email, needsCode: reason === "second_factor_wrong" };
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
  const locale = await getNewsroomLocale();
  const clean = withoutControlCharacters(readForm(setPasswordForm, form));
  if (!clean.ok) return { error: text(locale, "validation.controlCharacter") };
  const input = setPasswordForm.parse(clean.value);
  const address = clientAddress(await headers());
  // Each try costs a password hash: tries from one address are counted before anything else.
  const wait = await overLimit("passwordLink", address);
  if (wait) return { error: text(locale, "limits.passwordLink", { minutes: Math.ceil(wait / 60) }) };
  const result = await setPasswordWithLink(await db(), input, { address, locale });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  redirect("/dat-mat-khau/xong");
});
