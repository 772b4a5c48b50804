// The royalty sheet's data and words, shared by the .xlsx (export-xlsx.ts) and the printable bảng
// kê: a month's or a year's lines read once, grouped by person with each month's tax rule, split
// into staff and collaborators. The sheet is the paper's document: always in Vietnamese.
import { z } from "zod";
import { type Database, appDatabase } from "@/db/client";
import { translator } from "@/lib/i18n/translator";
import { canRoyalty, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { calendarDateIn } from "@/lib/text/dateline";
import { formatAmount, monthLabel } from "./format";
import { groupByPerson, loadLines, loadMonthStates, type MonthState, type PersonLines, type TaxedLine } from "./month-queries";
import { monthPattern, type Month } from "./months";

/** A sheet covers one month or a whole year. */
export type SheetScope = { month: Month } | { year: number };

export const sheetScopeSchema = z.union([
  z.strictObject({ month: z.string().regex(monthPattern) }),
  z.strictObject({ year: z.number().int().min(2000).max(2100) }),
]);

export function monthsOf(scope: SheetScope): Month[] {
  if ("month" in scope) return [scope.month];
  return Array.from({ length: 12 }, (_, i) => `${scope.year}-${String(i + 1).padStart(2, "0")}`);
}

/** Everything a sheet shows, read once for the .xlsx and the printable bảng kê alike. */
export type RoyaltySheet = {
  scope: SheetScope;
  paperName: string;
  timeZone: string;
  months: Month[];
  states: Map<Month, MonthState>;
  /** Months of the scope not closed yet (for a year, those with lines): the sheet is a draft while there is one. */
  openMonths: Month[];
  staff: PersonLines[];
  collaborators: PersonLines[];
  lines: number;
};

/**
 * The sheet's data: the lines of the month or year in one query, grouped by person with each month's
 * tax rule (copied at closing, today's Cài đặt otherwise). Trusted: the caller has asked the policy.
 */
export async function loadRoyaltySheet(db: Database, scope: SheetScope): Promise<RoyaltySheet> {
  const months = monthsOf(scope);
  const [settings, states, lines] = await Promise.all([loadSettings(db), loadMonthStates(db, months), loadLines(db, months[0]!, months.at(-1))]);
  const people = groupByPerson(lines, (month) => states.get(month)!.taxRule);
  const withLines = new Set(lines.map((l) => l.month));
  return {
    scope,
    paperName: settings.paperName,
    timeZone: settings.timeZone,
    months,
    states,
    // A month's sheet is a draft until the month closes; a year's, while a month with lines is open.
    openMonths: months.filter((m) => states.get(m)!.status !== "closed" && ("month" in scope || withLines.has(m))),
    staff: people.filter((p) => p.kind === "staff"),
    collaborators: people.filter((p) => p.kind === "collaborator"),
    lines: lines.length,
  };
}

/** For the printable bảng kê: a month's sheet, for whoever may export that month. */
export async function getRoyaltySheet(actor: Actor, month: Month): Promise<RoyaltySheet> {
  const db = await appDatabase();
  const status = (await loadMonthStates(db, [month])).get(month)!.status;
  if (!canRoyalty(actor, "royalty.export", { month: status })) throw new PermissionDeniedError();
  return loadRoyaltySheet(db, { month });
}

// ——— the sheet's words and notes, shared with the bảng kê ———

let vietnamese: ReturnType<typeof translator<"royaltyExport">> | undefined;
const words = () => (vietnamese ??= translator("vi", "royaltyExport"));

export function sheetTitle(sheet: Pick<RoyaltySheet, "scope">): string {
  const t = words();
  return "month" in sheet.scope ? t("title", { month: monthLabel(sheet.scope.month) }) : t("titleYear", { year: sheet.scope.year });
}

/** "Bản tạm — tháng chưa chốt" while a month of the sheet is not closed; null once all are. */
export function draftNotice(sheet: Pick<RoyaltySheet, "scope" | "openMonths">): string | null {
  if (!sheet.openMonths.length) return null;
  const t = words();
  return "month" in sheet.scope ? t("draft") : t("draftYear", { months: sheet.openMonths.map(monthLabel).join(", ") });
}

/** The tax rule the sheet applied, in a sentence (a year names its last month's). */
export function taxRuleWords(sheet: Pick<RoyaltySheet, "months" | "states">): string {
  const rule = sheet.states.get(sheet.months.at(-1)!)!.taxRule;
  const rate = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(rule.rate / 100);
  return words()("taxRule", { rate, threshold: formatAmount(rule.threshold), staff: rule.staff ? "yes" : "no" });
}

/** What a line pays for, beyond its work's title: a share of a split grade, an adjustment, a note. */
export function lineNotes(line: Pick<TaxedLine, "share" | "adjustsMonth" | "adjustsLineId" | "note" | "role">): string[] {
  const t = words();
  const notes: string[] = [];
  if (line.role === "author" && line.share !== 100) notes.push(t("share", { share: line.share }));
  if (line.adjustsLineId) notes.push(t("adjusts", { month: line.adjustsMonth ? monthLabel(line.adjustsMonth) : "?" }));
  if (line.note) notes.push(line.note);
  return notes;
}

/** The work's cell: its title, then the line's notes. */
export const workCell = (line: TaxedLine) => [line.title, ...lineNotes(line)].join(" — ");

/** A publication day as a date value: midnight UTC of the paper's calendar day (spreadsheets have no zones). */
export function sheetDate(date: Date | null, timeZone: string): Date | null {
  if (!date) return null;
  // A year's sheet asks for tens of thousands of days: the zone's calendar day is looked up once
  // per quarter of an hour (zones change their offset on the hour or half hour).
  const key = `${timeZone}|${Math.floor(date.getTime() / 900_000)}`;
  let day = dayCache.get(key);
  if (day === undefined) {
    if (dayCache.size > 100_000) dayCache.clear();
    const d = calendarDateIn(date, timeZone);
    dayCache.set(key, (day = Date.UTC(d.year, d.month - 1, d.day)));
  }
  return new Date(day);
}
const dayCache = new Map<string, number>();
