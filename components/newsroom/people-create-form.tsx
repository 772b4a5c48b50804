"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { createUserAction, type CreateUserState } from "@/lib/users/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import type { Role } from "@/db/schema";
import { PeoplePasswordLink } from "./people-password-link";

/** "Thêm người dùng": the account is created without a password and a one-time link is shown. */
export function PeopleCreateForm({ roleOptions }: { roleOptions: readonly { value: Role; label: string }[] }) {
  const t = useTranslations("admin.people.create");
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, {});
  const errorOf = (name: string) => state.fieldErrors?.[name];
  // Labels point at their fields (htmlFor) and hold only their word, so "Họ tên" names one field.
  return (
    <div className="space-y-3">
      <form action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" noValidate>
        <Field id="nguoi-moi-name" label={t("name")} error={errorOf("name")}>
          <Input name="name" required maxLength={120} autoComplete="off" defaultValue={state.values?.name} />
        </Field>
        <Field id="nguoi-moi-penName" label={t("penName")} hint={t("penNameHint")} error={errorOf("penName")}>
          <Input name="penName" maxLength={120} autoComplete="off" defaultValue={state.values?.penName} />
        </Field>
        <Field id="nguoi-moi-email" label={t("email")} error={errorOf("email")}>
          <Input name="email" type="email" required maxLength={320} autoComplete="off" defaultValue={state.values?.email} />
        </Field>
        <Field id="nguoi-moi-role" label={t("role")} error={errorOf("role")}>
          <Select name="role" defaultValue={state.values?.role || "reporter"}>
            {roleOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2 lg:col-span-4">
          <Button type="submit" variant="primary" size="lg" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
      {/* One announcement; the details sit under the fields they concern. */}
      <FormError message={state.fieldErrors && Object.keys(state.fieldErrors).length ? t("fixFields") : state.error} />
      {state.link ? (
        <>
          <Notice tone="success">{t("created", { name: state.link.name })}</Notice>
          <PeoplePasswordLink link={state.link} />
        </>
      ) : null}
    </div>
  );
}
