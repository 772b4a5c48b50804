// Months of nhuận bút ("2026-12"): a work belongs to the month of its first publication in the
// paper's time zone; a month without a row is open.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { royaltyMonths, type RoyaltyMonthStatus } from "@/db/schema";
import { calendarDateIn } from "@/lib/text/dateline";

export type Month = string;
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month a moment falls in, in the paper's time zone. */
export function monthOf(date: Date, timeZone: string): Month {
  const d = calendarDateIn(date, timeZone);
  return `${d.year}-${String(d.month).padStart(2, "0")}`;
}

/** The month after ("2026-12" → "2027-01"). */
export function nextMonth(month: Month): Month {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** The month before ("2027-01" → "2026-12"). */
export function previousMonth(month: Month): Month {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
}

/** The first instant of a month and of the next, in the paper's time zone (for "published in"). */
export function monthBounds(month: Month, timeZone: string): { from: Date; to: Date } {
  const at = (m: Month) => {
    const [year, mon] = m.split("-").map(Number) as [number, number];
    // The zone's offset at noon of the 1st (Vietnam keeps one offset all year; others move by DST).
    const noon = new Date(Date.UTC(year, mon - 1, 1, 12));
    const local = new Date(noon.toLocaleString("en-US", { timeZone }));
    const utc = new Date(noon.toLocaleString("en-US", { timeZone: "UTC" }));
    return new Date(Date.UTC(year, mon - 1, 1) - (local.getTime() - utc.getTime()));
  };
  return { from: at(month), to: at(nextMonth(month)) };
}

/** A month's state, locking its row for the rest of the transaction when `lock` (grading, closing). */
export async function monthStatus(db: Database, month: Month, { lock = false } = {}): Promise<RoyaltyMonthStatus> {
  if (lock) {
    // A month with no row yet: take one so two transactions on it queue behind each other.
    await db.insert(royaltyMonths).values({ month }).onConflictDoNothing();
  }
  const query = db.select({ status: royaltyMonths.status }).from(royaltyMonths).where(eq(royaltyMonths.month, month));
  const [row] = lock ? await query.for("update") : await query;
  return row?.status ?? "open";
}
