"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { createSectionAction, type SectionFormState } from "@/lib/sections/actions";
import { slugify } from "@/lib/text/slug";
import { SectionFields, type ParentChoice } from "./section-fields";

const fields = ["name", "slug", "parentId", "description"];

/** "Thêm chuyên mục": name, slug (derived from the name when left empty), parent, description. */
export function SectionsCreateForm({ parents }: { parents: ParentChoice[] }) {
  const t = useTranslations("admin.sections.create");
  const [state, action, pending] = useActionState<SectionFormState, FormData>(createSectionAction, {});
  const [name, setName] = useState("");
  // A new result: after a success the form is empty again, and so is the slug preview.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setName("");
  }
  const id = useId();
  const values = state.ok ? {} : (state.values ?? {});

  return (
    <form action={action} aria-label={t("submit")} className="grid gap-3 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2" noValidate>
      <SectionFields
        idPrefix={id}
        values={values}
        errors={state.fieldErrors}
        parents={parents}
        slugHint={t("slugHint")}
        slugPlaceholder={slugify(name, 60) || t("slugPlaceholder")}
        onNameChange={setName}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        {state.ok && !pending ? <Notice tone="success">{state.message}</Notice> : null}
        {state.error && !Object.keys(state.fieldErrors ?? {}).some((key) => fields.includes(key)) ? <Notice tone="error">{state.error}</Notice> : null}
      </div>
    </form>
  );
}
