"use client";

// Moving a scheduled story to another time, or taking it off the schedule, from the calendar.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTimeZone, useTranslations } from "use-intl";
import { rescheduleStoryAction, unscheduleStoryAction } from "@/lib/workflow/actions";
import { DayFirstTimeInput, type DayFirstValue } from "@/components/newsroom/day-first-time-input";
import { Button } from "@/components/ui/button";
import { InlineNotice } from "@/components/ui/notice";
import { defaultTimeZone, fromDayFirst } from "@/lib/i18n/time";

/** `at`: the scheduled time, day first in the paper's zone ({ date: "07/12/2026", time: "06:12" }). */
export function CalendarEntryActions({ id, version, title, at }: { id: number; version: number; title: string; at: DayFirstValue }) {
  const router = useRouter();
  const t = useTranslations("calendar.entry");
  const timeZone = useTimeZone() ?? defaultTimeZone;
  const [value, setValue] = useState(at);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const act = (run: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await run();
      if (result.ok) {
        setError(null);
        router.refresh();
      } else setError(result.error ?? t("failed"));
    });

  return (
    <form
      className="mt-1 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        // An impossible date goes to the server as it is, which refuses it with its reason.
        act(() => rescheduleStoryAction({ id, version, publishAt: fromDayFirst(value.date, value.time, timeZone) ?? `${value.date} ${value.time}` }));
      }}
    >
      <DayFirstTimeInput
        id={`lich-${id}`}
        compact
        value={value}
        onChange={setValue}
        dateLabel={t("publishDate", { title })}
        timeLabel={t("publishHour", { title })}
      >
        <Button type="submit" size="sm" disabled={pending}>
          {t("reschedule")}
        </Button>
        <Button variant="danger-outline" size="sm" disabled={pending} onClick={() => act(() => unscheduleStoryAction({ id, version }))}>
          {t("unschedule")}
        </Button>
      </DayFirstTimeInput>
      {error ? (
        <InlineNotice tone="error" className="mt-1">
          {error}
        </InlineNotice>
      ) : null}
    </form>
  );
}
