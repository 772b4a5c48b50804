"use client";

import Link from "next/link";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { withElement } from "@/components/public/with-element";
import { Button } from "@/components/ui/button";
import { FieldHint, Label } from "@/components/ui/field";
import { FormError } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { importStoryAction, type ImportState } from "@/lib/importer/actions";
import { maxStoryUploadBytes, megabytes } from "@/lib/http/body-limits";
import { FileDropZone } from "./file-drop-zone";

const accepted = ".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function ImportForm() {
  const t = useTranslations("import");
  const status = useTranslations("workflow.status");
  const [state, action, pending] = useActionState<ImportState, FormData>(importStoryAction, {});
  const [tooLarge, setTooLarge] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  // Sent by hand rather than by <form action>: React would empty the form after each answer, and
  // after "the paper has this story already" the text or file must still be there to import anyway.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const file = form.get("file");
    // The server refuses such a file too; saying so here spares sending megabytes for nothing.
    const over = file instanceof File && file.size > maxStoryUploadBytes;
    setTooLarge(over ? t("tooLarge", { size: megabytes(maxStoryUploadBytes) }) : undefined);
    if (!over) startTransition(() => action(form));
  };
  const duplicates = state.duplicates;
  return (
    <form onSubmit={submit} className="space-y-4">
      <div>
        <Label htmlFor="text">{t("text")}</Label>
        {/* Read before pasting, so it sits above the box (and describes it). */}
        <FieldHint id="text-hint" className="text-sm">
          {t("textHint")}
        </FieldHint>
        <Textarea id="text" name="text" rows={16} defaultValue={state.values?.text} aria-describedby="text-hint" size="lg" className="mt-1 font-serif" />
      </div>
      <div>
        {/* A second label of the chooser: its name says what it takes, as before the drop zone. */}
        <label htmlFor="file" className="mb-1 block text-sm font-medium">
          {t("file")}
        </label>
        <FileDropZone
          id="file"
          name="file"
          accept={accepted}
          disabled={pending}
          onFile={(file) => setChosen(file.name)}
          prompt={withElement((choose) => t("drop.prompt", { choose }), <span className="font-semibold text-brand underline">{t("drop.choose")}</span>)}
          hint={chosen ? t("drop.chosen", { name: chosen }) : t("drop.formats")}
        />
      </div>
      <FormError message={tooLarge ?? state.error} />
      {duplicates && !pending ? (
        <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">{t("duplicate.heading")}</p>
          {duplicates.shown.length ? (
            <ul className="list-disc pl-5">
              {duplicates.shown.map((story) => (
                <li key={story.id}>
                  <Link href={`/toa-soan/bai-viet/${story.id}`} className="underline">
                    {t("duplicate.open", { title: story.title || t("duplicate.untitled") })}
                  </Link>{" "}
                  · {status(story.status)}
                </li>
              ))}
            </ul>
          ) : null}
          {duplicates.hidden ? <p>{t("duplicate.hidden", { count: duplicates.hidden })}</p> : null}
          <p>{t("duplicate.choose")}</p>
          <Button type="submit" name="importAnyway" value="true" variant="secondary" size="sm" disabled={pending}>
            {t("duplicate.anyway")}
          </Button>
        </div>
      ) : null}
      <Button type="submit" variant="primary" size="lg" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
