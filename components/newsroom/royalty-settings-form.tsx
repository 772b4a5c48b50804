"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { StoryKind } from "@/db/schema";
import { formatGrade, parseGrade, pointValueOf } from "@/lib/royalties/money";
import type { KindGroup, RoyaltySettings } from "@/lib/royalties/settings";
import { updateRoyaltySettingsAction } from "@/lib/royalties/actions";
import { formatAmount, formatDong } from "@/lib/royalties/format";
import { formatPercent, kindCodeFor, parseMoney, parsePercent } from "@/lib/royalties/settings-form";
import { listCell, listRow, listTable, listTbody, listThead } from "./list-classes";

const groups: readonly KindGroup[] = ["royalty", "remuneration"];
const bounds = ["min", "suggested", "max"] as const;

/** A kind of work as typed. `saved` kinds keep their code; a new one's comes from its name when saved. */
type KindRow = { key: string; code: string; saved: boolean; name: string; group: KindGroup; min: string; suggested: string; max: string };

type Typed = {
  baseSalary: string;
  pointShare: string;
  rows: KindRow[];
  /** Story kind → the row key of its kind of work (keys, since a new kind's code follows its name). */
  defaults: Record<string, string>;
  photoKind: string;
  taxRate: string;
  taxThreshold: string;
  taxStaff: boolean;
  sharedPenNames: string;
};

let nextKey = 0;
const newKey = () => `k${++nextKey}`;

function typedFrom(settings: RoyaltySettings): Typed {
  const rows: KindRow[] = settings.kinds.map((k) => ({
    key: newKey(),
    code: k.code,
    saved: true,
    name: k.name,
    group: k.group,
    min: formatGrade(k.min),
    suggested: formatGrade(k.suggested),
    max: formatGrade(k.max),
  }));
  const keyOf = (code: string) => rows.find((r) => r.code === code)?.key ?? "";
  return {
    baseSalary: formatAmount(settings.baseSalary),
    pointShare: formatPercent(settings.pointShare),
    rows,
    defaults: Object.fromEntries(Object.entries(settings.storyKindDefaults).map(([story, code]) => [story, keyOf(code)])),
    photoKind: keyOf(settings.photoKind),
    taxRate: formatPercent(settings.taxRate),
    taxThreshold: formatAmount(settings.taxThreshold),
    taxStaff: settings.taxStaff,
    sharedPenNames: settings.sharedPenNames.join("\n"),
  };
}

/** Each row's code: a saved kind's own, a new kind's made from its name, unique among all. */
function codesOf(rows: readonly KindRow[]): string[] {
  const taken = new Set(rows.filter((r) => r.saved).map((r) => r.code));
  return rows.map((r) => {
    if (r.saved) return r.code;
    const code = kindCodeFor(r.name, taken);
    taken.add(code);
    return code;
  });
}

/**
 * Cài đặt → Nhuận bút: the value of one grade point (shown as it is computed), the kinds of work
 * with their grade ranges (added and removed here), which kind each kind of story and a photo are
 * graded as, the tax rule and the shared pen names. Numbers are typed the Vietnamese way
 * (2.340.000; 2,5; 10,5) and sent as the rules' schema wants them; the server checks them again.
 */
export function RoyaltySettingsForm({ settings, storyKinds }: { settings: RoyaltySettings; storyKinds: { value: StoryKind; label: string }[] }) {
  const t = useTranslations("royaltySettings");
  const uid = useId();
  const [typed, setTyped] = useState<Typed>(() => typedFrom(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const codes = codesOf(typed.rows);
  const royaltyRows = typed.rows.filter((r) => r.group === "royalty");

  const set = <K extends keyof Typed>(key: K, value: Typed[K]) => setTyped((now) => ({ ...now, [key]: value }));
  const setRow = (key: string, change: Partial<KindRow>) =>
    setTyped((now) => ({ ...now, rows: now.rows.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  const addRow = () =>
    setTyped((now) => ({
      ...now,
      rows: [...now.rows, { key: newKey(), code: "", saved: false, name: "", group: "royalty", min: "1", suggested: "2", max: "10" }],
    }));
  const removeRow = (key: string) =>
    setTyped((now) => {
      const rows = now.rows.filter((r) => r.key !== key);
      // A default that named the kind removed falls to the first kind of work left.
      const fallback = rows.find((r) => r.group === "royalty")?.key ?? "";
      const moved = (k: string) => (k === key ? fallback : k);
      return { ...now, rows, defaults: Object.fromEntries(Object.entries(now.defaults).map(([s, k]) => [s, moved(k)])), photoKind: moved(now.photoKind) };
    });

  const baseSalary = parseMoney(typed.baseSalary);
  const pointShare = parsePercent(typed.pointShare);
  const pointValue = baseSalary !== null && pointShare !== null && pointShare > 0 ? pointValueOf(baseSalary, pointShare) : null;

  function submit() {
    const found: Record<string, string> = {};
    const money = (key: string, text: string) => parseMoney(text) ?? ((found[key] = t("invalid.money")), 0);
    const percent = (key: string, text: string) => parsePercent(text) ?? ((found[key] = t("invalid.percent")), 0);
    const codeOfKey = (key: string) => codes[typed.rows.findIndex((r) => r.key === key)] ?? "";
    const input: RoyaltySettings = {
      baseSalary: money("baseSalary", typed.baseSalary),
      pointShare: percent("pointShare", typed.pointShare),
      kinds: typed.rows.map((r, i) => {
        const grade = (bound: (typeof bounds)[number]) => {
          const value = parseGrade(r[bound]);
          if (value === null || value < 0) found[`kinds.${i}.${bound}`] = t("invalid.grade");
          return value ?? 0;
        };
        return { code: codes[i]!, name: r.name, group: r.group, min: grade("min"), suggested: grade("suggested"), max: grade("max") };
      }),
      storyKindDefaults: Object.fromEntries(storyKinds.map(({ value }) => [value, codeOfKey(typed.defaults[value] ?? "")])),
      photoKind: codeOfKey(typed.photoKind),
      taxRate: percent("taxRate", typed.taxRate),
      taxThreshold: money("taxThreshold", typed.taxThreshold),
      taxStaff: typed.taxStaff,
      sharedPenNames: [
        ...new Set(
          typed.sharedPenNames
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ],
    };
    setMessage(null);
    if (Object.keys(found).length) {
      setErrors(found);
      setError(t("fixFields"));
      return;
    }
    startTransition(async () => {
      const result = await updateRoyaltySettingsAction(input);
      if (!result.ok) {
        const fieldErrors = result.fieldErrors ?? {};
        setErrors(fieldErrors);
        setError(Object.keys(fieldErrors).some((k) => k !== "_") ? t("fixFields") : result.error);
        // A refusal about the list of kinds (one still in use) is said under it too.
        if (result.details?.field === "kinds") setErrors({ kinds: result.error });
        return;
      }
      setErrors({});
      setError(null);
      setTyped(typedFrom(result.data.settings));
      setMessage(result.data.changed ? t("saved") : t("unchanged"));
    });
  }

  const id = (name: string) => `${uid}-${name}`;
  return (
    <form
      aria-label={t("formLabel")}
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("groups.value")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("baseSalary")} label={t("baseSalary")} hint={t("baseSalaryHint")} error={errors.baseSalary}>
            <Input inputMode="numeric" value={typed.baseSalary} onChange={(e) => set("baseSalary", e.target.value)} />
          </Field>
          <Field id={id("pointShare")} label={t("pointShare")} hint={t("pointShareHint")} error={errors.pointShare}>
            <Input inputMode="decimal" value={typed.pointShare} onChange={(e) => set("pointShare", e.target.value)} />
          </Field>
        </div>
        <p className="mt-3 font-semibold" aria-live="polite">
          {pointValue === null ? t("pointValueUnknown") : t("pointValue", { value: formatDong(pointValue) })}
        </p>
      </fieldset>

      <fieldset className="rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("groups.kinds")}</legend>
        <p className="mb-3 text-sm text-muted">{t("kinds.hint")}</p>
        <table className={listTable}>
          <caption className="sr-only">{t("kinds.caption")}</caption>
          <thead className={listThead}>
            <tr>
              {(["name", "group", "min", "suggested", "max"] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2">
                  {t(`kinds.${column}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("kinds.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody className={listTbody}>
            {typed.rows.map((row, i) => {
              const name = row.name.trim() || t("kinds.unnamed");
              const rowError = (field: string) => errors[`kinds.${i}.${field}`];
              return (
                <tr key={row.key} className={listRow}>
                  <td className="w-full align-top md:w-auto md:min-w-56 md:px-3 md:py-2">
                    <Input
                      aria-label={t("kinds.nameOf", { n: i + 1 })}
                      aria-invalid={rowError("name") ? true : undefined}
                      value={row.name}
                      maxLength={80}
                      onChange={(e) => setRow(row.key, { name: e.target.value })}
                    />
                    <span className="mt-0.5 block text-xs text-muted">
                      {row.saved ? t("kinds.code", { code: codes[i]! }) : t("kinds.codeNew", { code: codes[i]! })}
                    </span>
                    <FieldError message={rowError("name") ?? rowError("code")} />
                  </td>
                  <td className={listCell} data-label={t("kinds.group")}>
                    <Select
                      aria-label={t("kinds.groupOf", { name })}
                      value={row.group}
                      onChange={(e) => setRow(row.key, { group: e.target.value as KindGroup })}
                      className="w-auto"
                    >
                      {groups.map((g) => (
                        <option key={g} value={g}>
                          {t(`kinds.groupNames.${g}`)}
                        </option>
                      ))}
                    </Select>
                  </td>
                  {bounds.map((bound) => (
                    <td key={bound} className={listCell} data-label={t(`kinds.${bound}`)}>
                      <Input
                        aria-label={t(`kinds.${bound}Of`, { name })}
                        aria-invalid={rowError(bound) ? true : undefined}
                        inputMode="decimal"
                        value={row[bound]}
                        maxLength={8}
                        onChange={(e) => setRow(row.key, { [bound]: e.target.value })}
                        className="w-20"
                      />
                      {/* Narrow, so a message does not widen its column and shift the table. */}
                      <FieldError message={rowError(bound)} className="md:max-w-28" />
                    </td>
                  ))}
                  <td className="align-top md:px-3 md:py-2">
                    <Button
                      type="button"
                      size="sm"
                      variant="danger-outline"
                      aria-label={t("kinds.removeOf", { name })}
                      disabled={typed.rows.length <= 1}
                      onClick={() => removeRow(row.key)}
                    >
                      {t("kinds.remove")}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <FieldError message={errors.kinds} />
        <Button type="button" className="mt-3" onClick={addRow} disabled={typed.rows.length >= 60}>
          {t("kinds.add")}
        </Button>
      </fieldset>

      <fieldset className="rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("groups.defaults")}</legend>
        <p className="mb-3 text-sm text-muted">{t("storyKindHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {storyKinds.map((story) => (
            <Field
              key={story.value}
              id={id(`default-${story.value}`)}
              label={t("storyKind", { kind: story.label })}
              error={errors[`storyKindDefaults.${story.value}`]}
            >
              <Select value={typed.defaults[story.value] ?? ""} onChange={(e) => set("defaults", { ...typed.defaults, [story.value]: e.target.value })}>
                {royaltyRows.map((r) => (
                  <option key={r.key} value={r.key}>
                    {r.name.trim() || t("kinds.unnamed")}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <Field id={id("photoKind")} label={t("photoKind")} error={errors.photoKind}>
            <Select value={typed.photoKind} onChange={(e) => set("photoKind", e.target.value)}>
              {royaltyRows.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name.trim() || t("kinds.unnamed")}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>

      <fieldset className="rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("groups.tax")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("taxRate")} label={t("taxRate")} hint={t("taxRateHint")} error={errors.taxRate}>
            <Input inputMode="decimal" value={typed.taxRate} onChange={(e) => set("taxRate", e.target.value)} />
          </Field>
          <Field id={id("taxThreshold")} label={t("taxThreshold")} hint={t("taxThresholdHint")} error={errors.taxThreshold}>
            <Input inputMode="numeric" value={typed.taxThreshold} onChange={(e) => set("taxThreshold", e.target.value)} />
          </Field>
          <div className="space-y-1 sm:col-span-2">
            <label className="flex items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                checked={typed.taxStaff}
                onChange={(e) => set("taxStaff", e.target.checked)}
                aria-describedby={id("taxStaff-hint")}
                className="h-5 w-5 accent-brand"
              />
              {t("taxStaff")}
            </label>
            <p id={id("taxStaff-hint")} className="text-xs text-muted">
              {t("taxStaffHint")}
            </p>
          </div>
        </div>
      </fieldset>

      <fieldset className="rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("groups.penNames")}</legend>
        <Field
          id={id("sharedPenNames")}
          label={t("sharedPenNames")}
          hint={t("sharedPenNamesHint")}
          error={Object.entries(errors).find(([k]) => k.startsWith("sharedPenNames"))?.[1]}
        >
          <Textarea rows={5} value={typed.sharedPenNames} onChange={(e) => set("sharedPenNames", e.target.value)} className="max-w-md" />
        </Field>
      </fieldset>

      <div className="space-y-3">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <FormError message={error} />
        {message ? <Notice tone="success">{message}</Notice> : null}
      </div>
    </form>
  );
}
