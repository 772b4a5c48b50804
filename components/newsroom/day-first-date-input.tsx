"use client";

// A calendar day typed day first (07/12/2026), whatever the browser's language: <input type="date">
// shows an English browser's mm/dd/yyyy, which a Vietnamese reads the wrong way round. The value
// it gives (onChange, or a hidden field of `name` in a plain form) is yyyy-mm-dd, as before.
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Input } from "@/components/ui/input";
import { dayFirstFromIsoDate, isoDateFromDayFirst } from "@/lib/i18n/time";

type Props = {
  id?: string;
  /** For a plain form: the yyyy-mm-dd travels in a hidden field of this name. */
  name?: string;
  /** yyyy-mm-dd or "". */
  value?: string;
  defaultValue?: string;
  onChange?: (isoDate: string) => void;
  /** Told whether what is typed is a day (or nothing): a form can refuse to send a date it would drop. */
  onValidityChange?: (valid: boolean) => void;
  "aria-describedby"?: string;
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
};

export function DayFirstDateInput({ id, name, value, defaultValue = "", onChange, onValidityChange, ...aria }: Props) {
  const t = useTranslations("workflow.when");
  const [text, setText] = useState(() => dayFirstFromIsoDate(value ?? defaultValue));
  // A value changed from outside (filters cleared, back in history) replaces what was typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== undefined && value !== (isoDateFromDayFirst(text) ?? "")) setText(dayFirstFromIsoDate(value));
  }
  const iso = isoDateFromDayFirst(text);
  const invalid = text.trim() !== "" && iso === null;
  return (
    <>
      <Input
        id={id}
        {...aria}
        aria-invalid={invalid || aria["aria-invalid"] || undefined}
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        title={t("dateHint")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = isoDateFromDayFirst(e.target.value);
          const valid = next !== null || e.target.value.trim() === "";
          onValidityChange?.(valid);
          if (valid) onChange?.(next ?? "");
        }}
        size="sm"
      />
      {name ? <input type="hidden" name={name} value={iso ?? ""} /> : null}
    </>
  );
}
