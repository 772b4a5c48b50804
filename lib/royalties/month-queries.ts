// Reads of Nhuận bút for the month view, the bảng kê and the export: a month's (or a year's) lines
// with their work, section and person, in one query on royalty_lines' (month, payee) index, grouped
// in memory by person (with tax and thực lĩnh by lib/royalties/tax.ts), by section and by kind;
// and the works published in the month that nobody graded yet, listed first so none is forgotten.
// The actor is asked first: the data layer hands out nothing the screen may not show.
import { and, asc, eq, gte, inArray, lt, lte, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database, appDatabase } from "@/db/client";
import {
  payees,
  royaltyLines,
  royaltyMonths,
  royaltyWorks,
  sections,
  stories,
  users,
  type PayeeKind,
  type RoyaltyLineRole,
  type RoyaltyMonthStatus,
  type StoryStatus,
} from "@/db/schema";
import { canRoyalty, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { effectiveStatus } from "@/lib/workflow/scope";
import { monthBounds, type Month } from "./months";
import { loadRoyaltySettings } from "./settings";
import { withholding, type TaxRule } from "./tax";

/** One line of a month as the screens and the sheet show it. */
export type MonthLine = {
  id: number;
  month: Month;
  storyId: number;
  title: string;
  publishedAt: Date | null;
  sectionId: number | null;
  sectionName: string | null;
  payeeId: number;
  payeeName: string;
  penNames: string[];
  payeeKind: PayeeKind;
  role: RoyaltyLineRole;
  kindCode: string;
  kindName: string;
  gradeHundredths: number;
  share: number;
  pointValue: number;
  amount: number;
  note: string;
  adjustsLineId: number | null;
  /** The month of the line an adjustment corrects ("Điều chỉnh bài tháng 10/2026"). */
  adjustsMonth: Month | null;
  paidAt: Date | null;
};

/** A line with what is withheld from it and what the person receives. */
export type TaxedLine = MonthLine & { tax: number; net: number };

/** One person's lines of one month (or a year, month by month), with their sums. */
export type PersonLines = {
  payeeId: number;
  name: string;
  penNames: string[];
  kind: PayeeKind;
  lines: TaxedLine[];
  amount: number;
  tax: number;
  /** Thực lĩnh: amount less tax. */
  net: number;
  paidLines: number;
  /** Every line paid (a person with no line is not "paid"). */
  paid: boolean;
  /** The latest day a line was marked paid. */
  lastPaidAt: Date | null;
};

export type GroupTotal = { key: string; name: string | null; works: number; lines: number; amount: number };

export type UngradedWork = { id: number; title: string; publishedAt: Date; sectionName: string | null; status: StoryStatus; byline: string[] };

export type MonthState = {
  status: RoyaltyMonthStatus;
  approvedBy: string | null;
  approvedAt: Date | null;
  closedBy: string | null;
  closedAt: Date | null;
  /** The tax rule the sheet applies: copied at closing, else today's Cài đặt. */
  taxRule: TaxRule;
  taxRuleFrozen: boolean;
};

export type MonthTotals = { works: number; lines: number; people: number; amount: number; tax: number; net: number; paid: number; unpaid: number };

export type MonthView = {
  month: Month;
  state: MonthState;
  ungraded: UngradedWork[];
  /** All works published in the month and not graded (the list above stops at UNGRADED_SHOWN). */
  ungradedTotal: number;
  people: PersonLines[];
  bySection: GroupTotal[];
  byKind: GroupTotal[];
  totals: MonthTotals;
};

/** How many ungraded works the month view lists; the count says how many there are in all. */
export const UNGRADED_SHOWN = 300;

const approver = alias(users, "approver");
const closer = alias(users, "closer");
const adjusted = alias(royaltyLines, "adjusted");
const collator = new Intl.Collator("vi");

/** The tax rule of a month: the one copied at closing, or today's Cài đặt for a month not closed. */
export function taxRuleOf(
  row: Pick<typeof royaltyMonths.$inferSelect, "status" | "taxRateBasisPoints" | "taxThreshold" | "taxStaff"> | undefined,
  current: TaxRule,
): { rule: TaxRule; frozen: boolean } {
  if (row?.status === "closed" && row.taxRateBasisPoints !== null && row.taxThreshold !== null && row.taxStaff !== null) {
    return { rule: { rate: row.taxRateBasisPoints, threshold: row.taxThreshold, staff: row.taxStaff }, frozen: true };
  }
  return { rule: current, frozen: false };
}

export async function currentTaxRule(db: Database): Promise<TaxRule> {
  const settings = await loadRoyaltySettings(db);
  return { rate: settings.taxRate, threshold: settings.taxThreshold, staff: settings.taxStaff };
}

/** The months' rows (status, who approved and closed, the frozen tax rule); a month without one is open. */
export async function loadMonthStates(db: Database, months: readonly Month[]): Promise<Map<Month, MonthState>> {
  const [rows, current] = await Promise.all([
    db
      .select({
        month: royaltyMonths.month,
        status: royaltyMonths.status,
        approvedBy: approver.name,
        approvedAt: royaltyMonths.approvedAt,
        closedBy: closer.name,
        closedAt: royaltyMonths.closedAt,
        taxRateBasisPoints: royaltyMonths.taxRateBasisPoints,
        taxThreshold: royaltyMonths.taxThreshold,
        taxStaff: royaltyMonths.taxStaff,
      })
      .from(royaltyMonths)
      .leftJoin(approver, eq(approver.id, royaltyMonths.approvedById))
      .leftJoin(closer, eq(closer.id, royaltyMonths.closedById))
      .where(inArray(royaltyMonths.month, [...months])),
    currentTaxRule(db),
  ]);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return new Map(
    months.map((month) => {
      const row = byMonth.get(month);
      const { rule, frozen } = taxRuleOf(row, current);
      return [
        month,
        {
          status: row?.status ?? "open",
          approvedBy: row?.approvedBy ?? null,
          approvedAt: row?.approvedAt ?? null,
          closedBy: row?.closedBy ?? null,
          closedAt: row?.closedAt ?? null,
          taxRule: rule,
          taxRuleFrozen: frozen,
        },
      ];
    }),
  );
}

/**
 * The lines of the months from `first` to `last` ("2026-01".."2026-12", or one month twice): one
 * query for the lines with their work and, for an adjustment, the month it corrects, beside two
 * small ones for the people and the sections they name (a year's 54,000 lines would otherwise
 * carry each person's name and pen names 54,000 times). Ordered by month, person, publication and
 * id, as every grouping below reads them.
 */
export async function loadLines(db: Database, first: Month, last: Month = first): Promise<MonthLine[]> {
  const range = first === last ? eq(royaltyLines.month, first) : and(gte(royaltyLines.month, first), lte(royaltyLines.month, last));
  const [rows, people, sectionRows] = await Promise.all([
    db
      .select({
        id: royaltyLines.id,
        month: royaltyLines.month,
        storyId: royaltyLines.storyId,
        title: stories.title,
        publishedAt: stories.publishedAt,
        sectionId: stories.sectionId,
        payeeId: royaltyLines.payeeId,
        role: royaltyLines.role,
        kindCode: royaltyLines.kindCode,
        kindName: royaltyLines.kindName,
        gradeHundredths: royaltyLines.gradeHundredths,
        share: royaltyLines.share,
        pointValue: royaltyLines.pointValue,
        amount: royaltyLines.amount,
        note: royaltyLines.note,
        adjustsLineId: royaltyLines.adjustsLineId,
        adjustsMonth: adjusted.month,
        paidAt: royaltyLines.paidAt,
      })
      .from(royaltyLines)
      .innerJoin(stories, eq(stories.id, royaltyLines.storyId))
      .leftJoin(adjusted, eq(adjusted.id, royaltyLines.adjustsLineId))
      .where(range)
      .orderBy(asc(royaltyLines.month), asc(royaltyLines.payeeId), sql`${stories.publishedAt} asc nulls last`, asc(royaltyLines.id)),
    db
      .select({ id: payees.id, name: payees.name, penNames: payees.penNames, kind: payees.kind })
      .from(payees)
      .where(inArray(payees.id, db.selectDistinct({ id: royaltyLines.payeeId }).from(royaltyLines).where(range))),
    db.select({ id: sections.id, name: sections.name }).from(sections),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const sectionOf = new Map(sectionRows.map((s) => [s.id, s.name]));
  return rows.map((r): TaxedLine => {
    const person = personOf.get(r.payeeId)!;
    // Built whole, tax and net included (set by groupByPerson): one shape for every line.
    return {
      id: r.id,
      month: r.month,
      storyId: r.storyId,
      title: r.title,
      publishedAt: r.publishedAt,
      sectionId: r.sectionId,
      sectionName: r.sectionId === null ? null : (sectionOf.get(r.sectionId) ?? null),
      payeeId: r.payeeId,
      payeeName: person.name,
      penNames: person.penNames,
      payeeKind: person.kind,
      role: r.role,
      kindCode: r.kindCode,
      kindName: r.kindName,
      gradeHundredths: r.gradeHundredths,
      share: r.share,
      pointValue: r.pointValue,
      amount: Number(r.amount),
      note: r.note,
      adjustsLineId: r.adjustsLineId,
      adjustsMonth: r.adjustsMonth,
      paidAt: r.paidAt,
      tax: 0,
      net: Number(r.amount),
    };
  });
}

/**
 * Lines grouped by person. Tax is withheld per person and month (tax.ts) with that month's rule, so
 * a year's person adds up twelve monthly withholdings. People in Vietnamese order of their names.
 */
export function groupByPerson(lines: readonly MonthLine[], ruleOf: (month: Month) => TaxRule): PersonLines[] {
  const people = new Map<number, { head: MonthLine; months: Map<Month, MonthLine[]> }>();
  for (const line of lines) {
    let person = people.get(line.payeeId);
    if (!person) people.set(line.payeeId, (person = { head: line, months: new Map() }));
    const month = person.months.get(line.month);
    if (month) month.push(line);
    else person.months.set(line.month, [line]);
  }
  const out: PersonLines[] = [];
  for (const { head, months } of people.values()) {
    const taxed: TaxedLine[] = [];
    for (const [month, monthLines] of months) {
      const taxes = withholding(
        head.payeeKind,
        monthLines.map((l) => l.amount),
        ruleOf(month),
      );
      // The lines are this read's own (loadLines): their tax and net are set in place, not copied.
      monthLines.forEach((l, i) => {
        const line = l as TaxedLine;
        line.tax = taxes[i]!;
        line.net = l.amount - line.tax;
        taxed.push(line);
      });
    }
    const paid = taxed.filter((l) => l.paidAt);
    out.push({
      payeeId: head.payeeId,
      name: head.payeeName,
      penNames: head.penNames,
      kind: head.payeeKind,
      lines: taxed,
      amount: sum(taxed, "amount"),
      tax: sum(taxed, "tax"),
      net: sum(taxed, "net"),
      paidLines: paid.length,
      paid: taxed.length > 0 && paid.length === taxed.length,
      lastPaidAt: paid.reduce<Date | null>((latest, l) => (!latest || l.paidAt! > latest ? l.paidAt : latest), null),
    });
  }
  return out.sort((a, b) => collator.compare(a.name, b.name) || a.payeeId - b.payeeId);
}

const sum = <K extends string>(rows: readonly Record<K, number>[], key: K) => rows.reduce((total, r) => total + r[key], 0);

function groupBy(lines: readonly MonthLine[], keyOf: (l: MonthLine) => string, nameOf: (l: MonthLine) => string | null): GroupTotal[] {
  const groups = new Map<string, { name: string | null; works: Set<number>; lines: number; amount: number }>();
  for (const line of lines) {
    const key = keyOf(line);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: nameOf(line), works: new Set(), lines: 0, amount: 0 }));
    group.works.add(line.storyId);
    group.lines += 1;
    group.amount += line.amount;
  }
  return [...groups]
    .map(([key, g]) => ({ key, name: g.name, works: g.works.size, lines: g.lines, amount: g.amount }))
    .sort((a, b) => b.amount - a.amount || collator.compare(a.name ?? "", b.name ?? ""));
}

/** Works published in the month (scheduled ones whose time has come included) with no grade yet. */
async function loadUngraded(db: Database, month: Month, timeZone: string, now: Date): Promise<{ rows: UngradedWork[]; total: number }> {
  const { from, to } = monthBounds(month, timeZone);
  const where = and(
    gte(stories.publishedAt, from),
    lt(stories.publishedAt, to),
    or(inArray(stories.status, ["published", "unpublished"]), and(eq(stories.status, "scheduled"), lte(stories.publishedAt, now))),
    notExists(
      db
        .select({ one: sql`1` })
        .from(royaltyWorks)
        .where(eq(royaltyWorks.storyId, stories.id)),
    ),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: stories.id,
        title: stories.title,
        publishedAt: stories.publishedAt,
        sectionName: sections.name,
        status: stories.status,
        byline: stories.byline,
      })
      .from(stories)
      .leftJoin(sections, eq(sections.id, stories.sectionId))
      .where(where)
      .orderBy(asc(stories.publishedAt), asc(stories.id))
      .limit(UNGRADED_SHOWN),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(stories)
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, publishedAt: r.publishedAt!, status: effectiveStatus({ status: r.status, publishedAt: r.publishedAt }, now) })),
    total: count?.total ?? 0,
  };
}

/** The month view, for whoever may see the months' royalties (royalty.month.view). */
export async function readMonthView(db: Database, actor: Actor, month: Month, now = new Date()): Promise<MonthView> {
  if (!canRoyalty(actor, "royalty.month.view")) throw new PermissionDeniedError();
  const { timeZone } = await loadSettings(db);
  const [states, lines, ungraded] = await Promise.all([loadMonthStates(db, [month]), loadLines(db, month), loadUngraded(db, month, timeZone, now)]);
  const state = states.get(month)!;
  const people = groupByPerson(lines, () => state.taxRule);
  const paid = lines.filter((l) => l.paidAt);
  return {
    month,
    state,
    ungraded: ungraded.rows,
    ungradedTotal: ungraded.total,
    people,
    bySection: groupBy(
      lines,
      (l) => String(l.sectionId ?? ""),
      (l) => l.sectionName,
    ),
    byKind: groupBy(
      lines,
      (l) => l.kindCode,
      (l) => l.kindName,
    ),
    totals: {
      works: new Set(lines.map((l) => l.storyId)).size,
      lines: lines.length,
      people: people.length,
      amount: sum(people, "amount"),
      tax: sum(people, "tax"),
      net: sum(people, "net"),
      paid: sum(paid, "amount"),
      unpaid: sum(lines, "amount") - sum(paid, "amount"),
    },
  };
}

/** For pages: the month view. */
export async function getMonthView(actor: Actor, month: Month): Promise<MonthView> {
  return readMonthView(await appDatabase(), actor, month);
}
