"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";
import { loginMessages } from "@/lib/auth/login";

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

export async function logIn(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  const rawEmail = formData.get("email");
  const email = typeof rawEmail === "string" ? rawEmail : "";
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? loginMessages.invalid, email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: parsed.data.callbackUrl ?? "/toa-soan",
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const message = code && code in loginMessages ? loginMessages[code as keyof typeof loginMessages] : loginMessages.invalid;
      return { error: message, email };
    }
    throw error; // the redirect after a successful log-in
  }
}
