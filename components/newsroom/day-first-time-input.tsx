"use client";

// A time entered day first, whatever the browser's language: a date field (07/12/2026) and a
// 24-hour time field (06:12) as plain text with a numeric keyboard, never <input type=
// "datetime-local">, which an English browser shows month first ("12/07/2026, 06:12 AM"). Under
// them, the chosen time in words in the paper's style and zone, or why it is not a time.
import { useTimeZone, useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { defaultTimeZone, fromDayFirst } from "@/lib/i18n/time";

export type DayFirstValue = { date: string; time: string };

/** The instant the fields name in the paper's zone (ISO 8601, UTC), or null. */
export function useDayFirstInstant(value: DayFirstValue): string | null {
  const timeZone = useTimeZone() ?? defaultTimeZone;
  return fromDayFirst(value.date, value.time, timeZone);
}

export function DayFirstTimeInput({
  id,
  value,
  onChange,
  dateLabel,
  timeLabel,
  compact = false,
  children,
}: {
  id: string;
  value: DayFirstValue;
  onChange: (value: DayFirstValue) => void;
  /** The fields' accessible names; "Ngày" and "Giờ" unless a list needs them to name their row. */
  dateLabel?: string;
  timeLabel?: string;
  compact?: boolean;
  /** Buttons to keep on the fields' line (Dời lịch). */
  children?: React.ReactNode;
}) {
  const t = useTranslations("workflow.when");
  const timeZone = useTimeZone() ?? defaultTimeZone;
  const when = useFormatWhen();
  const instant = fromDayFirst(value.date, value.time, timeZone);
  const echoId = `${id}-echo`;
  const size = compact ? "sm" : undefined;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          <span className={compact ? "sr-only" : "font-semibold"}>{dateLabel ?? t("date")}</span>
          <Input
            id={`${id}-date`}
            inputMode="numeric"
            autoComplete="off"
            required
            placeholder="dd/mm/yyyy"
            title={t("dateHint")}
            aria-describedby={echoId}
            aria-invalid={value.date !== "" && value.time !== "" && !instant ? true : undefined}
            value={value.date}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
            size={size}
            className="w-[8.5rem] font-mono"
          />
        </label>
        <label className="flex flex-col text-sm">
          <span className={compact ? "sr-only" : "font-semibold"}>{timeLabel ?? t("time")}</span>
          <Input
            id={`${id}-time`}
            inputMode="numeric"
            autoComplete="off"
            required
            placeholder="HH:mm"
            title={t("timeHint")}
            aria-describedby={echoId}
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
            size={size}
            className="w-[5rem] font-mono"
          />
        </label>
        {children}
      </div>
      <p
        id={echoId}
        aria-live="polite"
        data-testid="time-echo"
        className={cn("text-sm", instant ? (compact ? "text-muted" : "font-semibold") : "text-red-800")}
      >
        {instant ? t("echo", { when: when(instant), zone: timeZone === defaultTimeZone ? t("vietnam") : timeZone }) : t("invalid")}
      </p>
    </div>
  );
}
