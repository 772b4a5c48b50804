import type { Metadata } from "next";
import Link from "next/link";
import { CalendarEntryActions } from "@/components/newsroom/calendar-entry-actions";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { parseIsoDate } from "@/lib/audit/time";
import { requireActor } from "@/lib/auth/actor";
import { getCalendar } from "@/lib/calendar/queries";
import { messagesFor } from "@/lib/i18n/messages";
import { getNewsroomFormatWhen, getNewsroomLocale, getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { formatWhen, toDayFirst } from "@/lib/i18n/time";
import { can } from "@/lib/policy/policy";
import { calendarDateIn, toIsoDate, vnDateToUtc, type VnDate } from "@/lib/text/dateline";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("calendar");
  return { title: t("title") };
}

const DAY_MS = 86_400_000;

/** "Thứ hai, 07/12/2026": a calendar date names its own day, whatever the zone. */
const dayHeading = (d: VnDate, weekdays: readonly string[]) =>
  formatWhen(new Date(Date.UTC(d.year, d.month - 1, d.day)), { timeZone: "UTC", weekdays, style: "date" });

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ tu?: string }> }) {
  const actor = await requireActor("queue.view", "/toa-soan/lich");
  const { tu } = await searchParams;
  const first = (tu && parseIsoDate(tu)) || calendarDateIn(new Date());
  const [days, t, when, timeZone, locale] = await Promise.all([
    getCalendar(actor, first, 7),
    getNewsroomT("calendar"),
    getNewsroomFormatWhen(),
    getPaperTimeZone(),
    getNewsroomLocale(),
  ]);
  const weekdays = Object.values(messagesFor(locale).time.weekdays);
  const start = vnDateToUtc(first);
  const week = (offset: number) => toIsoDate(calendarDateIn(new Date(start.getTime() + offset * 7 * DAY_MS)));
  const mayMove = can(actor, "story.unschedule", { status: "scheduled", createdById: 0, authorIds: [], heldById: null, sectionId: null });

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <nav aria-label={t("weeks")} className="flex gap-3 text-sm">
          <Link href={`/toa-soan/lich?tu=${week(-1)}`} className="underline">
            {t("previous")}
          </Link>
          <Link href="/toa-soan/lich" className="underline">
            {t("today")}
          </Link>
          <Link href={`/toa-soan/lich?tu=${week(1)}`} className="underline">
            {t("next")}
          </Link>
        </nav>
      </div>
      <ol className="space-y-3">
        {days.map((day) => {
          const date = parseIsoDate(day.date)!;
          return (
            <li key={day.date} className="rounded border border-stone-300 bg-white p-3" data-day={day.date}>
              <h2 className="font-semibold">{dayHeading(date, weekdays)}</h2>
              {day.entries.length === 0 ? <p className="text-sm text-muted">{t("empty")}</p> : null}
              <ul className="mt-1 divide-y divide-stone-200">
                {day.entries.map((entry) => (
                  <li key={entry.id} className="py-2">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                      <span className="font-mono">{when(entry.publishedAt, "time")}</span>
                      <StatusBadge status={entry.status} className="text-xs" />
                      <span>{entry.sectionName ?? "—"}</span>
                    </p>
                    <Link href={`/toa-soan/bai-viet/${entry.id}?tu=lich`} className="font-semibold break-words hover:underline">
                      {entry.title}
                    </Link>
                    {entry.status === "scheduled" && mayMove ? (
                      <CalendarEntryActions id={entry.id} version={entry.version} title={entry.title} at={toDayFirst(entry.publishedAt, timeZone)} />
                    ) : null}
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
