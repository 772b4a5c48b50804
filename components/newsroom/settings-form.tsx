"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { updateSettingsAction, type SettingsFormState } from "@/lib/settings/actions";
import { SettingsLogoField } from "./settings-logo-field";
import type { SettingKey, Settings } from "@/lib/settings/settings";

type HintKey =
  | "domain"
  | "description"
  | "governingBody"
  | "licenceNumber"
  | "licenceDate"
  | "editorInChief"
  | "approvalLevels"
  | "timeZone"
  | "storiesPerPage"
  | "requireTwoFactor"
  | "maxVideoMegabytes"
  | "maxAudioMegabytes";

type Field = {
  key: SettingKey;
  /** Its line of help in the catalogue (admin.settings.hints). */
  hint?: HintKey;
  input?: "text" | "email" | "number" | "textarea" | "approval" | "timezone" | "checkbox" | "logo";
  maxLength?: number;
  /** A number's bounds (the command checks them again). */
  min?: number;
  max?: number;
  required?: boolean;
  wide?: boolean;
};

const groups: { title: "identity" | "legal" | "editorial" | "media" | "security"; fields: Field[] }[] = [
  {
    title: "identity",
    fields: [
      { key: "paperName", maxLength: 120, required: true },
      { key: "domain", maxLength: 253, required: true, hint: "domain" },
      { key: "logoUrl", input: "logo", maxLength: 500, wide: true },
      { key: "description", input: "textarea", maxLength: 300, wide: true, hint: "description" },
    ],
  },
  {
    title: "legal",
    fields: [
      { key: "governingBody", maxLength: 200, required: true, wide: true, hint: "governingBody" },
      { key: "licenceNumber", maxLength: 120, required: true, hint: "licenceNumber" },
      { key: "licenceDate", maxLength: 60, required: true, hint: "licenceDate" },
      { key: "licenceIssuer", maxLength: 200, required: true },
      { key: "editorInChief", maxLength: 120, required: true, hint: "editorInChief" },
      { key: "address", maxLength: 300, required: true, wide: true },
      { key: "phone", maxLength: 60, required: true },
      { key: "email", input: "email", maxLength: 120, required: true },
    ],
  },
  {
    title: "editorial",
    fields: [
      { key: "approvalLevels", input: "approval", hint: "approvalLevels" },
      { key: "timeZone", input: "timezone", required: true, hint: "timeZone" },
      { key: "storiesPerPage", input: "number", required: true, hint: "storiesPerPage", min: 5, max: 100 },
    ],
  },
  {
    title: "media",
    fields: [
      { key: "maxVideoMegabytes", input: "number", required: true, hint: "maxVideoMegabytes", min: 10, max: 20480 },
      { key: "maxAudioMegabytes", input: "number", required: true, hint: "maxAudioMegabytes", min: 1, max: 4096 },
    ],
  },
  {
    title: "security",
    fields: [{ key: "requireTwoFactor", input: "checkbox", wide: true, hint: "requireTwoFactor" }],
  },
];

const approvalChoices = [1, 2, 3] as const;

/** Every site setting in one form, saved through one command; only changed keys are written. */
export function SettingsForm({ settings, timeZones }: { settings: Settings; timeZones: { value: string; label: string }[] }) {
  const t = useTranslations("admin.settings");
  const label = useTranslations("settingsLabels");
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(updateSettingsAction, {});
  const uid = useId();
  // React resets a form after its action: show what was saved, or what was typed when refused.
  const valueOf = (key: SettingKey) => state.values?.[key] ?? String(settings[key]);

  return (
    <form action={action} aria-label={t("formLabel")} className="space-y-6" noValidate>
      {groups.map((group) => (
        <fieldset key={group.title} className="rounded border border-stone-300 bg-white p-4">
          <legend className="px-1 font-semibold">{t(`groups.${group.title}`)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map((f) => {
              const common = { name: f.key, required: f.required };
              if (f.input === "logo") {
                // Several controls (an upload, an address): a group named like the other fields.
                return (
                  <div key={f.key} role="group" aria-labelledby={`${uid}-${f.key}-label`} className="space-y-1 sm:col-span-2">
                    <p id={`${uid}-${f.key}-label`} className="text-sm font-medium">
                      {label(f.key)}
                    </p>
                    {/* Remounted with what was saved or refused: React empties a form after its action. */}
                    <SettingsLogoField
                      key={valueOf(f.key)}
                      name={f.key}
                      defaultValue={valueOf(f.key)}
                      maxLength={f.maxLength ?? 500}
                      labelledBy={`${uid}-${f.key}-label`}
                    />
                    {state.fieldErrors?.[f.key] ? <p className="text-sm text-red-800">{state.fieldErrors[f.key]}</p> : null}
                  </div>
                );
              }
              return (
                <Field
                  key={f.key}
                  id={`${uid}-${f.key}`}
                  label={label(f.key)}
                  hint={f.hint ? t(`hints.${f.hint}`) : undefined}
                  error={state.fieldErrors?.[f.key]}
                  className={f.wide ? "sm:col-span-2" : undefined}
                >
                  {f.input === "checkbox" ? (
                    <input type="checkbox" name={f.key} value="true" defaultChecked={valueOf(f.key) === "true"} className="h-5 w-5 accent-brand" />
                  ) : f.input === "textarea" ? (
                    <Textarea {...common} rows={2} maxLength={f.maxLength} defaultValue={valueOf(f.key)} />
                  ) : f.input === "approval" ? (
                    <Select {...common} defaultValue={valueOf(f.key)}>
                      {approvalChoices.map((levels) => (
                        <option key={levels} value={levels}>
                          {t(`approval.${levels}`)}
                        </option>
                      ))}
                    </Select>
                  ) : f.input === "timezone" ? (
                    <Select {...common} defaultValue={valueOf(f.key)}>
                      {timeZones.map((zone) => (
                        <option key={zone.value} value={zone.value}>
                          {zone.label}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    <Input
                      {...common}
                      type={f.input === "number" ? "number" : f.input === "email" ? "email" : "text"}
                      inputMode={f.input === "number" ? "numeric" : undefined}
                      min={f.min}
                      max={f.max}
                      maxLength={f.maxLength}
                      defaultValue={valueOf(f.key)}
                    />
                  )}
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        {state.ok && !pending ? (
          <Notice tone="success">{state.changed?.length ? t("saved", { settings: state.changed.join(", ") }) : t("unchanged")}</Notice>
        ) : null}
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}
