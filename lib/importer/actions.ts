"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { importDraft } from "./import-draft";

export type ImportState = FormState;

export const importStoryAction = formAction(importDraft, { redirectTo: (data) => `/toa-soan/bai-viet/${data.id}?da-nhap=1` });
