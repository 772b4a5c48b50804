import Link from "next/link";
import { auditParamNames } from "@/lib/audit/filters";
import { actionLabels, actionOptions } from "@/lib/audit/labels";

export type AuditFilterValues = { personId: string; storyId: string; action: string; from: string; to: string };
type Person = { id: number; name: string; email: string; active: boolean };

const field = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm";

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
        <div>
          <label htmlFor="audit-person" className="block text-sm font-semibold">
            Người thực hiện
          </label>
          <select id="audit-person" name={auditParamNames.personId} defaultValue={values.personId} className={field}>
            <option value="">Tất cả mọi người</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-story" className="block text-sm font-semibold">
            Mã bài
          </label>
          <input id="audit-story" name={auditParamNames.storyId} inputMode="numeric" defaultValue={values.storyId} placeholder="VD: 42" className={field} />
        </div>
        <div>
          <label htmlFor="audit-action" className="block text-sm font-semibold">
            Thao tác
          </label>
          <select id="audit-action" name={auditParamNames.action} defaultValue={values.action} className={field}>
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
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-semibold">
            Từ ngày
          </label>
          <input id="audit-from" name={auditParamNames.from} type="date" defaultValue={values.from} className={field} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-semibold">
            Đến ngày
          </label>
          <input id="audit-to" name={auditParamNames.to} type="date" defaultValue={values.to} className={field} />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
            Lọc
          </button>
          <Link href={action} className="px-1 py-1.5 text-sm whitespace-nowrap underline">
            Xóa bộ lọc
          </Link>
        </div>
        <p className="text-xs text-muted sm:col-span-2 lg:col-span-6">Ngày tính theo giờ Việt Nam (GMT+7); cả Từ ngày và Đến ngày đều được tính.</p>
      </form>
    </search>
  );
}
