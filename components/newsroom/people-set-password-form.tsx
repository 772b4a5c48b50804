"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { setPasswordAction, type SetPasswordState } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/ui/notice";

/** Mật khẩu twice, for the holder of a one-time link; success moves on to the way to log in. */
export function PeopleSetPasswordForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const t = useTranslations("setPassword");
  const [state, action, pending] = useActionState<SetPasswordState, FormData>(setPasswordAction, {});
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="password" label={t("password")} error={error("password")}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={minLength} size="lg" />
      </Field>
      <Field id="confirm" label={t("confirm")} error={error("confirm")}>
        <Input name="confirm" type="password" autoComplete="new-password" required size="lg" />
      </Field>
      {/* One announcement; the details sit under the fields they concern. */}
      <FormError message={state.fieldErrors ? t("fixFields") : state.error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
