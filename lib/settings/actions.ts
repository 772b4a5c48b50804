"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshSite } from "@/lib/cache/refresh";
import { updateSettings } from "./commands";
import { settingLabel } from "./labels";
import { settingKeys } from "./settings";

export type SettingsFormState = FormState & { changed?: string[] };

// A field the form did not send keeps its value; the command's schema does all the checking.
export const updateSettingsAction = formAction(updateSettings, {
  // The public layout, feeds and sitemaps carry the paper's name, domain and settings.
  after: refreshSite,
  done: (data, { locale }) => ({
    changed: data.changed.map((key) => settingLabel(key, locale)),
    values: Object.fromEntries(settingKeys.map((key) => [key, String(data.settings[key])])),
  }),
});
