"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { createDeskAction, type DeskFormState } from "@/lib/desks/actions";

/** "Thêm ban": a name; sections and people are given on the desk's card afterwards. */
export function DeskCreateForm() {
  const t = useTranslations("desks.create");
  const [state, action, pending] = useActionState<DeskFormState, FormData>(createDeskAction, {});
  return (
    <form action={action} aria-label={t("heading")} className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white p-4" noValidate>
      <Field label={t("name")} error={state.fieldErrors?.name} className="min-w-0 flex-1 basis-64">
        <Input name="name" required maxLength={80} placeholder={t("placeholder")} defaultValue={state.ok ? "" : (state.values?.name ?? "")} />
      </Field>
      <Button type="submit" variant="primary" size="lg" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      {state.ok && !pending ? (
        <Notice tone="success" className="w-full">
          {state.message}
        </Notice>
      ) : null}
      {state.error && !state.fieldErrors?.name ? (
        <Notice tone="error" className="w-full">
          {state.error}
        </Notice>
      ) : null}
    </form>
  );
}
