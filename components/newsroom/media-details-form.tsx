"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { updateMediaDetailsAction, type MediaDetailsState } from "@/lib/media/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { InlineNotice, Notice } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";

/** A library form's submit button and, once it has saved, its "Đã lưu." (the three forms of an item share it). */
export function MediaSaveRow({
  pending,
  saved,
  label,
  pendingLabel,
  savedLabel,
  className = "",
}: {
  pending: boolean;
  saved: boolean;
  label: string;
  pendingLabel: string;
  savedLabel: string;
  className?: string;
}) {
  return (
    <div className={`flex items-center gap-3 ${className}`}>
      <Button type="submit" variant="primary" size="sm" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {saved && !pending ? (
        <InlineNotice tone="success" className="text-sm">
          {savedLabel}
        </InlineNotice>
      ) : null}
    </div>
  );
}

/** Caption, credit and alt of one library image, saved through the server action. */
export function MediaDetailsForm({ id, caption, credit, alt }: { id: number; caption: string; credit: string; alt: string }) {
  const t = useTranslations("library.details");
  const [state, action, pending] = useActionState<MediaDetailsState, FormData>(updateMediaDetailsAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Field label={t("caption")}>
        <Textarea name="caption" defaultValue={caption} rows={2} maxLength={1000} size="sm" />
      </Field>
      <Field label={t("credit")}>
        <Input name="credit" defaultValue={credit} maxLength={200} size="sm" />
      </Field>
      <Field label={t("alt")}>
        <Input name="alt" defaultValue={alt} maxLength={500} size="sm" />
      </Field>
      <MediaSaveRow pending={pending} saved={Boolean(state.ok)} label={t("save")} pendingLabel={t("saving")} savedLabel={t("saved")} />
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}
