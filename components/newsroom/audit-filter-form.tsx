import Link from "next/link";
import { DayFirstDateInput } from "@/components/newsroom/day-first-date-input";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { auditParamNames } from "@/lib/audit/filters";
import { actionLabels, actionOptions } from "@/lib/audit/labels";
import { getNewsroomT } from "@/lib/i18n/server";

export type AuditFilterValues = { personId: string; storyId: string; action: string; from: string; to: string };
type Person = { id: number; name: string; email: string; active: boolean };

/**
 * The filters of the Nhật ký as a plain GET form: the URL holds the filters, so a filtered view can
 * be bookmarked, shared and exported, and the form needs no client JavaScript.
 */
export async function AuditFilterForm({ action, people, values }: { action: string; people: Person[]; values: AuditFilterValues }) {
  const t = await getNewsroomT("admin.audit.filters");
  // Two people with one name are told apart by their e-mail.
  const names = new Map<string, number>();
  for (const p of people) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const personLabel = (p: Person) => {
    const named = (names.get(p.name) ?? 0) > 1 ? `${p.name} (${p.email})` : p.name;
    return p.active ? named : t("lockedPerson", { person: named });
  };
  const groups = actionOptions();
  const listed = values.action === "" || groups.some((g) => g.options.some((o) => o.value === values.action));

  return (
    <search>
      <form
        method="get"
        action={action}
        className="grid gap-3 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1.2fr_0.6fr_1.4fr_0.8fr_0.8fr_auto]"
      >
        <Field id="audit-person" label={t("person")}>
          <Select name={auditParamNames.personId} defaultValue={values.personId} size="sm">
            <option value="">{t("everyone")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="audit-story" label={t("story")}>
          <Input name={auditParamNames.storyId} inputMode="numeric" defaultValue={values.storyId} placeholder={t("storyPlaceholder")} size="sm" />
        </Field>
        <Field id="audit-action" label={t("action")}>
          <Select name={auditParamNames.action} defaultValue={values.action} size="sm">
            <option value="">{t("allActions")}</option>
            {/* A raw key from a link (an action nobody named yet) stays selectable. */}
            {listed ? null : <option value={values.action}>{actionLabels[values.action] ?? values.action}</option>}
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Field id="audit-from" label={t("from")}>
          <DayFirstDateInput name={auditParamNames.from} defaultValue={values.from} />
        </Field>
        <Field id="audit-to" label={t("to")}>
          <DayFirstDateInput name={auditParamNames.to} defaultValue={values.to} />
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="primary" size="sm">
            {t("submit")}
          </Button>
          <Link href={action} className="px-1 py-1.5 text-sm whitespace-nowrap underline">
            {t("clear")}
          </Link>
        </div>
        <p className="text-xs text-muted sm:col-span-2 lg:col-span-6">{t("note")}</p>
      </form>
    </search>
  );
}
