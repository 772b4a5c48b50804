// The plan board on a real database (PGlite, or PostgreSQL with DATABASE_URL): deadline states at
// their boundaries, a day and a week on Vietnamese clocks (Monday 00:00 to Sunday 23:59 in
// Asia/Ho_Chi_Minh), desk scoping with a subsection following its parent, the filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeAssignment, makeDesk, makePerson, makeProposal, makeSection, makeStory } from "@/db/factories";
import type { Assignment, Desk, Proposal, Story } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { deskReachOf } from "@/lib/desks/reach";
import { PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { addDays, isoWeekOf, mondayOf } from "./board-calendar";
import { boardDeskIds, deadlineState, defaultDueSoonLeadMs, listPlanBoard, type BoardRequest, type PlanBoard } from "./board";

const timeZone = "Asia/Ho_Chi_Minh";
// Wednesday 10/06/2026, 09:00 in Vietnam.
const now = new Date("2026-06-10T02:00:00Z");
const minute = 60_000;
const hour = 3_600_000;
const at = (ms: number) => new Date(now.getTime() + ms);
const wednesday = { year: 2026, month: 6, day: 10 };

let handle: DatabaseHandle;
let head: Actor;
let writer: Actor;
let photographer: Actor;
let other: Actor;
let chief: Actor;
let admin: Actor;
let news: Desk;
let culture: Desk;
const a: Record<string, Assignment> = {};
const p: Record<string, Proposal> = {};
const s: Record<string, Story> = {};

const board = (actor: Actor, request: Partial<BoardRequest> = {}) =>
  listPlanBoard(handle.db, actor, { day: wednesday, view: "day", timeZone, now, ...request });
const ids = (rows: readonly { id: number }[]) => rows.map((r) => r.id).sort((x, y) => x - y);
const assignmentIds = (b: PlanBoard) => ids(b.byPerson.flatMap((row) => row.assignments));
const stateOf = (b: PlanBoard, id: number) => b.byPerson.flatMap((row) => row.assignments).find((x) => x.id === id)?.state;

beforeAll(async () => {
  handle = await openTestDatabase();
  const db = handle.db;
  head = await makePerson(db, "editor", { name: "Trưởng ban Thời sự" });
  writer = await makePerson(db, "reporter", { name: "An Phóng viên" });
  photographer = await makePerson(db, "reporter", { name: "Bình Ảnh" });
  other = await makePerson(db, "reporter", { name: "Cúc Văn hóa" });
  chief = await makePerson(db, "chief_editor");
  admin = await makePerson(db, "admin");
  const section = await makeSection(db, { name: "Thời sự bảng" });
  const subsection = await makeSection(db, { name: "Giao thông bảng", parentId: section.id });
  const cultureSection = await makeSection(db, { name: "Văn hóa bảng" });
  news = await makeDesk(db, {
    name: "Ban Thời sự",
    sectionIds: [section.id],
    members: [{ userId: head.id, head: true }, { userId: writer.id }, { userId: photographer.id }],
  });
  culture = await makeDesk(db, { name: "Ban Văn hóa", sectionIds: [cultureSection.id], members: [{ userId: other.id }] });
  head = { ...head, desks: await deskReachOf(db, head.id) };
  writer = { ...writer, desks: await deskReachOf(db, writer.id) };

  p.pending = await makeProposal(db, { proposedBy: writer, deskId: news.id, plannedFor: "2026-06-11", needs: ["photographer"] });
  p.changes = await makeProposal(db, { proposedBy: photographer, deskId: news.id, status: "changes_requested", kind: "photo" });
  p.approved = await makeProposal(db, { proposedBy: writer, deskId: news.id, status: "approved", plannedFor: "2026-06-10" });
  p.rejected = await makeProposal(db, { proposedBy: writer, deskId: news.id, status: "rejected", plannedFor: "2026-06-10" });
  p.otherDesk = await makeProposal(db, { proposedBy: other, deskId: culture.id, plannedFor: "2026-06-10" });

  // Stories born from assignments: a draft in the subsection (it follows its parent's desk), one on the other desk.
  s.draft = await makeStory(db, { title: "Bản nháp từ giao việc", status: "draft", author: writer, section: subsection });
  s.otherDraft = await makeStory(db, { title: "Bài Văn hóa đang viết", status: "submitted", author: other, section: cultureSection });

  const on = { deskId: news.id, assignedBy: head };
  a.overdue = await makeAssignment(db, { ...on, assignee: writer, status: "accepted", deadline: at(-minute) });
  a.atDeadline = await makeAssignment(db, { ...on, assignee: writer, status: "in_progress", deadline: now, storyId: s.draft.id });
  a.dueSoon = await makeAssignment(db, { ...on, assignee: photographer, status: "offered", deadline: at(defaultDueSoonLeadMs) });
  a.onTrack = await makeAssignment(db, { ...on, assignee: photographer, status: "offered", deadline: at(defaultDueSoonLeadMs + minute) });
  a.onTime = await makeAssignment(db, { ...on, assignee: writer, status: "done", deadline: at(-hour), doneAt: at(-hour) });
  a.late = await makeAssignment(db, { ...on, assignee: photographer, status: "done", deadline: at(-hour), doneAt: at(-hour + 1000) });
  a.cancelled = await makeAssignment(db, { ...on, assignee: writer, status: "cancelled", deadline: at(hour) });
  a.declined = await makeAssignment(db, { ...on, assignee: photographer, status: "declined", deadline: at(hour) });
  // Monday, still open: carried over into today's view.
  a.carried = await makeAssignment(db, { ...on, assignee: writer, status: "accepted", deadline: new Date("2026-06-08T03:00:00Z") });
  // The week's edges on Vietnamese clocks: Monday 00:00 and Sunday 23:59:59 inside, a second either side outside.
  a.mondayStart = await makeAssignment(db, {
    ...on,
    assignee: writer,
    status: "done",
    deadline: new Date("2026-06-07T17:00:00Z"),
    doneAt: new Date("2026-06-07T16:00:00Z"),
  });
  a.beforeWeek = await makeAssignment(db, {
    ...on,
    assignee: writer,
    status: "done",
    deadline: new Date("2026-06-07T16:59:59Z"),
    doneAt: new Date("2026-06-07T16:00:00Z"),
  });
  a.sundayEnd = await makeAssignment(db, { ...on, assignee: writer, status: "offered", deadline: new Date("2026-06-14T16:59:59Z") });
  a.afterWeek = await makeAssignment(db, { ...on, assignee: writer, status: "offered", deadline: new Date("2026-06-14T17:00:00Z") });
  a.otherDesk = await makeAssignment(db, {
    deskId: culture.id,
    assignee: other,
    assignedBy: chief,
    status: "accepted",
    deadline: at(hour),
    storyId: s.otherDraft.id,
  });

  // What is scheduled: in the subsection on Wednesday 10:00 and 23:59, in the other desk's section, and Thursday 00:00.
  s.published = await makeStory(db, {
    title: "Đã đăng ở mục con",
    status: "published",
    author: writer,
    section: subsection,
    publishedAt: new Date("2026-06-10T01:30:00Z"),
  });
  s.lateEvening = await makeStory(db, {
    title: "Hẹn giờ 23:59",
    status: "scheduled",
    author: photographer,
    section: subsection,
    publishedAt: new Date("2026-06-10T16:59:00Z"),
  });
  s.thursday = await makeStory(db, {
    title: "Hẹn giờ thứ năm",
    status: "scheduled",
    author: writer,
    section: section,
    publishedAt: new Date("2026-06-10T17:00:00Z"),
  });
  s.otherScheduled = await makeStory(db, {
    title: "Văn hóa hẹn giờ",
    status: "scheduled",
    author: other,
    section: cultureSection,
    publishedAt: new Date("2026-06-10T05:00:00Z"),
  });
});

afterAll(async () => {
  await handle?.close();
});

describe("deadline states", () => {
  const due = new Date("2026-06-10T10:00:00Z");
  it.each([
    ["a minute past the deadline, open", { status: "accepted", deadline: due, doneAt: null }, new Date(due.getTime() + minute), "overdue"],
    ["at the deadline itself, open", { status: "in_progress", deadline: due, doneAt: null }, due, "due_soon"],
    ["exactly the lead before it", { status: "offered", deadline: due, doneAt: null }, new Date(due.getTime() - 2 * hour), "due_soon"],
    ["a second more than the lead before it", { status: "offered", deadline: due, doneAt: null }, new Date(due.getTime() - 2 * hour - 1000), "on_track"],
    ["done at the deadline", { status: "done", deadline: due, doneAt: due }, new Date(due.getTime() + hour), "done_on_time"],
    ["done a second after", { status: "done", deadline: due, doneAt: new Date(due.getTime() + 1000) }, new Date(due.getTime() + hour), "done_late"],
    ["declined past its deadline", { status: "declined", deadline: due, doneAt: null }, new Date(due.getTime() + hour), "declined"],
    ["cancelled past its deadline", { status: "cancelled", deadline: due, doneAt: null }, new Date(due.getTime() + hour), "cancelled"],
  ] as const)("%s", (_name, assignment, when, expected) => {
    expect(deadlineState(assignment, when)).toBe(expected);
  });

  it("follows the lead it is given", () => {
    expect(deadlineState({ status: "offered", deadline: due, doneAt: null }, new Date(due.getTime() - 3 * hour), 4 * hour)).toBe("due_soon");
  });
});

describe("weeks on the paper's clocks", () => {
  it("start on Monday and are numbered as ISO weeks", () => {
    expect(mondayOf({ year: 2026, month: 6, day: 14 })).toEqual({ year: 2026, month: 6, day: 8 });
    expect(mondayOf({ year: 2026, month: 6, day: 8 })).toEqual({ year: 2026, month: 6, day: 8 });
    expect(isoWeekOf({ year: 2026, month: 6, day: 10 }).label).toBe("2026-W24");
    // 1 January 2027 is a Friday: it belongs to the last week of 2026.
    expect(isoWeekOf({ year: 2027, month: 1, day: 1 }).label).toBe("2026-W53");
    expect(isoWeekOf({ year: 2025, month: 12, day: 29 }).label).toBe("2026-W01");
    expect(addDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 });
  });
});

describe("the plan board", () => {
  it("is refused to whoever may not plan", async () => {
    await expect(board(admin)).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("shows a desk member their own desk by default: its waiting proposals with proposer, kind, day and needs", async () => {
    const b = await board(writer);
    expect(b.deskIds).toEqual([news.id]);
    expect(ids(b.waiting)).toEqual(ids([p.pending!, p.changes!]));
    expect(b.waiting.find((x) => x.id === p.pending!.id)).toMatchObject({
      proposer: { id: writer.id, name: "An Phóng viên" },
      kind: "text",
      plannedFor: "2026-06-11",
      needs: ["photographer"],
      deskName: "Ban Thời sự",
      status: "pending",
    });
  });

  it("groups the day's assignments by person with their deadline state, carrying over what is still open", async () => {
    const b = await board(head);
    expect(b.byPerson.map((row) => row.person.name)).toEqual(["An Phóng viên", "Bình Ảnh"]);
    expect(assignmentIds(b)).toEqual(ids([a.overdue!, a.atDeadline!, a.dueSoon!, a.onTrack!, a.onTime!, a.late!, a.cancelled!, a.declined!, a.carried!]));
    expect(stateOf(b, a.overdue!.id)).toBe("overdue");
    expect(stateOf(b, a.atDeadline!.id)).toBe("due_soon");
    expect(stateOf(b, a.dueSoon!.id)).toBe("due_soon");
    expect(stateOf(b, a.onTrack!.id)).toBe("on_track");
    expect(stateOf(b, a.onTime!.id)).toBe("done_on_time");
    expect(stateOf(b, a.late!.id)).toBe("done_late");
    expect(stateOf(b, a.cancelled!.id)).toBe("cancelled");
    expect(stateOf(b, a.declined!.id)).toBe("declined");
    expect(b.byPerson.flatMap((r) => r.assignments).find((x) => x.id === a.carried!.id)).toMatchObject({ state: "overdue", carriedOver: true });
  });

  it("does not carry anything over into a day that is not today", async () => {
    const b = await board(head, { day: { year: 2026, month: 6, day: 9 } });
    expect(assignmentIds(b)).toEqual([]);
  });

  it("lists stories in progress born from assignments, a subsection's following its parent's desk", async () => {
    const b = await board(head);
    expect(b.inProgress).toEqual([
      expect.objectContaining({ id: s.draft!.id, status: "draft", assignmentId: a.atDeadline!.id, assignee: { id: writer.id, name: "An Phóng viên" } }),
    ]);
  });

  it("puts what is planned for the day beside what is scheduled, on Vietnamese clocks", async () => {
    const [day] = (await board(head)).perDay;
    expect(day!.date).toBe("2026-06-10");
    expect(ids(day!.planned)).toEqual([p.approved!.id]);
    expect(ids(day!.scheduled)).toEqual(ids([s.published!, s.lateEvening!]));
    expect(day!.scheduled.find((x) => x.id === s.published!.id)?.status).toBe("published");
    expect(ids(day!.deadlines)).not.toContain(a.carried!.id);
    expect(ids(day!.deadlines)).toContain(a.overdue!.id);
  });

  it("runs a week from Monday 00:00 to Sunday 23:59:59 in Asia/Ho_Chi_Minh", async () => {
    const b = await board(head, { view: "week", day: { year: 2026, month: 6, day: 12 } });
    expect(b.days).toEqual(["2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12", "2026-06-13", "2026-06-14"]);
    expect(b.previous).toBe("2026-06-01");
    expect(b.next).toBe("2026-06-15");
    const all = assignmentIds(b);
    expect(all).toContain(a.mondayStart!.id);
    expect(all).toContain(a.sundayEnd!.id);
    expect(all).not.toContain(a.beforeWeek!.id);
    expect(all).not.toContain(a.afterWeek!.id);
    const byDay = Object.fromEntries(b.perDay.map((d) => [d.date, d]));
    expect(ids(byDay["2026-06-08"]!.deadlines)).toEqual(ids([a.mondayStart!, a.carried!]));
    expect(ids(byDay["2026-06-14"]!.deadlines)).toEqual([a.sundayEnd!.id]);
    expect(ids(byDay["2026-06-11"]!.planned)).toEqual([p.pending!.id]);
    expect(ids(byDay["2026-06-11"]!.scheduled)).toEqual([s.thursday!.id]);
  });

  it("shows the whole paper to the chief editor by default, and to anyone who asks for it", async () => {
    const paper = await board(chief);
    expect(paper.deskIds).toBeNull();
    expect(ids(paper.waiting)).toEqual(ids([p.pending!, p.changes!, p.otherDesk!]));
    expect(assignmentIds(paper)).toContain(a.otherDesk!.id);
    expect(ids(paper.inProgress)).toEqual(ids([s.draft!, s.otherDraft!]));
    expect(ids(paper.perDay[0]!.scheduled)).toEqual(ids([s.published!, s.lateEvening!, s.otherScheduled!]));
    expect(paper.desks.map((d) => d.name)).toEqual(expect.arrayContaining(["Ban Thời sự", "Ban Văn hóa"]));

    // Heading a desk of their own (the demo's Ban Thư ký – Biên tập) does not narrow it; naming the desk does.
    const heading = await board({ ...chief, desks: { memberOf: [culture.id], headOf: [culture.id], sectionIds: [] } });
    expect(heading.deskIds).toBeNull();
    expect(boardDeskIds({ ...chief, desks: { memberOf: [culture.id], headOf: [culture.id], sectionIds: [] } }, culture.id)).toEqual([culture.id]);

    const asked = await board(writer, { desk: "all" });
    expect(ids(asked.waiting)).toEqual(ids(paper.waiting));
    const otherDesk = await board(writer, { desk: culture.id });
    expect(ids(otherDesk.waiting)).toEqual([p.otherDesk!.id]);
    expect(assignmentIds(otherDesk)).toEqual([a.otherDesk!.id]);
    expect(ids(otherDesk.perDay[0]!.scheduled)).toEqual([s.otherScheduled!.id]);
  });

  it("filters by person and by deadline state", async () => {
    const mine = await board(head, { personId: photographer.id });
    expect(mine.byPerson.map((r) => r.person.id)).toEqual([photographer.id]);
    expect(ids(mine.waiting)).toEqual([p.changes!.id]);
    expect(ids(mine.perDay[0]!.scheduled)).toEqual([s.lateEvening!.id]);
    expect(mine.people.map((x) => x.name)).toEqual(expect.arrayContaining(["An Phóng viên", "Bình Ảnh", "Trưởng ban Thời sự"]));

    const overdue = await board(head, { state: "overdue" });
    expect(assignmentIds(overdue)).toEqual(ids([a.overdue!, a.carried!]));
  });
});
