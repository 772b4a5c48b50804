import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { auditParamNames } from "@/lib/audit/filters";
import { actionLabels, actionOptions } from "@/lib/audit/labels";

export type AuditFilterValues = { personId: string; storyId: string; action: string; from: string; to: string };
type Person = { id: number; name: string; email: string; active: boolean };

/**
 * The filters of the Nhật ký as a plain GET form: the URL holds the filters, so a filtered view can
 * be bookmarked, shared and exported, and the form needs no client JavaScript.
 */
export function AuditFilterForm({ action, people, values }: { action: string; people: Person[]; values: AuditFilterValues }) {
  // Two people with one name are told apart by their e-mail.
  const names = new Map<string, number>();
  for (const p of people) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const personLabel = (p: Person) => `${p.name}${(names.get(p.name) ?? 0) > 1 ? ` (${p.email})` : ""}${p.active ? "" : " (đã khóa)"}`;
  const groups = actionOptions();
  const listed = values.action === "" || groups.some((g) => g.options.some((o) => o.value === values.action));

  return (
    <search>
      <form method="get" action={action} className="grid gap-3 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1.2fr_0.6fr_1.4fr_0.8fr_0.8fr_auto]">
        <Field id="audit-person" label="Người thực hiện">
          <Select name={auditParamNames.personId} defaultValue={values.personId} size="sm">
            <option value="">Tất cả mọi người</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="audit-story" label="Mã bài">
          <Input name={auditParamNames.storyId} inputMode="numeric" defaultValue={values.storyId} placeholder="VD: 42" size="sm" />
        </Field>
        <Field id="audit-action" label="Thao tác">
          <Select name={auditParamNames.action} defaultValue={values.action} size="sm">
            <option value="">Tất cả thao tác</option>
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
        <Field id="audit-from" label="Từ ngày">
          <Input name={auditParamNames.from} type="date" defaultValue={values.from} size="sm" />
        </Field>
        <Field id="audit-to" label="Đến ngày">
          <Input name={auditParamNames.to} type="date" defaultValue={values.to} size="sm" />
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="primary" size="sm">
            Lọc
          </Button>
          <Link href={action} className="px-1 py-1.5 text-sm whitespace-nowrap underline">
            Xóa bộ lọc
          </Link>
        </div>
        <p className="text-xs text-muted sm:col-span-2 lg:col-span-6">Ngày tính theo giờ Việt Nam (GMT+7); cả Từ ngày và Đến ngày đều được tính.</p>
      </form>
    </search>
  );
}
