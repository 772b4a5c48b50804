// `npm run bench -- --plan`: Kế hoạch at a merged organ's scale. Six desks with their sections and
// 120 people, half a year of plan (5,000 assignments, 2,500 proposals, 1,500 stories born from
// assignments, most published) are generated with SQL in bulk on a fresh database; then the board
// (a desk's day and week, the paper's week) and the desk's measures (eight weeks) are timed, a few
// runs each, straight against the database (no server). It prints figures and asserts nothing.
// Without DATABASE_URL it runs on a throwaway PGlite.
import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { seedBase } from "@/db/seed/seed";
import { listPlanBoard } from "@/lib/plan/board";
import { listPlanMeasures } from "@/lib/plan/measures";
import type { Actor } from "@/lib/policy/policy";
import { calendarDateIn } from "@/lib/text/dateline";
import { createBenchDatabase } from "./populate";
import { time, type Timing } from "./royalties";

const DESKS = 6;
const PEOPLE = 120;
const ASSIGNMENTS = 5_000;
const PROPOSALS = 2_500;
const STORIES = 1_500;
const DAYS = 180;
const RUNS = 7;
const timeZone = "Asia/Ho_Chi_Minh";

export type PlanFiguresBench = {
  database: "pglite" | "postgres";
  assignments: number;
  proposals: number;
  populateMs: number;
  deskDay: Timing;
  deskWeek: Timing;
  paperWeek: Timing;
  measures: Timing;
};

/** The plan, in a few statements: deadlines and proposals spread over the last DAYS days up to a week ahead. */
async function populate(db: Database): Promise<{ chief: number }> {
  await seedBase(db);
  await db.execute(sql`insert into desks (name, position) select 'Ban bench ' || g, g from generate_series(1, ${DESKS}) g`);
  await db.execute(sql`
    insert into sections (slug, name, desk_id)
    select 'muc-bench-' || g, 'Mục bench ' || g, (select id from desks order by id limit 1 offset (g % ${DESKS}))
    from generate_series(1, ${DESKS * 3}) g`);
  await db.execute(sql`
    insert into users (email, name, pen_name, role)
    select 'kh-bench-' || g || '@toasoan.test', 'Người bench ' || g, 'NB ' || g, (case when g % 10 = 0 then 'editor' else 'reporter' end)::role
    from generate_series(1, ${PEOPLE}) g`);
  await db.execute(sql`
    insert into desk_members (desk_id, user_id, head)
    select (select id from desks order by id limit 1 offset (u.n % ${DESKS})), u.id, u.n % 10 = 0
    from (select id, row_number() over (order by id) as n from users where email like 'kh-bench-%') u`);
  const [chief] = rowsOf<{ id: number }>(
    await db.execute(
      sql`insert into users (email, name, pen_name, role) values ('tk-bench@toasoan.test', 'Thư ký (bench)', 'TK', 'chief_editor') returning id`,
    ),
  );
  await db.execute(sql`
    insert into proposals (title, desk_id, kind, planned_for, status, proposed_by_id, created_at)
    select 'Đề tài bench ' || g, (select id from desks order by id limit 1 offset (g % ${DESKS})),
           (array['text','photo','video'])[1 + g % 3],
           (now() at time zone ${timeZone})::date - (g % ${DAYS}) + 7,
           (array['pending','approved','approved','rejected','changes_requested'])[1 + g % 5],
           (select id from users where email = 'kh-bench-' || (1 + g % ${PEOPLE}) || '@toasoan.test'),
           now() - make_interval(days => g % ${DAYS}, hours => g % 9)
    from generate_series(1, ${PROPOSALS}) g`);
  await db.execute(sql`
    insert into stories (title, slug, status, published_at, section_id, created_by_id, created_at, updated_at)
    select 'Bài từ giao việc ' || g, 'bai-ke-hoach-bench-' || g,
           (case when g % 5 = 0 then 'draft' else 'published' end)::story_status,
           (case when g % 5 = 0 then null else now() - make_interval(days => g % ${DAYS}) end),
           (select id from sections where slug = 'muc-bench-' || (1 + g % ${DESKS * 3})), ${chief!.id}, now(), now()
    from generate_series(1, ${STORIES}) g`);
  await db.execute(sql`
    insert into assignments (title, desk_id, assignee_id, assigned_by_id, deadline, status, done_at, story_id, created_at)
    select 'Việc bench ' || g, (select id from desks order by id limit 1 offset (g % ${DESKS})),
           (select id from users where email = 'kh-bench-' || (1 + g % ${PEOPLE}) || '@toasoan.test'), ${chief!.id},
           now() - make_interval(days => g % ${DAYS}, hours => g % 11) + interval '7 days',
           (array['done','done','done','accepted','in_progress','offered','cancelled','declined'])[1 + g % 8],
           (case when g % 8 < 3 then now() - make_interval(days => g % ${DAYS}, hours => g % 13) + interval '7 days' end),
           (select id from stories where slug = 'bai-ke-hoach-bench-' || g),
           now() - make_interval(days => g % ${DAYS} + 1)
    from generate_series(1, ${ASSIGNMENTS}) g`);
  return { chief: chief!.id };
}

export async function benchPlanBoard(log: (message: string) => void): Promise<PlanFiguresBench> {
  const database = await createBenchDatabase(process.env.DATABASE_URL || undefined);
  log(`plan board: ${ASSIGNMENTS.toLocaleString("en")} assignments over ${DAYS} days on ${database.kind} (${database.where})…`);
  const handle = await database.open();
  try {
    const { db } = handle;
    const started = Date.now();
    const { chief } = await populate(db);
    await db.execute(sql`analyze`);
    const populateMs = Date.now() - started;
    const [counts] = rowsOf<{ assignments: number; proposals: number; desk: number }>(
      await db.execute(
        sql`select (select count(*)::int from assignments) as assignments, (select count(*)::int from proposals) as proposals, (select id from desks order by id limit 1) as desk`,
      ),
    );
    log(
      `  ${counts!.assignments.toLocaleString("en")} assignments, ${counts!.proposals.toLocaleString("en")} proposals written in ${(populateMs / 1000).toFixed(1)} s`,
    );
    const actor: Actor = { id: chief, role: "chief_editor", name: "Thư ký (bench)", penName: "TK" };
    const day = calendarDateIn(new Date(), timeZone);
    const desk = counts!.desk;
    const deskDay = await time(RUNS, async () => void (await listPlanBoard(db, actor, { day, view: "day", desk, timeZone })));
    log(`  a desk's day: p50 ${deskDay.p50Ms} ms, max ${deskDay.maxMs} ms`);
    const deskWeek = await time(RUNS, async () => void (await listPlanBoard(db, actor, { day, view: "week", desk, timeZone })));
    log(`  a desk's week: p50 ${deskWeek.p50Ms} ms, max ${deskWeek.maxMs} ms`);
    const paperWeek = await time(RUNS, async () => void (await listPlanBoard(db, actor, { day, view: "week", desk: "all", timeZone })));
    log(`  the paper's week: p50 ${paperWeek.p50Ms} ms, max ${paperWeek.maxMs} ms`);
    const measures = await time(RUNS, async () => void (await listPlanMeasures(db, actor, { deskIds: [desk], timeZone })));
    log(`  a desk's measures (8 weeks): p50 ${measures.p50Ms} ms, max ${measures.maxMs} ms`);
    return { database: handle.kind, assignments: counts!.assignments, proposals: counts!.proposals, populateMs, deskDay, deskWeek, paperWeek, measures };
  } finally {
    await handle.close();
    await database.destroy();
  }
}

export function printPlanBoard(f: PlanFiguresBench) {
  console.log(`\nplan board (${f.database}, ${f.assignments.toLocaleString("en")} assignments, ${f.proposals.toLocaleString("en")} proposals):`);
  console.log(`  desk, day       p50 ${f.deskDay.p50Ms} ms, max ${f.deskDay.maxMs} ms (${f.deskDay.runs} runs)`);
  console.log(`  desk, week      p50 ${f.deskWeek.p50Ms} ms, max ${f.deskWeek.maxMs} ms (${f.deskWeek.runs} runs)`);
  console.log(`  paper, week     p50 ${f.paperWeek.p50Ms} ms, max ${f.paperWeek.maxMs} ms (${f.paperWeek.runs} runs)`);
  console.log(`  desk measures   p50 ${f.measures.p50Ms} ms, max ${f.measures.maxMs} ms (${f.measures.runs} runs)`);
}
