"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { cn } from "@/components/ui/cn";
import { controlVariants } from "@/components/ui/control";
import { Label } from "@/components/ui/field";

/** A list of short values (pen names, tags) typed one by one: Enter or a comma adds, × removes. */
export function ListInput({
  id,
  label,
  values,
  onChange,
  disabled,
  suggestions = [],
  onQuery,
  placeholder,
}: {
  id: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  disabled?: boolean;
  suggestions?: string[];
  onQuery?: (q: string) => void;
  placeholder?: string;
}) {
  const t = useTranslations("editor.fields");
  const [draft, setDraft] = useState("");
  const add = (raw: string) => {
    const value = raw.trim();
    if (value && !values.some((v) => v.toLocaleLowerCase("vi") === value.toLocaleLowerCase("vi"))) onChange([...values, value]);
    setDraft("");
    onQuery?.("");
  };
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {/* Drawn as one text field: the chips and the typing space share its box. */}
      <div className={cn(controlVariants(), "mt-1 flex flex-wrap items-center gap-1")}>
        {values.map((value) => (
          <span key={value} className="inline-flex items-center gap-1 rounded bg-stone-200 px-2 py-0.5 text-sm">
            {value}
            {disabled ? null : (
              <button
                type="button"
                aria-label={t("remove", { value })}
                onClick={() => onChange(values.filter((v) => v !== value))}
                className="text-stone-600 hover:text-red-700"
              >
                ×
              </button>
            )}
          </span>
        ))}
        <input
          id={id}
          value={draft}
          disabled={disabled}
          list={suggestions.length ? `${id}-goi-y` : undefined}
          placeholder={values.length ? "" : placeholder}
          onChange={(e) => {
            const value = e.target.value;
            if (value.endsWith(",")) return add(value.slice(0, -1));
            setDraft(value);
            onQuery?.(value);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add(draft);
            } else if (e.key === "Backspace" && !draft && values.length) {
              onChange(values.slice(0, -1));
            }
          }}
          onBlur={() => draft.trim() && add(draft)}
          className="min-w-32 flex-1 py-1 outline-none disabled:bg-transparent"
        />
        {suggestions.length ? (
          <datalist id={`${id}-goi-y`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        ) : null}
      </div>
    </div>
  );
}
