"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import { readPayeeDetailsAction, updatePayeeDetailsAction } from "@/lib/payees/actions";
import type { PayeeDetailKey, PayeeDetails } from "@/lib/payees/details";

const fields: { key: PayeeDetailKey; hint?: "identityNumberHint" | "bankHint" | "taxCodeHint"; maxLength: number; numeric?: boolean }[] = [
  { key: "identityNumber", hint: "identityNumberHint", maxLength: 20, numeric: true },
  { key: "bank", hint: "bankHint", maxLength: 160 },
  { key: "accountNumber", maxLength: 40 },
  { key: "taxCode", hint: "taxCodeHint", maxLength: 20 },
];

/**
 * Thông tin thanh toán, for kế toán and admins: nothing is read until "Xem thông tin thanh toán" is
 * pressed (each press is one read in Nhật ký), and "Ẩn" forgets them on this screen again. The
 * page shows this panel only to those the policy allows; the server asks again on every call.
 */
export function PayeeDetailsPanel({ target: initialTarget }: { target: { id: number } | { userId: number } }) {
  const t = useTranslations("payees.details");
  const uid = useId();
  const [target, setTarget] = useState(initialTarget);
  const [details, setDetails] = useState<PayeeDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const show = () =>
    startTransition(async () => {
      setError(null);
      setMessage(null);
      const result = await readPayeeDetailsAction(target);
      if (!result.ok) return setError(result.error);
      setDetails(result.data.details);
    });

  const hide = () => {
    setDetails(null);
    setFieldErrors({});
    setMessage(null);
    setError(null);
  };

  const save = (form: HTMLFormElement) =>
    startTransition(async () => {
      const data = new FormData(form);
      const typed = Object.fromEntries(
        fields.map(({ key }) => {
          const value = data.get(key);
          return [key, typeof value === "string" ? value : ""];
        }),
      ) as PayeeDetails;
      setMessage(null);
      const result = await updatePayeeDetailsAction({ ...target, ...typed });
      if (!result.ok) {
        setDetails(typed);
        setFieldErrors(result.fieldErrors ?? {});
        return setError(result.fieldErrors && fields.some(({ key }) => result.fieldErrors?.[key]) ? null : result.error);
      }
      setError(null);
      setFieldErrors({});
      setDetails(result.data.details);
      // An account's first save made its row: later calls name the row.
      setTarget({ id: result.data.payeeId });
      setMessage(result.data.changed ? t("saved", { name: result.data.name }) : t("unchanged"));
    });

  return (
    <section aria-labelledby={`${uid}-heading`} className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <div>
        <h2 id={`${uid}-heading`} className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      </div>
      {details ? (
        <form
          // Remounted with what was read or saved, so each field shows the server's value.
          key={JSON.stringify(details)}
          onSubmit={(e) => {
            e.preventDefault();
            save(e.currentTarget);
          }}
          className="grid gap-3 sm:grid-cols-2"
          noValidate
        >
          {fields.every(({ key }) => details[key] === "") ? <p className="text-sm text-muted sm:col-span-2">{t("empty")}</p> : null}
          {fields.map((f) => (
            <Field key={f.key} id={`${uid}-${f.key}`} label={t(f.key)} hint={f.hint ? t(f.hint) : undefined} error={fieldErrors[f.key]}>
              <Input
                name={f.key}
                defaultValue={details[f.key]}
                maxLength={f.maxLength}
                inputMode={f.numeric ? "numeric" : undefined}
                autoComplete="off"
                spellCheck={false}
              />
            </Field>
          ))}
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
            <Button type="button" onClick={hide} disabled={pending}>
              {t("hide")}
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" onClick={show} disabled={pending}>
          {pending ? t("showing") : t("show")}
        </Button>
      )}
      <FormError message={error} />
      {message ? <Notice tone="success">{message}</Notice> : null}
    </section>
  );
}
