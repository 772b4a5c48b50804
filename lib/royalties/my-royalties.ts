// "Nhuận bút của tôi" and the printable statement (giấy báo nhuận bút): one payee's lines month by
// month, newest first — each work with its kind, grade, share and amount, adjustments marked as
// such — with the month's state, the tax withheld and what is paid. Tax is withheld per person and
// month by tax.ts, under the rule a closed month keeps (royalty_months) or, while the month is
// still open or approved, today's rule in Cài đặt → Nhuận bút (so the figure may still move).
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { appDatabase, type Database } from "@/db/client";
import { payees, royaltyLines, royaltyMonths, sections, stories, type PayeeKind, type RoyaltyLineRole, type RoyaltyMonthStatus } from "@/db/schema";
import { canRoyalty, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { storyPath } from "@/lib/stories/public-queries";
import { monthOf, monthPattern, type Month } from "./months";
import { loadRoyaltySettings } from "./settings";
import { withholding, type TaxRule } from "./tax";

/** Without a month chosen, Nhuận bút của tôi shows this many of the newest months. */
export const RECENT_MONTHS = 12;

export type StatementLine = {
  id: number;
  storyId: number;
  title: string;
  /** The story's public address while readers can see it; null otherwise. */
  href: string | null;
  publishedAt: Date | null;
  role: RoyaltyLineRole;
  kindName: string;
  gradeHundredths: number;
  share: number;
  amount: number;
  tax: number;
  net: number;
  note: string;
  /** An adjustment: the line it corrects and that line's month. */
  adjustsLineId: number | null;
  adjustsMonth: Month | null;
  paidAt: Date | null;
};

export type StatementMonth = {
  month: Month;
  status: RoyaltyMonthStatus;
  /** The rule the tax was withheld by; `final` once the month is closed and its rule frozen. */
  taxRule: TaxRule & { final: boolean };
  lines: StatementLine[];
  total: number;
  tax: number;
  net: number;
  /** Net of the lines paid, and of those still to pay. */
  paid: number;
  unpaid: number;
  /** The day the last line was paid, when every line is. */
  paidAt: Date | null;
};

export type StatementPayee = { id: number; userId: number | null; kind: PayeeKind; name: string; penNames: string[] };

export type MyRoyalties = {
  payee: StatementPayee | null;
  /** Every month this person has lines in, newest first (for the month filter). */
  monthChoices: Month[];
  months: StatementMonth[];
  /** The month asked for (?thang=), when valid. */
  month: Month | null;
  /** Older months exist beyond the ones shown. */
  more: boolean;
};

export type Statement = {
  payee: StatementPayee;
  paper: { name: string; governingBody: string; address: string; phone: string; email: string };
  monthChoices: Month[];
  month: StatementMonth;
};

const digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const scales = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"];

/** One group of three digits as read aloud; a group after a larger one says its zeros ("không trăm linh năm"). */
function groupInWords(n: number, leading: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  if (h > 0 || !leading) words.push(digits[h]!, "trăm");
  if (t === 0) {
    if (u > 0 && words.length) words.push("linh");
  } else words.push(...(t === 1 ? ["mười"] : [digits[t]!, "mươi"]));
  if (u === 1 && t >= 2) words.push("mốt");
  else if (u === 4 && t >= 2) words.push("tư");
  else if (u === 5 && t >= 1) words.push("lăm");
  else if (u > 0) words.push(digits[u]!);
  return words;
}

/**
 * Whole đồng in words, as a payment slip writes the sum (the northern reading, "linh"):
 * 1404000 → "Một triệu bốn trăm linh bốn nghìn đồng".
 */
export function dongInWords(amount: number): string {
  const abs = Math.abs(Math.trunc(amount));
  const groups: number[] = [];
  for (let rest = abs; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(...groupInWords(groups[i]!, i === groups.length - 1));
    if (scales[i]) words.push(scales[i]!);
  }
  const text = [...(amount < 0 ? ["âm"] : []), ...(words.length ? words : ["không"]), "đồng"].join(" ");
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** A month from an address (?thang=2026-12), or null when absent or malformed. */
export function monthParam(value: string | string[] | undefined): Month | null {
  return typeof value === "string" && monthPattern.test(value) ? value : null;
}

const payeeColumns = { id: payees.id, userId: payees.userId, kind: payees.kind, name: payees.name, penNames: payees.penNames };

async function monthsOfPayee(db: Database, payeeId: number): Promise<Month[]> {
  const rows = await db
    .selectDistinct({ month: royaltyLines.month })
    .from(royaltyLines)
    .where(eq(royaltyLines.payeeId, payeeId))
    .orderBy(desc(royaltyLines.month));
  return rows.map((r) => r.month);
}

const original = alias(royaltyLines, "original");

/** The payee's lines and totals in each of these months, newest month first (months without lines come out empty). */
async function statementMonths(db: Database, payee: StatementPayee, months: readonly Month[]): Promise<StatementMonth[]> {
  if (!months.length) return [];
  const [rows, states, settings] = await Promise.all([
    db
      .select({
        id: royaltyLines.id,
        month: royaltyLines.month,
        storyId: royaltyLines.storyId,
        title: stories.title,
        slug: stories.slug,
        sectionSlug: sections.slug,
        isPublic: sql<boolean>`(${stories.status} in ('published', 'scheduled') and ${stories.publishedAt} <= now())`,
        publishedAt: stories.publishedAt,
        role: royaltyLines.role,
        kindName: royaltyLines.kindName,
        gradeHundredths: royaltyLines.gradeHundredths,
        share: royaltyLines.share,
        amount: royaltyLines.amount,
        note: royaltyLines.note,
        adjustsLineId: royaltyLines.adjustsLineId,
        adjustsMonth: original.month,
        paidAt: royaltyLines.paidAt,
      })
      .from(royaltyLines)
      .innerJoin(stories, eq(stories.id, royaltyLines.storyId))
      .leftJoin(sections, eq(sections.id, stories.sectionId))
      .leftJoin(original, eq(original.id, royaltyLines.adjustsLineId))
      .where(and(eq(royaltyLines.payeeId, payee.id), inArray(royaltyLines.month, [...months])))
      // Works in the order they were published; a month's adjustments after its own works.
      .orderBy(desc(royaltyLines.month), sql`${royaltyLines.adjustsLineId} is not null`, sql`${stories.publishedAt} asc nulls last`, asc(royaltyLines.id)),
    db
      .select()
      .from(royaltyMonths)
      .where(inArray(royaltyMonths.month, [...months])),
    loadRoyaltySettings(db),
  ]);
  const today: TaxRule = { rate: settings.taxRate, threshold: settings.taxThreshold, staff: settings.taxStaff };
  const stateOf = new Map(states.map((s) => [s.month, s]));
  return [...months]
    .sort((a, b) => b.localeCompare(a))
    .map((month) => {
      const state = stateOf.get(month);
      const status = state?.status ?? "open";
      const frozen =
        status === "closed" && state?.taxRateBasisPoints != null && state.taxThreshold != null && state.taxStaff != null
          ? { rate: state.taxRateBasisPoints, threshold: state.taxThreshold, staff: state.taxStaff }
          : null;
      const taxRule = { ...(frozen ?? today), final: frozen !== null };
      const own = rows.filter((r) => r.month === month);
      const taxes = withholding(
        payee.kind,
        own.map((r) => r.amount),
        taxRule,
      );
      const lines: StatementLine[] = own.map((r, i) => {
        const tax = taxes[i]!;
        return {
          id: r.id,
          storyId: r.storyId,
          title: r.title,
          href: r.isPublic && r.sectionSlug ? storyPath({ id: r.storyId, slug: r.slug, sectionSlug: r.sectionSlug }) : null,
          publishedAt: r.publishedAt,
          role: r.role,
          kindName: r.kindName,
          gradeHundredths: r.gradeHundredths,
          share: r.share,
          amount: r.amount,
          tax,
          net: r.amount - tax,
          note: r.note,
          adjustsLineId: r.adjustsLineId,
          adjustsMonth: r.adjustsMonth ?? null,
          paidAt: r.paidAt,
        };
      });
      const sum = (pick: (l: StatementLine) => number, of = lines) => of.reduce((s, l) => s + pick(l), 0);
      const paidLines = lines.filter((l) => l.paidAt);
      const allPaid = lines.length > 0 && paidLines.length === lines.length;
      return {
        month,
        status,
        taxRule,
        lines,
        total: sum((l) => l.amount),
        tax: sum((l) => l.tax),
        net: sum((l) => l.net),
        paid: sum((l) => l.net, paidLines),
        unpaid: sum(
          (l) => l.net,
          lines.filter((l) => !l.paidAt),
        ),
        paidAt: allPaid ? new Date(Math.max(...paidLines.map((l) => l.paidAt!.getTime()))) : null,
      };
    });
}

/**
 * The signed-in person's royalties: their payee row's lines (none before their first graded
 * work), the newest RECENT_MONTHS months, or the one month asked for.
 */
export async function listMyRoyalties(db: Database, actor: Actor, { month = null }: { month?: Month | null } = {}): Promise<MyRoyalties> {
  if (!canRoyalty(actor, "royalty.own")) throw new PermissionDeniedError();
  const [payee] = await db.select(payeeColumns).from(payees).where(eq(payees.userId, actor.id));
  if (!payee) return { payee: null, monthChoices: [], months: [], month, more: false };
  const monthChoices = await monthsOfPayee(db, payee.id);
  const shown = month ? (monthChoices.includes(month) ? [month] : []) : monthChoices.slice(0, RECENT_MONTHS);
  return { payee, monthChoices, months: await statementMonths(db, payee, shown), month, more: !month && monthChoices.length > RECENT_MONTHS };
}

export async function getMyRoyalties(actor: Actor, options: { month?: Month | null } = {}): Promise<MyRoyalties> {
  return listMyRoyalties(await appDatabase(), actor, options);
}

/**
 * One payee's statement for one month (for a collaborator without an account, printed): a trusted
 * read — the caller has asked mayReadStatement. The month defaults to the payee's newest with
 * lines, else the current one. Null when there is no such payee.
 */
export async function statementOf(db: Database, payeeId: number, month?: Month | null): Promise<Statement | null> {
  const [payee] = await db.select(payeeColumns).from(payees).where(eq(payees.id, payeeId));
  if (!payee) return null;
  const [settings, monthChoices] = await Promise.all([loadSettings(db), monthsOfPayee(db, payee.id)]);
  const chosen = month ?? monthChoices[0] ?? monthOf(new Date(), settings.timeZone);
  const [shown] = await statementMonths(db, payee, [chosen]);
  return {
    payee,
    paper: { name: settings.paperName, governingBody: settings.governingBody, address: settings.address, phone: settings.phone, email: settings.email },
    monthChoices,
    month: shown!,
  };
}

/**
 * Who may read a payee's statement of a month: whoever may export that month (kế toán, the
 * approver) or manage payees, and the account owner their own.
 */
export function mayReadStatement(actor: Actor, payee: Pick<StatementPayee, "userId">, status: RoyaltyMonthStatus): boolean {
  if (canRoyalty(actor, "payees.manage") || canRoyalty(actor, "royalty.export", { month: status })) return true;
  return payee.userId === actor.id && canRoyalty(actor, "royalty.own");
}

/** The statement for the page, asked of the policy: null when there is no such payee; refused when not theirs to read. */
export async function readStatement(db: Database, actor: Actor, payeeId: number, month?: Month | null): Promise<Statement | null> {
  const statement = await statementOf(db, payeeId, month);
  if (!statement) {
    // Whether a payee exists is for those who manage payees to learn.
    if (!canRoyalty(actor, "payees.manage")) throw new PermissionDeniedError();
    return null;
  }
  if (!mayReadStatement(actor, statement.payee, statement.month.status)) throw new PermissionDeniedError();
  return statement;
}

export async function getStatement(actor: Actor, payeeId: number, month?: Month | null): Promise<Statement | null> {
  return readStatement(await appDatabase(), actor, payeeId, month);
}
