import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { CalendarEntryActions } from "@/components/newsroom/calendar-entry-actions";
import { parseIsoDate } from "@/lib/audit/time";
import { requireActor } from "@/lib/auth/actor";
import { listCalendar } from "@/lib/calendar/queries";
import { can } from "@/lib/policy/policy";
import { calendarDateIn, formatDateline, toIsoDate, vnDateToUtc } from "@/lib/text/dateline";
import { statusLabels } from "@/lib/workflow/transitions";

export const metadata: Metadata = { title: "Lịch xuất bản — Tòa soạn" };

const DAY_MS = 86_400_000;
const clock = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });
/** "2026-11-24T15:00" in Vietnam, for a datetime-local input. */
const localInput = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ tu?: string }> }) {
  const actor = await requireActor("queue.view", "/toa-soan/lich");
  const { tu } = await searchParams;
  const first = (tu && parseIsoDate(tu)) || calendarDateIn(new Date());
  const days = await listCalendar(await db(), actor, first, 7);
  const start = vnDateToUtc(first);
  const week = (offset: number) => toIsoDate(calendarDateIn(new Date(start.getTime() + offset * 7 * DAY_MS)));
  const mayMove = can(actor, "story.unschedule", { status: "scheduled", createdById: 0, authorIds: [], heldById: null });

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Lịch xuất bản</h1>
        <nav aria-label="Chọn tuần" className="flex gap-3 text-sm">
          <Link href={`/toa-soan/lich?tu=${week(-1)}`} className="underline">
            ‹ Tuần trước
          </Link>
          <Link href="/toa-soan/lich" className="underline">
            Hôm nay
          </Link>
          <Link href={`/toa-soan/lich?tu=${week(1)}`} className="underline">
            Tuần sau ›
          </Link>
        </nav>
      </div>
      <ol className="space-y-3">
        {days.map((day) => {
          const date = parseIsoDate(day.date)!;
          return (
            <li key={day.date} className="rounded border border-stone-300 bg-white p-3" data-day={day.date}>
              <h2 className="font-semibold">
                {formatDateline(vnDateToUtc(date))}
              </h2>
              {day.entries.length === 0 ? <p className="text-sm text-muted">Không có bài.</p> : null}
              <ul className="mt-1 divide-y divide-stone-200">
                {day.entries.map((entry) => (
                  <li key={entry.id} className="py-2">
                    <p className="text-sm">
                      <span className="font-mono">{clock.format(entry.publishedAt)}</span> ·{" "}
                      <span className={entry.status === "scheduled" ? "text-amber-800" : "text-green-800"}>{statusLabels[entry.status]}</span> · {entry.sectionName ?? "—"}
                    </p>
                    <Link href={`/toa-soan/bai-viet/${entry.id}`} className="font-semibold hover:underline">
                      {entry.title}
                    </Link>
                    {entry.status === "scheduled" && mayMove ? <CalendarEntryActions id={entry.id} version={entry.version} title={entry.title} localTime={localInput(entry.publishedAt)} /> : null}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
