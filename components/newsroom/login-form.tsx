"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/ui/notice";
import { logIn, type LoginState } from "@/lib/auth/actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(logIn, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label="Email">
        <Input name="email" type="email" autoComplete="username" required defaultValue={state.email} size="lg" />
      </Field>
      <Field id="password" label="Mật khẩu">
        <Input name="password" type="password" autoComplete="current-password" required size="lg" />
      </Field>
      <FormError message={state.error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
