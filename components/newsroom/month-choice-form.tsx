// A month chosen from the months that have royalty lines, sent as ?thang=2026-11 (no script needed).
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { monthLabel } from "@/lib/royalties/format";

type Props = {
  action: string;
  months: readonly string[];
  chosen: string;
  words: { form: string; field: string; submit: string; /** An empty choice first ("the recent months"). */ all?: string };
  className: string;
  fieldClassName: string;
};

export function MonthChoiceForm({ action, months, chosen, words, className, fieldClassName }: Props) {
  return (
    <form method="get" action={action} aria-label={words.form} className={className}>
      <Field label={words.field} className={fieldClassName}>
        <Select name="thang" defaultValue={chosen} size="sm">
          {words.all !== undefined ? <option value="">{words.all}</option> : null}
          {months.map((m) => (
            <option key={m} value={m}>
              {monthLabel(m)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" size="sm">
        {words.submit}
      </Button>
    </form>
  );
}
