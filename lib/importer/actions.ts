"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import type { Duplicates } from "./duplicates";
import { importDraft } from "./import-draft";

/** After an import that found the story in the paper already: what the person may be shown of it. */
export type ImportState = FormState & { duplicates?: Duplicates };

export const importStoryAction = formAction(importDraft, {
  redirectTo: (data) => (data.created ? `/toa-soan/bai-viet/${data.id}?da-nhap=1` : null),
  done: (data): { duplicates?: Duplicates } => (data.created ? {} : { duplicates: data.duplicates }),
});
