// The plan board's days and weeks, on the paper's clocks (Cài đặt → Múi giờ): a day is a calendar
// date of that zone, a week runs Monday to Sunday (ISO). Built from the helpers Lịch uses
// (calendarDateIn, toIsoDate) and the zone-aware wall-clock conversions of lib/i18n/time: calendar
// dates are counted on UTC dates (where a day is always a day), instants only at the edges.
import { fromLocalInput, wallClock } from "@/lib/i18n/time";
import { calendarDateIn, toIsoDate, type VnDate } from "@/lib/text/dateline";

/** `n` calendar days after `d` (before, when negative). */
export function addDays(d: VnDate, n: number): VnDate {
  return calendarDateIn(new Date(Date.UTC(d.year, d.month - 1, d.day + n)), "UTC");
}

/** 0 for Sunday … 6 for Saturday, as Date.getDay() and the catalogue's time.weekdays count. */
export function weekdayIndex(d: VnDate): number {
  return wallClock(new Date(Date.UTC(d.year, d.month - 1, d.day)), "UTC").weekday;
}

/** The Monday of the ISO week holding `d`. */
export function mondayOf(d: VnDate): VnDate {
  return addDays(d, -((weekdayIndex(d) + 6) % 7));
}

/** The first instant of a calendar day on the paper's clocks. */
export function startOfDay(d: VnDate, timeZone: string): Date {
  return new Date(fromLocalInput(`${toIsoDate(d)}T00:00`, timeZone)!);
}

/** Today on the paper's clocks. */
export function todayIn(timeZone: string, now: Date = new Date()): VnDate {
  return calendarDateIn(now, timeZone);
}

/** The ISO week of a date: "2026-W23" (the week belongs to the year of its Thursday). */
export function isoWeekOf(d: VnDate): { year: number; week: number; label: string } {
  const thursday = addDays(mondayOf(d), 3);
  const dayOfYear = (Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(thursday.year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return { year: thursday.year, week, label: `${thursday.year}-W${String(week).padStart(2, "0")}` };
}

/** A span of whole days: its dates and the instants [start, end) they cover on the paper's clocks. */
export type DaySpan = { days: VnDate[]; start: Date; end: Date };

export function daySpan(first: VnDate, count: number, timeZone: string): DaySpan {
  const days = Array.from({ length: count }, (_, i) => addDays(first, i));
  return { days, start: startOfDay(first, timeZone), end: startOfDay(addDays(first, count), timeZone) };
}

/** The day of an instant on the paper's clocks, as "2026-06-01". */
export function isoDayOf(at: Date, timeZone: string): string {
  return toIsoDate(calendarDateIn(at, timeZone));
}
