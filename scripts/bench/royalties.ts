// `npm run bench -- --royalties`: Nhuận bút at a provincial paper's scale. A year of months, each
// with ~1,500 graded works and ~3 lines a work (authors, co-authors, photos, thù lao; staff and
// collaborators; ten months closed, one approved, one open), is generated with SQL in bulk on a
// fresh database; then the month view's reads, a month's .xlsx and a year's .xlsx are timed, a few
// runs each, straight against the database (no server). It prints figures and asserts nothing;
// the aims (issue 15) are under 1 s for the month view and a month's export and under 5 s for a
// year's, on PostgreSQL (DATABASE_URL). Without DATABASE_URL it runs on a throwaway PGlite.
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { seedBase } from "@/db/seed/seed";
import type { Actor } from "@/lib/policy/policy";
import { loadRoyaltySheet, writeRoyaltyWorkbook, type SheetScope } from "@/lib/royalties/export-xlsx";
import { readMonthView } from "@/lib/royalties/month-queries";
import { createBenchDatabase } from "./populate";

const YEAR = 2025;
const WORKS_PER_MONTH = 1_500;
const STAFF = 60;
const COLLABORATORS = 240;
const RUNS = { view: 7, month: 5, year: 3 };

export type Timing = { runs: number; p50Ms: number; maxMs: number; bytes?: number };
export type RoyaltyFigures = {
  database: "pglite" | "postgres";
  works: number;
  lines: number;
  linesInMonth: number;
  populateMs: number;
  monthView: Timing;
  monthExport: Timing;
  yearExport: Timing & { peakRssMb: number };
};

/** Counts the bytes written without keeping them: the cost of building the file, not of storing it. */
class CountingSink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.bytes += chunk.length;
    done();
  }
}

async function exportOnce(db: Database, scope: SheetScope): Promise<number> {
  const sink = new CountingSink();
  await writeRoyaltyWorkbook(await loadRoyaltySheet(db, scope), sink);
  return sink.bytes;
}

export async function time(runs: number, run: () => Promise<number | void>): Promise<Timing> {
  await run(); // warm: the database's caches and the modules, as on a live server
  const ms: number[] = [];
  let bytes: number | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await run();
    ms.push(performance.now() - started);
    if (typeof result === "number") bytes = result;
  }
  ms.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { runs, p50Ms: round(ms[Math.floor(ms.length / 2)]!), maxMs: round(ms.at(-1)!), ...(bytes === undefined ? {} : { bytes }) };
}

/**
 * The year's data, in a few statements: people (staff accounts with their payee rows, and
 * collaborators), the year's published works spread over each month, one royalty_works row each,
 * and their lines with amounts by the one rounding rule (half up, whole đồng).
 */
export async function populate(db: Database): Promise<{ grader: number }> {
  await seedBase(db);
  await db.execute(sql`
    insert into users (email, name, pen_name, role, grants)
    select 'ke-toan-bench@toasoan.test', 'Kế toán (bench)', 'KẾ TOÁN', 'chief_editor', array['royalty.grade', 'royalty.approve', 'royalty.accounting']`);
  await db.execute(sql`
    insert into users (email, name, pen_name, role)
    select 'pv-bench-' || g || '@toasoan.test',
           (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi'])[1 + g % 8] || ' ' ||
           (array['Thu','Minh','Văn','Thị','Ngọc','Hồng','Quốc','Thanh'])[1 + (g / 8) % 8] || ' ' ||
           (array['Hà','Đức','Anh','Lan','Phương','Sơn','Tùng','Hương','Dung','Nam'])[1 + g % 10],
           'PV ' || g, (case when g % 5 = 0 then 'editor' else 'reporter' end)::role
    from generate_series(1, ${STAFF}) g`);
  await db.execute(sql`
    insert into payees (user_id, kind, name, pen_names, pen_name_keys)
    select id, 'staff', name, array[pen_name], array[lower(pen_name)] from users where email like 'pv-bench-%'`);
  await db.execute(sql`
    insert into payees (kind, name, pen_names, pen_name_keys)
    select 'collaborator',
           (array['Lý','Bế','Hoàng','Nông','Lương','Triệu','Lục','Vi'])[1 + g % 8] || ' Văn Cộng ' || g,
           array['CTV ' || g], array['ctv-' || g]
    from generate_series(1, ${COLLABORATORS}) g`);
  const [grader] = await db.execute(sql`select id from users where email = 'ke-toan-bench@toasoan.test'`).then((r) => rowsOf<{ id: number }>(r));

  // Works: WORKS_PER_MONTH a month, published through the month at Vietnamese office hours.
  await db.execute(sql`
    insert into stories (title, byline, section_id, slug, status, version, published_at, created_by_id, created_at, updated_at)
    select (array['Xây dựng nông thôn mới ở xã vùng biên','Mùa hồng Bảo Lâm','Cửa khẩu tấp nập ngày cuối năm',
                  'Giữ gìn bản sắc văn hóa Tày, Nùng','Phát triển du lịch cộng đồng','Hội nghị Ban Chấp hành Đảng bộ tỉnh',
                  'Bảo đảm an ninh trật tự dịp Tết','Giải bóng đá thanh niên toàn tỉnh'])[1 + g % 8] || ' (' || g || ')',
           array['PV ' || (1 + g % ${STAFF})],
           (select id from sections order by id limit 1 offset (g % (select count(*) from sections))),
           'bai-bench-' || g, 'published', 6,
           make_timestamptz(${YEAR}, 1 + (g - 1) / ${WORKS_PER_MONTH}, 1 + (g % 28), 1 + (g % 10), g % 60, 0, 'Asia/Ho_Chi_Minh'),
           ${grader!.id}, now(), now()
    from generate_series(1, ${12 * WORKS_PER_MONTH}) g`);
  await db.execute(sql`
    insert into royalty_works (story_id, month, point_value, graded_by_id)
    select id, to_char(published_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM'), 234000, ${grader!.id}
    from stories where slug like 'bai-bench-%'`);

  // Lines: an author (a collaborator for one work in three), then a co-author sharing 60/40 or a
  // photo, then a thù lao line for the editor. Amount = grade × share × point value / 10 000, half up.
  await db.execute(sql`
    with works as (
      select w.story_id, w.month, s.id as n,
             (select id from payees where kind = 'staff' order by id limit 1 offset (s.id % ${STAFF})) as staff_a,
             (select id from payees where kind = 'staff' order by id limit 1 offset ((s.id * 7 + 3) % ${STAFF})) as staff_b,
             (select id from payees where kind = 'collaborator' order by id limit 1 offset (s.id % ${COLLABORATORS})) as collaborator
      from royalty_works w join stories s on s.id = w.story_id
    ), wanted as (
      select story_id, month, (case when n % 3 = 0 then collaborator else staff_a end) as payee_id, 'author' as role,
             (array['tin','bai','phong_su','phong_van'])[1 + n % 4] as kind_code, (array['Tin','Bài','Phóng sự','Phỏng vấn'])[1 + n % 4] as kind_name,
             (array[250, 600, 1250, 550])[1 + n % 4] as grade, (case when n % 2 = 0 then 60 else 100 end) as share from works
      union all
      select story_id, month, (case when n % 2 = 0 then staff_b else collaborator end), (case when n % 2 = 0 then 'author' else 'photo' end),
             (case when n % 2 = 0 then (array['tin','bai','phong_su','phong_van'])[1 + n % 4] else 'anh' end),
             (case when n % 2 = 0 then (array['Tin','Bài','Phóng sự','Phỏng vấn'])[1 + n % 4] else 'Ảnh' end),
             (case when n % 2 = 0 then (array[250, 600, 1250, 550])[1 + n % 4] else 300 end), (case when n % 2 = 0 then 40 else 100 end) from works
      union all
      select story_id, month, staff_b, 'remuneration', 'bien_tap', 'Biên tập', 150, 100 from works
    )
    insert into royalty_lines (month, story_id, payee_id, role, kind_code, kind_name, grade_hundredths, share, point_value, amount, created_by_id)
    select month, story_id, payee_id, role, kind_code, kind_name, grade, share, 234000,
           (grade::bigint * share * 234000 + 5000) / 10000, ${grader!.id}
    from wanted`);

  // Ten months closed (with the tax rule of the day) and paid in part, November approved, December open.
  await db.execute(sql`
    insert into royalty_months (month, status, approved_by_id, approved_at, closed_by_id, closed_at, tax_rate_basis_points, tax_threshold, tax_staff)
    select to_char(make_date(${YEAR}::int, m, 1), 'YYYY-MM'), (case when m <= 10 then 'closed' else 'approved' end),
           ${grader!.id}, now(), (case when m <= 10 then ${grader!.id}::int end), (case when m <= 10 then now() end),
           (case when m <= 10 then 1000 end), (case when m <= 10 then 2000000 end), (case when m <= 10 then false end)
    from generate_series(1, 11) m`);
  await db.execute(sql`update royalty_lines set paid_at = now(), paid_by_id = ${grader!.id} where month <= ${`${YEAR}-09`} and id % 4 <> 0`);
  return { grader: grader!.id };
}

export async function benchRoyalties(log: (message: string) => void): Promise<RoyaltyFigures> {
  const database = await createBenchDatabase(process.env.DATABASE_URL || undefined);
  log(`royalties: a year of ${WORKS_PER_MONTH.toLocaleString("en")} works a month on ${database.kind} (${database.where})…`);
  const handle = await database.open();
  try {
    const { db } = handle;
    const started = Date.now();
    const { grader } = await populate(db);
    await db.execute(sql`analyze`);
    const populateMs = Date.now() - started;
    const [counts] = rowsOf<{ works: number; lines: number; in_month: number }>(
      await db.execute(
        sql`select (select count(*)::int from royalty_works) as works, (select count(*)::int from royalty_lines) as lines, (select count(*)::int from royalty_lines where month = ${`${YEAR}-06`}) as in_month`,
      ),
    );
    log(`  ${counts!.works.toLocaleString("en")} works, ${counts!.lines.toLocaleString("en")} lines written in ${(populateMs / 1000).toFixed(1)} s`);

    const actor: Actor = {
      id: grader,
      role: "chief_editor",
      name: "Kế toán (bench)",
      penName: "KẾ TOÁN",
      grants: ["royalty.grade", "royalty.approve", "royalty.accounting"],
    };
    const month = `${YEAR}-06`;
    log(`  month view ${month} (lines, people, sections, kinds, ungraded works, state): ${RUNS.view} runs…`);
    const monthView = await time(RUNS.view, async () => void (await readMonthView(db, actor, month)));
    log(`    p50 ${monthView.p50Ms} ms, max ${monthView.maxMs} ms`);
    log(`  month export ${month} (.xlsx): ${RUNS.month} runs…`);
    const monthExport = await time(RUNS.month, () => exportOnce(db, { month }));
    log(`    p50 ${monthExport.p50Ms} ms, max ${monthExport.maxMs} ms, ${kb(monthExport.bytes)}`);
    log(`  year export ${YEAR} (.xlsx): ${RUNS.year} runs…`);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const yearTiming = await time(RUNS.year, () => exportOnce(db, { year: YEAR })).finally(() => clearInterval(sampler));
    const yearExport = { ...yearTiming, peakRssMb: Math.round(peakRss / 2 ** 20) };
    log(`    p50 ${yearExport.p50Ms} ms, max ${yearExport.maxMs} ms, ${kb(yearExport.bytes)}, process peak RSS ${yearExport.peakRssMb} MB`);
    return {
      database: handle.kind,
      works: counts!.works,
      lines: counts!.lines,
      linesInMonth: counts!.in_month,
      populateMs,
      monthView,
      monthExport,
      yearExport,
    };
  } finally {
    await handle.close();
    await database.destroy();
  }
}

const kb = (bytes?: number) => `${Math.round((bytes ?? 0) / 1024).toLocaleString("en")} KB`;

export function printRoyalties(f: RoyaltyFigures) {
  console.log(
    `\nroyalties (${f.database}, ${f.works.toLocaleString("en")} works, ${f.lines.toLocaleString("en")} lines, ${f.linesInMonth.toLocaleString("en")} in the month):`,
  );
  console.log(`  month view      p50 ${f.monthView.p50Ms} ms, max ${f.monthView.maxMs} ms (${f.monthView.runs} runs)`);
  console.log(`  month .xlsx     p50 ${f.monthExport.p50Ms} ms, max ${f.monthExport.maxMs} ms, ${kb(f.monthExport.bytes)} (${f.monthExport.runs} runs)`);
  console.log(
    `  year .xlsx      p50 ${f.yearExport.p50Ms} ms, max ${f.yearExport.maxMs} ms, ${kb(f.yearExport.bytes)}, peak RSS ${f.yearExport.peakRssMb} MB (${f.yearExport.runs} runs)`,
  );
}
