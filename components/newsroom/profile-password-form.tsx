"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { changePasswordAction, type PasswordState } from "@/lib/profile/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";

// The server's rule (lib/auth/password-links.ts, passwordMinLength), repeated for the browser.
const minLength = 10;

const inputs = [
  { name: "currentPassword", label: "current", autoComplete: "current-password" },
  { name: "newPassword", label: "new", autoComplete: "new-password", hint: "newHint" },
  { name: "confirmPassword", label: "confirm", autoComplete: "new-password" },
] as const;

/**
 * Changing one's own password. The fields empty themselves after every answer (React resets a form
 * action's uncontrolled fields), and no password is ever sent back to the browser.
 */
export function ProfilePasswordForm({ email }: { email: string }) {
  const t = useTranslations("profile.password");
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {/* Tells password managers which account the new password belongs to; the server ignores it. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {inputs.map((input) => (
        <Field
          key={input.name}
          id={`password-${input.name}`}
          label={t(input.label)}
          hint={"hint" in input ? t(input.hint, { min: minLength }) : undefined}
          error={errors[input.name]}
          announce
        >
          <Input
            name={input.name}
            type="password"
            autoComplete={input.autoComplete}
            required
            minLength={input.name === "currentPassword" ? undefined : minLength}
            size="lg"
          />
        </Field>
      ))}
      {/* A refusal that names a field is shown there, once. */}
      {Object.keys(errors).length === 0 ? <FormError message={state.error} /> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        {state.ok && !pending ? <Notice tone="success">{t("done")}</Notice> : null}
      </div>
    </form>
  );
}
