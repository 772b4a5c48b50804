"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "@/lib/profile/actions";
import { FormError, Notice } from "@/components/ui/notice";

const field = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

const inputs = [
  { name: "currentPassword", label: "Mật khẩu hiện tại", autoComplete: "current-password" },
  { name: "newPassword", label: "Mật khẩu mới", autoComplete: "new-password", hint: "Ít nhất 10 ký tự. Một câu dài dễ nhớ là một mật khẩu tốt." },
  { name: "confirmPassword", label: "Nhập lại mật khẩu mới", autoComplete: "new-password" },
] as const;

/**
 * Changing one's own password. The fields empty themselves after every answer (React resets a form
 * action's uncontrolled fields), and no password is ever sent back to the browser.
 */
export function ProfilePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {/* Tells password managers which account the new password belongs to; the server ignores it. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {inputs.map((input) => {
        const id = `password-${input.name}`;
        const describedBy = [("hint" in input ? `${id}-hint` : ""), errors[input.name] ? `${id}-error` : ""].filter(Boolean).join(" ");
        return (
          <div key={input.name}>
            <label htmlFor={id} className="block text-sm font-semibold">
              {input.label}
            </label>
            <input
              id={id}
              name={input.name}
              type="password"
              autoComplete={input.autoComplete}
              required
              minLength={input.name === "currentPassword" ? undefined : 10}
              aria-invalid={errors[input.name] ? true : undefined}
              aria-describedby={describedBy || undefined}
              className={field}
            />
            {"hint" in input ? (
              <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
                {input.hint}
              </p>
            ) : null}
            {errors[input.name] ? (
              <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-800">
                {errors[input.name]}
              </p>
            ) : null}
          </div>
        );
      })}
      {/* A refusal that names a field is shown there, once. */}
      {Object.keys(errors).length === 0 ? <FormError message={state.error} /> : null}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Đang đổi…" : "Đổi mật khẩu"}
        </button>
        {state.ok && !pending ? <Notice tone="success">Đã đổi mật khẩu.</Notice> : null}
      </div>
    </form>
  );
}
