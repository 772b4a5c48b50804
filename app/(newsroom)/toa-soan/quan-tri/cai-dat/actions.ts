"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { publicStoriesTag, siteStructureTag } from "@/lib/publishing/cache-tags";
import { runAsActor } from "@/lib/actions/server-action";
import { updateSettings, type SettingsInput } from "@/lib/settings/commands";
import { settingLabels } from "@/lib/settings/labels";
import { settingKeys, type SettingKey } from "@/lib/settings/settings";
import { forgetPublicAnswers } from "@/lib/publishing/public-answers";

export type SettingsFormState = {
  ok?: boolean;
  changed?: string[];
  error?: string;
  fieldErrors?: Record<string, string>;
  /** What the form should show next: the saved values, or what was typed when refused. */
  values?: Partial<Record<SettingKey, string>>;
};

const numeric: readonly SettingKey[] = ["approvalLevels", "storiesPerPage"];

// The form posts every field as text; the command's schema does all the checking.
export async function updateSettingsAction(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const typed: Partial<Record<SettingKey, string>> = {};
  const input: Record<string, string | number> = {};
  for (const key of settingKeys) {
    const value = formData.get(key);
    if (typeof value !== "string") continue; // a field the form did not send keeps its value
    typed[key] = value;
    input[key] = numeric.includes(key) ? (value.trim() === "" ? Number.NaN : Number(value)) : value;
  }
  const result = await runAsActor(updateSettings, input as SettingsInput);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: typed };
  // The public layout reads the settings on every request; this drops anything cached with the old ones.
  revalidatePath("/", "layout");
  forgetPublicAnswers();
  // Feeds and sitemaps carry the paper's name, domain and sections.
  revalidateTag(siteStructureTag, { expire: 0 });
  revalidateTag(publicStoriesTag, { expire: 0 });
  const values = Object.fromEntries(settingKeys.map((key) => [key, String(result.data.settings[key])]));
  return { ok: true, changed: result.data.changed.map((key) => settingLabels[key]), values };
}
