// Chỉ số của ban: what the desk asks of its plan, per ISO week (Monday to Sunday on the paper's
// clocks) and desk, for the last weeks up to this one. Each figure falls in the week of its own
// event: a proposal in the week it was made (and counts as approved if it has been approved since);
// an assignment in the week of its deadline — on time (done by the deadline), late (done after it)
// or missed (the deadline has passed and it was never done; cancelled ones count for nothing); the
// time from assignment to publication in the week its story was published (published ones only).
import { and, eq, gte, inArray, lt, or, type SQL } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { assignments, desks, proposals, stories } from "@/db/schema";
import { parseIsoDate } from "@/lib/audit/time";
import { csvBom, csvLine } from "@/lib/csv";
import { canPlan, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { toIsoDate } from "@/lib/text/dateline";
import { addDays, isoDayOf, isoWeekOf, mondayOf, startOfDay, todayIn } from "./board-calendar";

export const defaultMeasureWeeks = 8;

export type WeekOfPlan = { label: string; monday: string; sunday: string };

export type PlanFigures = {
  proposalsMade: number;
  proposalsApproved: number;
  onTime: number;
  late: number;
  missed: number;
  /** Stories born from assignments and published that week, and their mean hours since assigned (one decimal). */
  published: number;
  averageHoursToPublication: number | null;
};

export type DeskWeekFigures = PlanFigures & { week: WeekOfPlan; deskId: number | null; deskName: string | null };

export type PlanMeasures = {
  weeks: WeekOfPlan[];
  /** Per week, all the desks shown together (the board's charts). */
  totals: (PlanFigures & { week: WeekOfPlan })[];
  /** Per week and desk (the CSV); on the paper's view, work on no desk is a desk of its own (null). */
  rows: DeskWeekFigures[];
};

export type MeasuresRequest = { deskIds: number[] | null; weeks?: number; timeZone: string; now?: Date };

const empty = (): PlanFigures & { hours: number[] } => ({
  proposalsMade: 0,
  proposalsApproved: 0,
  onTime: 0,
  late: 0,
  missed: 0,
  published: 0,
  averageHoursToPublication: null,
  hours: [],
});

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export async function listPlanMeasures(db: Database, actor: Actor, request: MeasuresRequest): Promise<PlanMeasures> {
  if (!canPlan(actor, "plan.view")) throw new PermissionDeniedError();
  const now = request.now ?? new Date();
  const count = Math.max(1, request.weeks ?? defaultMeasureWeeks);
  const { timeZone, deskIds } = request;
  const lastMonday = mondayOf(todayIn(timeZone, now));
  const mondays = Array.from({ length: count }, (_, i) => addDays(lastMonday, (i - count + 1) * 7));
  const weeks = mondays.map((m): WeekOfPlan => ({ label: isoWeekOf(m).label, monday: toIsoDate(m), sunday: toIsoDate(addDays(m, 6)) }));
  const start = startOfDay(mondays[0]!, timeZone);
  const end = startOfDay(addDays(lastMonday, 7), timeZone);
  const weekOf = (at: Date): number => weeks.findIndex((w) => w.monday === toIsoDate(mondayOf(parseIsoDate(isoDayOf(at, timeZone))!)));

  const deskScope = (column: typeof proposals.deskId | typeof assignments.deskId): SQL | undefined => (deskIds ? inArray(column, deskIds) : undefined);
  const [deskRows, proposalRows, assignmentRows, publishedRows] = await Promise.all([
    db.select({ id: desks.id, name: desks.name }).from(desks).orderBy(desks.position, desks.id),
    db
      .select({ deskId: proposals.deskId, createdAt: proposals.createdAt, status: proposals.status })
      .from(proposals)
      .where(and(deskScope(proposals.deskId), gte(proposals.createdAt, start), lt(proposals.createdAt, end))),
    db
      .select({ deskId: assignments.deskId, deadline: assignments.deadline, status: assignments.status, doneAt: assignments.doneAt })
      .from(assignments)
      .where(and(deskScope(assignments.deskId), gte(assignments.deadline, start), lt(assignments.deadline, end))),
    db
      .select({ deskId: assignments.deskId, assignedAt: assignments.createdAt, publishedAt: stories.publishedAt })
      .from(assignments)
      .innerJoin(stories, eq(stories.id, assignments.storyId))
      .where(
        and(
          deskScope(assignments.deskId),
          // Published, or scheduled for a time now past (the worker may not have run yet), as Lịch counts it.
          or(eq(stories.status, "published"), and(eq(stories.status, "scheduled"), lt(stories.publishedAt, now))),
          gte(stories.publishedAt, start),
          lt(stories.publishedAt, end),
        ),
      ),
  ]);

  const shownDesks: { id: number | null; name: string | null }[] = deskIds
    ? deskRows.filter((d) => deskIds.includes(d.id))
    : [...deskRows, { id: null, name: null }];
  const cells = new Map<string, PlanFigures & { hours: number[] }>();
  const cell = (week: number, deskId: number | null) => {
    const key = `${week}:${deskId ?? "-"}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = empty()));
    return c;
  };
  const totals = weeks.map(() => empty());
  const add = (week: number, deskId: number | null, apply: (c: PlanFigures & { hours: number[] }) => void) => {
    if (week < 0) return;
    apply(cell(week, deskId));
    apply(totals[week]!);
  };

  for (const p of proposalRows)
    add(weekOf(p.createdAt), p.deskId, (c) => {
      c.proposalsMade++;
      if (p.status === "approved") c.proposalsApproved++;
    });
  for (const a of assignmentRows)
    add(weekOf(a.deadline), a.deskId, (c) => {
      if (a.status === "done") {
        if (a.doneAt && a.doneAt > a.deadline) c.late++;
        else c.onTime++;
      } else if (a.status !== "cancelled" && a.deadline < now) c.missed++;
    });
  for (const s of publishedRows)
    add(weekOf(s.publishedAt!), s.deskId, (c) => {
      c.published++;
      c.hours.push((s.publishedAt!.getTime() - s.assignedAt.getTime()) / 3_600_000);
    });

  const finish = ({ hours, ...figures }: PlanFigures & { hours: number[] }): PlanFigures => ({
    ...figures,
    averageHoursToPublication: hours.length ? oneDecimal(hours.reduce((a, b) => a + b, 0) / hours.length) : null,
  });
  const rows = weeks.flatMap((week, i) =>
    shownDesks.map((d): DeskWeekFigures => ({ week, deskId: d.id, deskName: d.name, ...finish(cells.get(`${i}:${d.id ?? "-"}`) ?? empty()) })),
  );
  return { weeks, totals: weeks.map((week, i) => ({ week, ...finish(totals[i]!) })), rows };
}

/** For pages: the measures of these desks (null: the whole paper). */
export async function getPlanMeasures(actor: Actor, request: MeasuresRequest): Promise<PlanMeasures> {
  return listPlanMeasures(await appDatabase(), actor, request);
}

export const measuresCsvHeader = [
  "Tuần (ISO)",
  "Từ ngày",
  "Đến ngày",
  "Ban",
  "Đề xuất",
  "Được duyệt",
  "Giao việc đúng hạn",
  "Giao việc trễ hạn",
  "Giao việc lỡ hạn",
  "Bài đã đăng từ giao việc",
  "Giờ trung bình từ giao việc đến đăng",
] as const;

const dayFirst = (iso: string) => iso.split("-").reverse().join("/");

/**
 * The measures as CSV, in Vietnamese whoever downloads them (like Nhật ký's export): one line per
 * week and desk, hours with a decimal point so every spreadsheet reads them as numbers.
 */
export function measuresCsv(measures: PlanMeasures, noDeskName = "Không thuộc ban"): string {
  const lines = measures.rows.map((r) =>
    csvLine([
      r.week.label,
      dayFirst(r.week.monday),
      dayFirst(r.week.sunday),
      r.deskName ?? noDeskName,
      r.proposalsMade,
      r.proposalsApproved,
      r.onTime,
      r.late,
      r.missed,
      r.published,
      r.averageHoursToPublication === null ? "" : r.averageHoursToPublication.toFixed(1),
    ]),
  );
  return csvBom + csvLine(measuresCsvHeader) + lines.join("");
}
