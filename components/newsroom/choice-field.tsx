"use client";

// A labelled choice of the plan's forms (a person, a section, a desk, a kind, a task, a priority):
// the Field around a Select of named options, with an optional empty first choice.
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type Choice = { value: string | number; label: string };

type Props = {
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  /** The first option, whose value is "": "none", "from the section", "choose someone". */
  empty?: string;
  required?: boolean;
  className?: string;
};

export function ChoiceField({ label, error, value, onChange, choices, empty, required, className = "w-full" }: Props) {
  return (
    <Field label={label} error={error}>
      <Select value={value} onChange={(e) => onChange(e.target.value)} required={required} className={className}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Named records as choices. */
/** Rows as choices, each shown by its `label` where it has one (a person with their role and desks), else its name. */
export const choicesOf = (rows: readonly { id: number; name: string; label?: string }[]): Choice[] =>
  rows.map((r) => ({ value: r.id, label: r.label ?? r.name }));
