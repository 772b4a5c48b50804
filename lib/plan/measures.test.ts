// Chỉ số của ban on a real database (PGlite, or PostgreSQL with DATABASE_URL), with exact figures:
// proposals made / approved by the week they were made, assignments on time / late / missed by the
// week of their deadline, hours from assignment to publication by the week of publication; weeks
// Monday to Sunday in Asia/Ho_Chi_Minh; and the CSV as downloaded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeAssignment, makeDesk, makePerson, makeProposal, makeSection, makeStory } from "@/db/factories";
import type { Desk } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { csvBom } from "@/lib/csv";
import { PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { listPlanMeasures, measuresCsv, measuresCsvHeader, type PlanFigures } from "./measures";

const timeZone = "Asia/Ho_Chi_Minh";
// Wednesday 10/06/2026 09:00 in Vietnam: week 2026-W24 (08/06–14/06).
const now = new Date("2026-06-10T02:00:00Z");
const vn = (local: string) => new Date(`${local}+07:00`);

let handle: DatabaseHandle;
let head: Actor;
let reporter: Actor;
let admin: Actor;
let news: Desk;
let culture: Desk;

const figures = (f: Partial<PlanFigures>): PlanFigures => ({
  proposalsMade: 0,
  proposalsApproved: 0,
  onTime: 0,
  late: 0,
  missed: 0,
  published: 0,
  averageHoursToPublication: null,
  ...f,
});

beforeAll(async () => {
  handle = await openTestDatabase();
  const db = handle.db;
  head = await makePerson(db, "editor");
  reporter = await makePerson(db, "reporter");
  admin = await makePerson(db, "admin");
  const section = await makeSection(db);
  news = await makeDesk(db, { name: "Ban Thời sự", sectionIds: [section.id], members: [{ userId: head.id, head: true }, { userId: reporter.id }] });
  culture = await makeDesk(db, { name: "Ban Văn hóa" });
  const by = { proposedBy: reporter, deskId: news.id };

  // W23 (01/06–07/06): three made, one approved; the last second of Sunday still counts in W23.
  await makeProposal(db, { ...by, status: "approved", createdAt: vn("2026-06-01T08:00:00") });
  await makeProposal(db, { ...by, status: "rejected", createdAt: vn("2026-06-03T08:00:00") });
  await makeProposal(db, { ...by, status: "pending", createdAt: vn("2026-06-07T23:59:59") });
  // W24: Monday 00:00 on Vietnamese clocks (Sunday 17:00 UTC).
  await makeProposal(db, { ...by, status: "approved", createdAt: vn("2026-06-08T00:00:00") });
  // W22, on the other desk; and one long before the weeks shown.
  await makeProposal(db, { proposedBy: reporter, deskId: culture.id, status: "approved", createdAt: vn("2026-05-27T10:00:00") });
  await makeProposal(db, { ...by, status: "approved", createdAt: vn("2026-04-01T10:00:00") });

  const on = { deskId: news.id, assignee: reporter, assignedBy: head };
  // W23: on time (done at the deadline), late, missed (accepted and never done), declined (missed too), cancelled (nothing).
  await makeAssignment(db, { ...on, status: "done", deadline: vn("2026-06-02T17:00:00"), doneAt: vn("2026-06-02T17:00:00") });
  await makeAssignment(db, { ...on, status: "done", deadline: vn("2026-06-03T17:00:00"), doneAt: vn("2026-06-03T17:30:00") });
  await makeAssignment(db, { ...on, status: "accepted", deadline: vn("2026-06-04T17:00:00") });
  await makeAssignment(db, { ...on, status: "declined", deadline: vn("2026-06-07T23:59:00") });
  await makeAssignment(db, { ...on, status: "cancelled", deadline: vn("2026-06-05T17:00:00") });
  // W24: one done on time, one still open with its deadline ahead (not missed yet), one in_progress past its deadline.
  await makeAssignment(db, { ...on, status: "done", deadline: vn("2026-06-08T00:00:00"), doneAt: vn("2026-06-07T22:00:00") });
  await makeAssignment(db, { ...on, status: "in_progress", deadline: vn("2026-06-12T17:00:00") });
  await makeAssignment(db, { ...on, status: "in_progress", deadline: vn("2026-06-10T08:00:00") });

  // Published from assignments in W23: 36.5 h and 24 h after being assigned (mean 30.25 → 30.3).
  const first = await makeStory(db, { status: "published", author: reporter, section, publishedAt: vn("2026-06-02T21:30:00") });
  const second = await makeStory(db, { status: "published", author: reporter, section, publishedAt: vn("2026-06-02T07:00:00") });
  const draft = await makeStory(db, { status: "draft", author: reporter, section });
  const scheduled = await makeStory(db, { status: "scheduled", author: reporter, section, publishedAt: vn("2026-06-11T07:00:00") });
  const old = { ...on, status: "done" as const, deadline: vn("2026-05-20T17:00:00"), doneAt: vn("2026-05-20T17:00:00") };
  await makeAssignment(db, { ...old, storyId: first.id, createdAt: vn("2026-06-01T09:00:00") });
  await makeAssignment(db, { ...old, storyId: second.id, createdAt: vn("2026-06-01T07:00:00") });
  await makeAssignment(db, { ...old, storyId: draft.id, createdAt: vn("2026-06-01T07:00:00") });
  await makeAssignment(db, { ...old, storyId: scheduled.id, createdAt: vn("2026-06-01T07:00:00") });
});

afterAll(async () => {
  await handle?.close();
});

describe("the desk's measures", () => {
  it("are refused to whoever may not plan", async () => {
    await expect(listPlanMeasures(handle.db, admin, { deskIds: null, timeZone, now })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("count each figure in the ISO week of its own event, for the last weeks up to this one", async () => {
    const m = await listPlanMeasures(handle.db, head, { deskIds: [news.id], weeks: 3, timeZone, now });
    expect(m.weeks).toEqual([
      { label: "2026-W22", monday: "2026-05-25", sunday: "2026-05-31" },
      { label: "2026-W23", monday: "2026-06-01", sunday: "2026-06-07" },
      { label: "2026-W24", monday: "2026-06-08", sunday: "2026-06-14" },
    ]);
    expect(m.totals.map(({ week: _week, ...f }) => f)).toEqual([
      // The old assignments' deadlines (20/05) fall in W21, outside the weeks shown.
      figures({}),
      figures({ proposalsMade: 3, proposalsApproved: 1, onTime: 1, late: 1, missed: 2, published: 2, averageHoursToPublication: 30.3 }),
      figures({ proposalsMade: 1, proposalsApproved: 1, onTime: 1, missed: 1 }),
    ]);
    expect(m.rows.map((r) => [r.week.label, r.deskName])).toEqual([
      ["2026-W22", "Ban Thời sự"],
      ["2026-W23", "Ban Thời sự"],
      ["2026-W24", "Ban Thời sự"],
    ]);
  });

  it("give the paper every desk, and work on no desk as a desk of its own", async () => {
    const m = await listPlanMeasures(handle.db, head, { deskIds: null, weeks: 3, timeZone, now });
    const w22 = m.rows.filter((r) => r.week.label === "2026-W22");
    expect(w22.map((r) => [r.deskName, r.proposalsMade, r.proposalsApproved])).toEqual([
      ["Ban Thời sự", 0, 0],
      ["Ban Văn hóa", 1, 1],
      [null, 0, 0],
    ]);
    expect(m.totals[0]).toMatchObject({ proposalsMade: 1, proposalsApproved: 1 });
  });

  it("default to eight weeks", async () => {
    const m = await listPlanMeasures(handle.db, head, { deskIds: [news.id], timeZone, now });
    expect(m.weeks.map((w) => w.label)).toEqual(["2026-W17", "2026-W18", "2026-W19", "2026-W20", "2026-W21", "2026-W22", "2026-W23", "2026-W24"]);
    expect(m.totals.find((t) => t.week.label === "2026-W21")).toMatchObject({ onTime: 4 });
  });

  it("export as CSV with Vietnamese headings, a byte-order mark and one line per week and desk", async () => {
    const csv = measuresCsv(await listPlanMeasures(handle.db, head, { deskIds: [news.id], weeks: 3, timeZone, now }));
    expect(csv.startsWith(csvBom)).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(measuresCsvHeader.map((h) => `"${h}"`).join(","));
    expect(lines.slice(1)).toEqual([
      '"2026-W22","25/05/2026","31/05/2026","Ban Thời sự","0","0","0","0","0","0",""',
      '"2026-W23","01/06/2026","07/06/2026","Ban Thời sự","3","1","1","1","2","2","30.3"',
      '"2026-W24","08/06/2026","14/06/2026","Ban Thời sự","1","1","1","0","1","0",""',
      "",
    ]);
  });
});
