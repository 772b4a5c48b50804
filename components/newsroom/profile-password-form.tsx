"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "@/lib/profile/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";

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
      {inputs.map((input) => (
        <Field key={input.name} id={`password-${input.name}`} label={input.label} hint={"hint" in input ? input.hint : undefined} error={errors[input.name]} announce>
          <Input
            name={input.name}
            type="password"
            autoComplete={input.autoComplete}
            required
            minLength={input.name === "currentPassword" ? undefined : 10}
            size="lg"
          />
        </Field>
      ))}
      {/* A refusal that names a field is shown there, once. */}
      {Object.keys(errors).length === 0 ? <FormError message={state.error} /> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? "Đang đổi…" : "Đổi mật khẩu"}
        </Button>
        {state.ok && !pending ? <Notice tone="success">Đã đổi mật khẩu.</Notice> : null}
      </div>
    </form>
  );
}
