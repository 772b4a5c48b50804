"use client";

// Moving a scheduled story to another time, or taking it off the schedule, from the calendar.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { rescheduleStoryAction, unscheduleStoryAction } from "@/lib/workflow/actions";

export function CalendarEntryActions({ id, version, title, localTime }: { id: number; version: number; title: string; localTime: string }) {
  const router = useRouter();
  const [value, setValue] = useState(localTime);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const act = (run: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await run();
      if (result.ok) {
        setError(null);
        router.refresh();
      } else setError(result.error ?? "Không thực hiện được.");
    });

  return (
    <form
      className="mt-1 flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        act(() => rescheduleStoryAction({ id, version, publishAt: `${value}:00+07:00` }));
      }}
    >
      <label className="flex flex-col">
        <span className="sr-only">Thời gian xuất bản của “{title}”</span>
        <input type="datetime-local" required value={value} onChange={(e) => setValue(e.target.value)} className="rounded border border-stone-400 px-1 py-0.5" aria-label={`Thời gian xuất bản của “${title}”`} />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-stone-500 bg-white px-2 py-0.5 font-semibold hover:bg-stone-100">
        Dời lịch
      </button>
      <button type="button" disabled={pending} onClick={() => act(() => unscheduleStoryAction({ id, version }))} className="rounded border border-red-700 bg-white px-2 py-0.5 text-red-800 hover:bg-red-50">
        Hủy lịch
      </button>
      {error ? (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
