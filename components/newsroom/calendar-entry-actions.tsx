"use client";

// Moving a scheduled story to another time, or taking it off the schedule, from the calendar.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTimeZone, useTranslations } from "use-intl";
import { rescheduleStoryAction, unscheduleStoryAction } from "@/lib/workflow/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { InlineNotice } from "@/components/ui/notice";
import { defaultTimeZone, fromLocalInput } from "@/lib/i18n/time";

export function CalendarEntryActions({ id, version, title, localTime }: { id: number; version: number; title: string; localTime: string }) {
  const router = useRouter();
  const t = useTranslations("calendar.entry");
  const timeZone = useTimeZone() ?? defaultTimeZone;
  const [value, setValue] = useState(localTime);
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
      className="mt-1 flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        act(() => rescheduleStoryAction({ id, version, publishAt: fromLocalInput(value, timeZone) ?? "" }));
      }}
    >
      <label className="flex flex-col">
        <span className="sr-only">{t("publishTime", { title })}</span>
        <Input
          type="datetime-local"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-label={t("publishTime", { title })}
          className="w-auto px-1 py-0.5"
        />
      </label>
      <Button type="submit" size="xs" disabled={pending}>
        {t("reschedule")}
      </Button>
      <Button variant="danger-outline" size="xs" disabled={pending} onClick={() => act(() => unscheduleStoryAction({ id, version }))}>
        {t("unschedule")}
      </Button>
      {error ? (
        <InlineNotice tone="error" className="w-full">
          {error}
        </InlineNotice>
      ) : null}
    </form>
  );
}
