"use client";

// Cài đặt → Kế hoạch: how many minutes before an assignment's deadline its people hear "Sắp đến
// hạn" (default 120). One field; the server checks the range and audits the change.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { InlineNotice } from "@/components/ui/notice";
import { updatePlanSettingsAction } from "@/lib/plan/actions";

export function AssignmentDeadlineSettings({ dueSoonLeadMinutes }: { dueSoonLeadMinutes: number }) {
  const t = useTranslations("plan.settings");
  const router = useRouter();
  const [value, setValue] = useState(String(dueSoonLeadMinutes));
  const [said, setSaid] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <section aria-labelledby="cai-dat-ke-hoach" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="cai-dat-ke-hoach" className="mb-3 text-lg font-bold">
        {t("heading")}
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          start(async () => {
            // Not a whole number: sent as it is, for the server to say why.
            const minutes = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
            const result = await updatePlanSettingsAction({ dueSoonLeadMinutes: minutes });
            if (!result.ok) setSaid({ tone: "error", text: result.error });
            else {
              setSaid({ tone: "success", text: result.data.changed ? t("saved") : t("unchanged") });
              router.refresh();
            }
          });
        }}
      >
        <Field label={t("leadLabel")} hint={t("leadHint")} className="max-w-md">
          <Input inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} className="w-28" />
        </Field>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {said ? (
          <InlineNotice tone={said.tone} className="basis-full">
            {said.text}
          </InlineNotice>
        ) : null}
      </form>
    </section>
  );
}
