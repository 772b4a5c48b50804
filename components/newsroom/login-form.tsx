"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/ui/notice";
import { logIn, type LoginState } from "@/lib/auth/actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<LoginState, FormData>(logIn, {});
  // Kept across the second step (the code), which sends the password again with it.
  const [password, setPassword] = useState("");
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label={t("email")}>
        <Input name="email" type="email" autoComplete="username" required defaultValue={state.email} size="lg" />
      </Field>
      <Field id="password" label={t("password")}>
        <Input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          size="lg"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      {state.needsCode ? (
        <Field id="code" label={t("code")} hint={t("codeHint")}>
          <Input name="code" autoComplete="one-time-code" inputMode="text" required size="lg" autoFocus />
        </Field>
      ) : null}
      <FormError message={state.error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
