// The name of each setting: the form's labels and the words of the save message, from the
// catalogue (`settingsLabels`). Kept apart from settings.ts so the client form can use them without
// the database schema.
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { SettingKey } from "./settings";

/** A setting's name in a language ("Tên báo" / "Paper's name"). */
export function settingLabel(key: SettingKey, locale: Locale = defaultLocale): string {
  return messagesFor(locale).settingsLabels[key];
}

/** In Vietnamese; settingLabel(key, locale) speaks the person's language. */
export const settingLabels: Record<SettingKey, string> = messagesFor(defaultLocale).settingsLabels;
