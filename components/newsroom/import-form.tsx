"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { FieldHint, Label } from "@/components/ui/field";
import { FormError } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { importStoryAction, type ImportState } from "@/lib/importer/actions";
import { maxStoryUploadBytes, megabytes } from "@/lib/http/body-limits";

export function ImportForm() {
  const t = useTranslations("import");
  const [state, action, pending] = useActionState<ImportState, FormData>(importStoryAction, {});
  const [tooLarge, setTooLarge] = useState<string>();
  // The server refuses such a file too; saying so here spares sending megabytes for nothing.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const over = file instanceof File && file.size > maxStoryUploadBytes;
    setTooLarge(over ? t("tooLarge", { size: megabytes(maxStoryUploadBytes) }) : undefined);
    if (over) event.preventDefault();
  };
  return (
    <form action={action} onSubmit={checkSize} className="space-y-4">
      <div>
        <Label htmlFor="text">{t("text")}</Label>
        {/* Read before pasting, so it sits above the box (and describes it). */}
        <FieldHint id="text-hint" className="text-sm">
          {t("textHint")}
        </FieldHint>
        <Textarea id="text" name="text" rows={16} defaultValue={state.values?.text} aria-describedby="text-hint" size="lg" className="mt-1 font-serif" />
      </div>
      <div>
        <Label htmlFor="file">{t("file")}</Label>
        {/* The browser's own file chooser: its button is drawn by the browser, not boxed like a text field. */}
        <input
          id="file"
          name="file"
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="mt-1 block text-sm"
        />
      </div>
      <FormError message={tooLarge ?? state.error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
