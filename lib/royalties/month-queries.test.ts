// The month view on a real database: works published and not graded listed first (and only those),
// lines grouped by person with the month's tax, by section and by kind, totals that add up, who
// approved and closed, and nobody without a royalty grant reading any of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { payees } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { gradeWork } from "./grading";
import { approveMonth, closeMonth, markPaid } from "./month";
import { readMonthView } from "./month-queries";

let handle: DatabaseHandle;
let grader: Actor;
let approver: Actor;
let accountant: Actor;
let reporter: Actor;
let collaboratorId: number;
const month = "2025-03";
// 1 March 2025 00:30 in Hà Nội is still February in UTC: the month is the paper's.
const at = (day: number, hour = 3) => new Date(Date.UTC(2025, 2, day, hour));
const ids: Record<string, number> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  grader = { ...(await makePerson(handle.db, "chief_editor", { name: "Phạm Chấm" })), grants: ["royalty.grade"] };
  approver = { ...(await makePerson(handle.db, "chief_editor", { name: "Đỗ Duyệt" })), grants: ["royalty.approve"] };
  accountant = { ...(await makePerson(handle.db, "reporter", { name: "Vũ Kế Toán" })), grants: ["royalty.accounting"] };
  reporter = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
  const [collaborator] = await handle.db
    .insert(payees)
    .values({ kind: "collaborator", name: "Bế Văn Cộng", penNames: ["BẾ CỘNG"] })
    .returning();
  collaboratorId = collaborator!.id;
  const section = await makeSection(handle.db, { name: "Biên giới" });
  const story = (key: string, options: Parameters<typeof makeStory>[1]) =>
    makeStory(handle.db, { author: reporter, section, title: key, ...options }).then((s) => (ids[key] = s.id));
  await story("graded", { status: "published", publishedAt: at(2) });
  await story("collaborator's", { status: "published", publishedAt: at(3) });
  await story("first night", { status: "published", publishedAt: new Date(Date.UTC(2025, 1, 28, 17, 30)) });
  await story("taken down", { status: "unpublished", publishedAt: at(10) });
  await story("scheduled, due", { status: "scheduled", publishedAt: at(20) });
  await story("no section", { status: "published", publishedAt: at(21), section: null });
  await story("draft", { status: "draft" });
  await story("april", { status: "published", publishedAt: new Date(Date.UTC(2025, 2, 31, 17, 30)) });
  await story("scheduled, later", { status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) });
  const grade = async (storyId: number, kindCode: string, g: string, person: { userId: number } | { payeeId: number }) =>
    expect(await gradeWork(handle.db, grader, { storyId, kindCode, grade: g, authors: [{ person, share: 100 }] })).toMatchObject({ ok: true });
  await grade(ids.graded!, "bai", "6", { userId: reporter.id });
  await grade(ids["collaborator's"]!, "phong_su", "10", { payeeId: collaboratorId });
});
afterAll(async () => handle?.close());

describe("the month view", () => {
  it("lists first the works published in the paper's month that nobody graded, oldest first", async () => {
    const view = await readMonthView(handle.db, grader, month);
    expect(view.ungraded.map((w) => w.title)).toEqual(["first night", "taken down", "scheduled, due", "no section"]);
    expect(view.ungradedTotal).toBe(4);
    expect(view.ungraded.map((w) => [w.status, w.sectionName])).toEqual([
      ["published", "Biên giới"],
      ["unpublished", "Biên giới"],
      ["published", "Biên giới"], // its time has come: published to readers, graded like one
      ["published", null],
    ]);
    expect(view.ungraded[0]!.byline).toEqual(["THU HÀ"]);
  });

  it("groups the lines by person with tax and thực lĩnh, by section and by kind, with totals that add up", async () => {
    const view = await readMonthView(handle.db, accountant, month);
    // Collaborator: 10 × 234.000 = 2.340.000 đ, over the 2.000.000 đ threshold: 10 % withheld. Staff: not withheld.
    expect(view.people.map((p) => [p.name, p.kind, p.lines.length, p.amount, p.tax, p.net, p.paid])).toEqual([
      ["Bế Văn Cộng", "collaborator", 1, 2_340_000, 234_000, 2_106_000, false],
      ["Nguyễn Thu Hà", "staff", 1, 1_404_000, 0, 1_404_000, false],
    ]);
    expect(view.people[0]!.penNames).toEqual(["BẾ CỘNG"]);
    expect(view.people[1]!.lines[0]).toMatchObject({
      title: "graded",
      sectionName: "Biên giới",
      kindName: "Bài",
      gradeHundredths: 600,
      tax: 0,
      net: 1_404_000,
    });
    expect(view.bySection).toEqual([{ key: expect.any(String) as string, name: "Biên giới", works: 2, lines: 2, amount: 3_744_000 }]);
    expect(view.byKind.map((k) => [k.name, k.works, k.amount])).toEqual([
      ["Phóng sự", 1, 2_340_000],
      ["Bài", 1, 1_404_000],
    ]);
    expect(view.totals).toEqual({ works: 2, lines: 2, people: 2, amount: 3_744_000, tax: 234_000, net: 3_510_000, paid: 0, unpaid: 3_744_000 });
    expect(view.state).toMatchObject({
      status: "open",
      approvedBy: null,
      closedBy: null,
      taxRule: { rate: 1000, threshold: 2_000_000, staff: false },
      taxRuleFrozen: false,
    });
  });

  it("says who approved and closed, keeps the rule of closing, and shows what is paid", async () => {
    expect(await approveMonth(handle.db, approver, { month })).toMatchObject({ ok: true });
    expect(await closeMonth(handle.db, approver, { month })).toMatchObject({ ok: true });
    expect(await markPaid(handle.db, accountant, { month, payeeIds: [collaboratorId], paidOn: "05/04/2025" })).toMatchObject({ ok: true });
    const view = await readMonthView(handle.db, approver, month);
    expect(view.state).toMatchObject({ status: "closed", approvedBy: "Đỗ Duyệt", closedBy: "Đỗ Duyệt", taxRuleFrozen: true });
    expect(view.state.closedAt).toBeInstanceOf(Date);
    const [collaborator, staff] = view.people;
    expect([collaborator!.paid, collaborator!.paidLines, collaborator!.lastPaidAt?.toISOString()]).toEqual([true, 1, "2025-04-05T12:00:00.000Z"]);
    expect(staff!.paid).toBe(false);
    expect(view.totals).toMatchObject({ paid: 2_340_000, unpaid: 1_404_000 });
  });

  it("an adjustment says which month it corrects", async () => {
    const late = await gradeWork(handle.db, grader, {
      storyId: ids.graded!,
      kindCode: "bai",
      grade: "7",
      authors: [{ person: { userId: reporter.id }, share: 100 }],
    });
    expect(late).toMatchObject({ ok: true, data: { adjusted: true } });
    const view = await readMonthView(handle.db, grader, late.ok ? late.data.linesMonth : "");
    const line = view.people.flatMap((p) => p.lines).find((l) => l.storyId === ids.graded);
    expect(line).toMatchObject({ adjustsMonth: month, gradeHundredths: 100, amount: 234_000 });
    expect(line!.adjustsLineId).toEqual(expect.any(Number));
  });

  it("is refused to anyone without a royalty grant", async () => {
    await expect(readMonthView(handle.db, reporter, month)).rejects.toThrow();
    await expect(readMonthView(handle.db, { ...approver, grants: [] }, month)).rejects.toThrow();
  });
});
