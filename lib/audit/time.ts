// Times in the audit trail are stored in UTC and spoken of in Vietnam: the filter's dates are
// Vietnamese calendar days, and each row shows "dd/mm/yyyy hh:mm" on Vietnamese clocks.
import { calendarDateIn, isValidDate, toIsoDate, vnDateToUtc, VN_TIME_ZONE, type VnDate } from "@/lib/text/dateline";

const DAY_MS = 86_400_000;

/** "2026-07-02" → { year, month, day }, or null for anything that is not a real date. */
export function parseIsoDate(s: string): VnDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : null;
}

/**
 * The UTC half-open range [start, end) covering Vietnamese calendar days `from` through `to`,
 * both included. Vietnam has no daylight saving, so a day is always 24 hours long.
 */
export function vnDayRange(from: VnDate | null, to: VnDate | null): { start: Date | null; end: Date | null } {
  return {
    start: from ? vnDateToUtc(from) : null,
    end: to ? new Date(vnDateToUtc(to).getTime() + DAY_MS) : null,
  };
}

const clock = new Intl.DateTimeFormat("en-GB", { timeZone: VN_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "02/07/2026 06:30" in Asia/Ho_Chi_Minh. */
export function formatAuditTime(date: Date): string {
  const d = calendarDateIn(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  // Some ICU builds print midnight as "24:00" even with h23.
  const time = clock.format(date).replace(/^24:/, "00:");
  return `${pad(d.day)}/${pad(d.month)}/${d.year} ${time}`;
}

/** Today's date in Vietnam as "2026-07-02", for file names. */
export function vnIsoDate(date: Date): string {
  return toIsoDate(calendarDateIn(date));
}
