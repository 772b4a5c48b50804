// Times as the newsroom shows and enters them: always in the paper's time zone (Cài đặt → Múi
// giờ), day first ("Thứ hai, 07/12/2026 06:12"; in English "Monday, 07/12/2026 06:12"), never in
// the browser's locale or zone. Pure: the zone and the weekday names are given by the caller.
import { TZDate } from "@date-fns/tz";

export const defaultTimeZone = "Asia/Ho_Chi_Minh";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The wall clock of an instant in a time zone. */
export function wallClock(date: Date | string, timeZone: string) {
  const at = new TZDate(new Date(date).getTime(), timeZone);
  if (Number.isNaN(at.getTime())) throw new RangeError("Ngày giờ không hợp lệ (invalid date)");
  return { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), hour: at.getHours(), minute: at.getMinutes(), weekday: at.getDay() };
}

export type WhenStyle = "dateTime" | "date" | "time" | "dayMonthTime";

/**
 * "Thứ hai, 07/12/2026 06:12" and its shorter styles. `weekdays` are the locale's day names,
 * Sunday first (the catalogue's time.weekdays).
 */
export function formatWhen(date: Date | string, options: { timeZone: string; weekdays?: readonly string[]; style?: WhenStyle }): string {
  const t = wallClock(date, options.timeZone);
  const day = `${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
  const time = `${pad2(t.hour)}:${pad2(t.minute)}`;
  const weekday = options.weekdays ? `${options.weekdays[t.weekday]}, ` : "";
  switch (options.style ?? "dateTime") {
    case "date":
      return `${weekday}${day}`;
    case "time":
      return time;
    case "dayMonthTime":
      return `${pad2(t.day)}/${pad2(t.month)} ${time}`;
    default:
      return `${weekday}${day} ${time}`;
  }
}

/** The value of an <input type="datetime-local"> showing this instant in the paper's zone. */
export function toLocalInput(date: Date | string, timeZone: string): string {
  const t = wallClock(date, timeZone);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** The instant an <input type="datetime-local"> value names in the paper's zone, as ISO 8601 (UTC). */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const at = new TZDate(y, mo - 1, d, h, mi, 0, timeZone);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime()).toISOString();
}

/** The day-first fields of an instant in the paper's zone: { date: "07/12/2026", time: "06:12" }. */
export function toDayFirst(date: Date | string, timeZone: string): { date: string; time: string } {
  const t = wallClock(date, timeZone);
  return { date: `${pad2(t.day)}/${pad2(t.month)}/${t.year}`, time: `${pad2(t.hour)}:${pad2(t.minute)}` };
}

/** A calendar day typed day first ("07/12/2026", 7/12/2026, 07-12-2026) as yyyy-mm-dd; null if it is none. */
export function isoDateFromDayFirst(date: string): string | null {
  const d = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(date);
  if (!d) return null;
  const [day, month, year] = [d[1], d[2], d[3]].map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** yyyy-mm-dd as the paper writes it, 07/12/2026 ("" for anything else). */
export function dayFirstFromIsoDate(iso: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return d ? `${d[3]}/${d[2]}/${d[1]}` : "";
}

/**
 * The instant that a day-first date ("07/12/2026", also 7/12/2026, 07-12-2026, 07.12.2026) and a
 * 24-hour time ("06:12", also 6:12, 6h12, 6g12) name in the paper's zone, as ISO 8601 (UTC); null
 * when either is not a real date or time (31/02, 24:00). Never month-first, whatever the browser.
 */
export function fromDayFirst(date: string, time: string, timeZone: string): string | null {
  const d = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(date);
  const t = /^\s*(\d{1,2})\s*[:hHgG.]\s*(\d{2})\s*$/.exec(time);
  if (!d || !t) return null;
  const [day, month, year, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  // A day past the month's end (31/02) would roll over into the next month: refuse it instead.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const at = new TZDate(year, month - 1, day, hour, minute, 0, timeZone);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime()).toISOString();
}
