"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { FormError, Notice } from "@/components/ui/notice";
import { locales } from "@/lib/i18n/locales";
import { setLocaleAction } from "@/lib/profile/actions";

/** Hồ sơ → Ngôn ngữ: the language the newsroom speaks to this person. */
export function ProfileLanguageForm() {
  const t = useTranslations("profile.language");
  const current = useLocale();
  const [state, action, pending] = useActionState(setLocaleAction, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="profile-locale" className="block text-sm font-semibold">
          {t("label")}
        </label>
        <select id="profile-locale" name="locale" defaultValue={current} className="mt-1 rounded border border-stone-400 bg-white px-3 py-2">
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {t(`names.${locale}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 bg-white px-4 py-2 hover:bg-stone-100 disabled:opacity-60">
        {t("save")}
      </button>
      <div className="basis-full">
        <FormError message={state.error} />
        {state.ok ? <Notice tone="success">{t("saved")}</Notice> : null}
      </div>
    </form>
  );
}
