"use client";

// Paying a closed month (kế toán): tick a person's lines, or none for all of them, give the day it
// was paid (day first, today by default) and confirm; the server marks the unpaid ones of those
// (markPaid) and records it. The lines' table is the server's: only the ticks live here, shared by
// the selection around the table and the form beneath it.
import { useRouter } from "next/navigation";
import { createContext, use, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { markPaidAction } from "@/lib/royalties/actions";
import { dayFirstFromIsoDate } from "@/lib/i18n/time";
import { DayFirstDateInput } from "@/components/newsroom/day-first-date-input";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { InlineNotice } from "@/components/ui/notice";

type Selection = { chosen: ReadonlySet<number>; toggle: (lineId: number, on: boolean) => void };
const SelectionContext = createContext<Selection | null>(null);

/** Holds which of one person's lines are ticked, for the checkboxes and the form inside it. */
export function RoyaltyPaySelection({ children }: { children: React.ReactNode }) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (lineId: number, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(lineId);
      else next.delete(lineId);
      return next;
    });
  return <SelectionContext value={{ chosen, toggle }}>{children}</SelectionContext>;
}

/** A line's tick; `label` names the line for a screen reader ("Chọn dòng: <title>"). */
export function RoyaltyPayCheckbox({ lineId, label }: { lineId: number; label: string }) {
  const selection = use(SelectionContext);
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      className="size-4 align-middle"
      aria-label={label}
      checked={selection.chosen.has(lineId)}
      onChange={(e) => selection.toggle(lineId, e.target.checked)}
    />
  );
}

export function RoyaltyPayForm({ month, payeeId, name, unpaid, today }: { month: string; payeeId: number; name: string; unpaid: number; today: string }) {
  const t = useTranslations("royaltyMonth.pay");
  const selection = use(SelectionContext);
  const router = useRouter();
  const [day, setDay] = useState(today);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const chosen = [...(selection?.chosen ?? [])];
  const inputId = `ngay-tra-${payeeId}`;
  const what = chosen.length ? t("chosenLines", { count: chosen.length }) : t("allLines", { count: unpaid, name });

  const pay = () =>
    start(async () => {
      const result = await markPaidAction({
        month,
        ...(chosen.length ? { lineIds: chosen } : { payeeIds: [payeeId] }),
        paidOn: day ? dayFirstFromIsoDate(day) : "",
      });
      setAsking(false);
      if (result.ok) {
        setError(null);
        for (const id of chosen) selection?.toggle(id, false);
        router.refresh();
      } else setError(result.error);
    });

  // The dialog is the form's sibling, not its child: a form inside a form would submit the outer one.
  return (
    <>
      <form
        className="flex flex-wrap items-end gap-2 border-t border-stone-200 p-3 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          setAsking(true);
        }}
      >
        <div>
          <label htmlFor={inputId} className="block text-xs font-semibold">
            {t("day")}
          </label>
          <DayFirstDateInput id={inputId} value={day} onChange={setDay} />
        </div>
        <Button type="submit" size="sm" variant="primary" disabled={pending}>
          {chosen.length ? t("payChosen", { count: chosen.length }) : t("payAll")}
        </Button>
        <span className="text-muted">{t("hint")}</span>
        {error ? (
          <InlineNotice tone="error" className="basis-full">
            {error}
          </InlineNotice>
        ) : null}
      </form>
      {asking ? (
        <ConfirmDialog
          title={t("title")}
          description={t("description", { what, day: day ? dayFirstFromIsoDate(day) : "—" })}
          confirmLabel={t("confirm")}
          busy={pending}
          onConfirm={pay}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}
