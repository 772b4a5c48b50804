/** A calendar date as the newsroom speaks of it (month and day 1-based). */
export type VnDate = { year: number; month: number; day: number };

/** Vietnam has used UTC+7 without daylight saving since 1975. */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";
const VN_OFFSET_HOURS = 7;

/** Indexed like Date.getDay(): 0 is Sunday. */
export const WEEKDAYS_VI = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US only to get plain ASCII digits in formatToParts; the words are ours.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(date: Date, timeZone: string): VnDate & { hour: number; minute: number } {
  if (Number.isNaN(date.getTime())) throw new RangeError("Ngày giờ không hợp lệ (invalid date)");
  const parts = formatterFor(timeZone).formatToParts(date);
  const num = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: num("year"),
    month: num("month"),
    day: num("day"),
    // Some ICU versions still print midnight as "24" even with h23.
    hour: num("hour") % 24,
    minute: num("minute"),
  };
}

/** The calendar date of an instant in Vietnam (or another time zone). */
export function calendarDateIn(date: Date, timeZone: string = VN_TIME_ZONE): VnDate {
  const { year, month, day } = wallClock(date, timeZone);
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "2022-07-04" */
export function toIsoDate(d: VnDate): string {
  return `${String(d.year).padStart(4, "0")}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function weekdayOf(d: VnDate): (typeof WEEKDAYS_VI)[number] {
  return WEEKDAYS_VI[utcMidnight(d).getUTCDay()] ?? WEEKDAYS_VI[0];
}

/**
 * The paper's date line, in Vietnam time by default: "Thứ hai, 04/07/2022",
 * or with `withTime` "Thứ hai, 04/07/2022 08:30".
 */
export function formatDateline(date: Date, opts: { withTime?: boolean; timeZone?: string } = {}): string {
  const t = wallClock(date, opts.timeZone ?? VN_TIME_ZONE);
  const line = `${weekdayOf(t)}, ${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
  return opts.withTime ? `${line} ${pad2(t.hour)}:${pad2(t.minute)}` : line;
}

const WEEKDAY = String.raw`(?:thứ\s*(?:hai|ba|tư|bốn|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])`;
// Weekday (optional, not checked against the date: the date is what the reporter meant),
// dd/mm/yyyy (also with - or .), and an optional time, which is accepted but not returned.
const DATELINE = new RegExp(
  String.raw`^(?:${WEEKDAY}\s*[,.\-–]?\s*)?(?:ngày\s+)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})` +
    String.raw`(?:\s*[,\-–|]?\s*(?:lúc\s*)?(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*(?:\(?\s*(?:GMT|UTC)\s*\+\s*7\s*\)?))?)?$`,
  "iu",
);

function matchDateline(line: string): RegExpExecArray | null {
  // NBSP and doubled spaces are common after the comma ("Thứ hai,\u00a0 04/07/2022").
  const s = line.normalize("NFC").replace(/\s+/gu, " ").trim();
  return DATELINE.exec(s);
}

/** True when the line has the shape of a date line, even if the date itself is impossible. */
export function isDatelineShaped(line: string): boolean {
  return matchDateline(line) !== null;
}

/**
 * Reads "Thứ hai, 04/07/2022", "Thứ Hai,\u00a0 4/7/2022", "CN, 4/7/2022", "04/07/2022"
 * (optionally followed by "08:30"). Returns null when the line is not a date line or the
 * date does not exist (31/02/2022).
 */
export function parseDateline(line: string): VnDate | null {
  const m = matchDateline(line);
  if (!m) return null;
  const d: VnDate = { day: Number(m[1]), month: Number(m[3]), year: Number(m[4]) };
  if (!isValidDate(d)) return null;
  if (m[5] !== undefined && (Number(m[5]) > 23 || Number(m[6]) > 59)) return null;
  return d;
}

export function isValidDate(d: VnDate): boolean {
  if (![d.year, d.month, d.day].every(Number.isInteger)) return false;
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const check = utcMidnight(d);
  return check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day;
}

function utcMidnight(d: VnDate): Date {
  // setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date;
}

/** The instant at which Vietnamese clocks show that date and time (UTC+7, no DST). */
export function vnDateToUtc(d: VnDate, hour = 0, minute = 0): Date {
  if (!isValidDate(d)) throw new RangeError(`Ngày không hợp lệ (invalid date): ${toIsoDate(d)}`);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23 || !Number.isInteger(minute) || minute < 0 || minute > 59) {
    throw new RangeError(`Giờ không hợp lệ (invalid time): ${hour}:${minute}`);
  }
  const date = utcMidnight(d);
  date.setUTCHours(hour - VN_OFFSET_HOURS, minute);
  return date;
}
