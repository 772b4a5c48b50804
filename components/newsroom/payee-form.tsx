"use client";

import { useActionState, useId } from "react";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { payeeKinds, type PayeeKind } from "@/db/schema";
import { createPayeeAction, updatePayeeAction, type CreatePayeeState, type UpdatePayeeState } from "@/lib/payees/actions";

export type PayeeFormValues = { name: string; penNames: string[]; phone: string; kind: PayeeKind; active: boolean };

const fields = ["name", "penNames", "phone", "kind"] as const;
const blank: PayeeFormValues = { name: "", penNames: [], phone: "", kind: "collaborator", active: true };

/**
 * A payee's name, pen names (one a line), phone, kind and whether they are still paid: "Thêm cộng
 * tác viên" on the list, or the edit form of one payee (a row's `id`, or an account's `userId`
 * whose row the first save makes). The server checks everything again.
 */
export function PayeeForm({ payee, target }: { payee?: PayeeFormValues; target?: { id: number } | { userId: number } }) {
  const t = useTranslations("payees");
  const editing = Boolean(target);
  const [state, action, pending] = useActionState<CreatePayeeState & UpdatePayeeState, FormData>(editing ? updatePayeeAction : createPayeeAction, {});
  const uid = useId();
  const initial = payee ?? blank;
  // React resets a form after its action: show what was saved, or what was typed when refused.
  const text = (key: "name" | "phone" | "kind") => state.values?.[key] ?? initial[key];
  const penNames = state.values?.penNames ?? initial.penNames.join("\n");
  const active = state.values ? state.values.active === "true" : initial.active;
  const errorOf = (name: string) => state.fieldErrors?.[name];

  return (
    <div className="space-y-3">
      <form action={action} aria-label={editing ? t("editPage.formLabel") : t("addHeading")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" noValidate>
        {target ? <input type="hidden" name={"id" in target ? "id" : "userId"} value={"id" in target ? target.id : target.userId} /> : null}
        <Field id={`${uid}-name`} label={t("fields.name")} error={errorOf("name")}>
          <Input name="name" required maxLength={120} autoComplete="off" defaultValue={text("name")} />
        </Field>
        <Field id={`${uid}-penNames`} label={t("fields.penNames")} hint={t("fields.penNamesHint")} error={errorOf("penNames")}>
          <Textarea name="penNames" rows={2} maxLength={700} autoComplete="off" defaultValue={penNames} />
        </Field>
        <Field id={`${uid}-phone`} label={t("fields.phone")} error={errorOf("phone")}>
          <Input name="phone" type="tel" maxLength={30} autoComplete="off" defaultValue={text("phone")} />
        </Field>
        <Field id={`${uid}-kind`} label={t("fields.kind")} hint={t("fields.kindHint")} error={errorOf("kind")}>
          <Select name="kind" defaultValue={text("kind")}>
            {payeeKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="space-y-1 sm:col-span-2">
          <label className="flex items-center gap-2 text-sm font-semibold">
            <input
              type="checkbox"
              name="active"
              value="true"
              defaultChecked={active}
              aria-describedby={`${uid}-active-hint`}
              className="h-5 w-5 accent-brand"
            />
            {t("fields.active")}
          </label>
          <p id={`${uid}-active-hint`} className="text-xs text-muted">
            {t("fields.activeHint")}
          </p>
        </div>
        <div className="flex items-end sm:col-span-2 lg:justify-end">
          <Button type="submit" variant="primary" size="lg" disabled={pending}>
            {editing ? (pending ? t("editPage.saving") : t("editPage.save")) : pending ? t("create.submitting") : t("create.submit")}
          </Button>
        </div>
      </form>
      {/* One announcement; the details sit under the fields they concern. */}
      <FormError message={fields.some((key) => errorOf(key)) ? (editing ? t("editPage.fixFields") : t("create.fixFields")) : state.error} />
      {state.ok && state.message ? (
        <Notice tone="success">
          {state.message}
          {state.created ? (
            <>
              {" "}
              <Link href={`/toa-soan/nhuan-but/nguoi-nhan/${state.created.id}`} className="underline">
                {t("create.detailsLink", { name: state.created.name })}
              </Link>
            </>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
