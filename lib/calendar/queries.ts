// Lịch: scheduled and published stories day by day (Vietnamese calendar days).
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { sections, stories, type StoryStatus } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { calendarDateIn, toIsoDate, vnDateToUtc, type VnDate } from "@/lib/text/dateline";
import { effectiveStatus } from "@/lib/workflow/scope";

export type CalendarEntry = { id: number; title: string; status: StoryStatus; publishedAt: Date; sectionName: string | null; version: number };
export type CalendarDay = { date: string; entries: CalendarEntry[] };

const DAY_MS = 86_400_000;

export async function listCalendar(db: Database, actor: Actor, first: VnDate, days = 7): Promise<CalendarDay[]> {
  if (!can(actor, "queue.view")) throw new PermissionDeniedError();
  const start = vnDateToUtc(first);
  const end = new Date(start.getTime() + days * DAY_MS);
  const rows = await db
    .select({
      id: stories.id,
      title: stories.title,
      status: stories.status,
      publishedAt: stories.publishedAt,
      sectionName: sections.name,
      version: stories.version,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(inArray(stories.status, ["scheduled", "published"]), gte(stories.publishedAt, start), lt(stories.publishedAt, end)))
    .orderBy(asc(stories.publishedAt), asc(stories.id));
  const byDay = new Map<string, CalendarEntry[]>();
  for (let i = 0; i < days; i++) byDay.set(toIsoDate(calendarDateIn(new Date(start.getTime() + i * DAY_MS))), []);
  for (const row of rows) {
    const at = row.publishedAt!;
    byDay.get(toIsoDate(calendarDateIn(at)))?.push({ ...row, publishedAt: at, status: effectiveStatus({ status: row.status, publishedAt: at }) });
  }
  return [...byDay].map(([date, entries]) => ({ date, entries }));
}

/** For pages: the calendar from `first`, day by day. */
export async function getCalendar(actor: Actor, first: VnDate, days = 7): Promise<CalendarDay[]> {
  return listCalendar(await appDatabase(), actor, first, days);
}
