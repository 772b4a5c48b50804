// Nhuận bút của tôi and the statement, on a real database built through the real commands: lines
// per month newest first, adjustments marked, the tax of a closed month under its frozen rule and
// of an open one under today's, what is paid, and who may read whose statement.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { payees, siteSettings, type Story } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { gradeWork } from "./grading";
import { approveMonth, closeMonth, markPaid } from "./month";
import { monthOf } from "./months";
import { formatDong, monthLabel } from "./format";
import { dongInWords, listMyRoyalties, mayReadStatement, monthParam, readStatement, statementOf } from "./my-royalties";
import { penNameKey } from "./payees";
import { defaultRoyaltySettings, pointValue, storeRoyaltySettings } from "./settings";

let handle: DatabaseHandle;
let chief: Actor;
let accountant: Actor;
let reporter: Actor;
let other: Actor;
let collaboratorId: number;
const value = pointValue(defaultRoyaltySettings); // 234.000 đ
const march = new Date("2025-03-10T03:00:00Z");
const april = new Date("2025-04-12T03:00:00Z");
const today = monthOf(new Date(), "Asia/Ho_Chi_Minh");
const stories: Record<string, Story> = {};

const db = () => handle.db;

beforeAll(async () => {
  handle = await openTestDatabase();
  chief = { ...(await makePerson(db(), "chief_editor")), grants: ["royalty.grade", "royalty.approve"] };
  accountant = { ...(await makePerson(db(), "reporter")), grants: ["royalty.accounting"] };
  reporter = await makePerson(db(), "reporter", { name: "Lê Phương Dung", penName: "PHƯƠNG DUNG" });
  other = await makePerson(db(), "reporter");
  const [collaborator] = await db()
    .insert(payees)
    .values({ kind: "collaborator", name: "Hoàng Đức Hải", penNames: ["ĐỨC HẢI"], penNameKeys: [penNameKey("ĐỨC HẢI")] })
    .returning();
  collaboratorId = collaborator!.id;

  const grade = async (story: Story, kindCode: string, grade: string, authors: { person: { userId: number } | { payeeId: number }; share: number }[]) =>
    expect(await gradeWork(db(), chief, { storyId: story.id, kindCode, grade, authors })).toMatchObject({ ok: true });
  // March: a report shared with the collaborator, and a story later taken down; approved and closed.
  stories.report = await makeStory(db(), { status: "published", author: reporter, publishedAt: march, title: "Phóng sự vùng biên" });
  stories.downed = await makeStory(db(), { status: "unpublished", author: reporter, publishedAt: march, title: "Bài đã gỡ" });
  await grade(stories.report, "phong_su", "12,5", [
    { person: { userId: reporter.id }, share: 60 },
    { person: { payeeId: collaboratorId }, share: 40 },
  ]);
  await grade(stories.downed, "tin", "2", [{ person: { userId: reporter.id }, share: 100 }]);
  expect(await approveMonth(db(), chief, { month: "2025-03" })).toMatchObject({ ok: true });
  expect(await closeMonth(db(), chief, { month: "2025-03" })).toMatchObject({ ok: true });
  // April: graded, still open.
  stories.april = await makeStory(db(), { status: "published", author: reporter, publishedAt: april, title: "Tin tháng Tư" });
  await grade(stories.april, "tin", "3", [{ person: { userId: reporter.id }, share: 100 }]);
  // March regraded after closing: an adjustment in today's open month.
  await grade(stories.downed, "tin", "2,5", [{ person: { userId: reporter.id }, share: 100 }]);
});
afterAll(async () => handle?.close());

describe("Nhuận bút của tôi", () => {
  it("is empty, not refused, for someone never graded", async () => {
    expect(await listMyRoyalties(db(), other)).toEqual({ payee: null, monthChoices: [], months: [], month: null, more: false });
  });

  it("lists each month newest first with its state, works, kinds, grades, shares and amounts", async () => {
    const mine = await listMyRoyalties(db(), reporter);
    expect(mine.payee).toMatchObject({ kind: "staff", name: "Lê Phương Dung", userId: reporter.id });
    expect(mine.monthChoices).toEqual([today, "2025-04", "2025-03"]);
    expect(mine.months.map((m) => [m.month, m.status])).toEqual([
      [today, "open"],
      ["2025-04", "open"],
      ["2025-03", "closed"],
    ]);
    const closed = mine.months[2]!;
    expect(closed.lines.map((l) => [l.title, l.kindName, l.gradeHundredths, l.share, l.amount, l.role])).toEqual([
      ["Phóng sự vùng biên", "Phóng sự", 1250, 60, 1_755_000, "author"], // 12,5 × 60 % × 234.000
      ["Bài đã gỡ", "Tin", 200, 100, 2 * value, "author"],
    ]);
    // A public story links to the paper; one taken down does not.
    expect(closed.lines[0]!.href).toMatch(new RegExp(`^/[a-z0-9-]+/phong-su-vung-bien-${stories.report!.id}$`));
    expect(closed.lines[1]!.href).toBeNull();
    expect(closed.lines[0]!.publishedAt).toEqual(march);
    // Staff are not withheld under the default rule (their salary's tax covers royalties).
    expect(closed).toMatchObject({ total: 1_755_000 + 2 * value, tax: 0, net: 1_755_000 + 2 * value, taxRule: { final: true, staff: false } });
  });

  it("shows a late change as an adjustment pointing at the month it corrects", async () => {
    const mine = await listMyRoyalties(db(), reporter, { month: today });
    expect(mine.months).toHaveLength(1);
    const [line] = mine.months[0]!.lines;
    expect(line).toMatchObject({ title: "Bài đã gỡ", gradeHundredths: 50, amount: value / 2, adjustsMonth: "2025-03" });
    expect(line!.adjustsLineId).not.toBeNull();
  });

  it("filters by one month, and shows nothing for a month without lines", async () => {
    const april = await listMyRoyalties(db(), reporter, { month: "2025-04" });
    expect(april.months.map((m) => m.month)).toEqual(["2025-04"]);
    expect(april.months[0]!.lines.map((l) => l.title)).toEqual(["Tin tháng Tư"]);
    expect(april.monthChoices).toHaveLength(3);
    expect((await listMyRoyalties(db(), reporter, { month: "2024-01" })).months).toEqual([]);
  });

  it("says what is paid, line by line and for the month", async () => {
    // The collaborator sharing the report is paid first: nothing of the reporter's is.
    expect(await markPaid(db(), accountant, { month: "2025-03", payeeIds: [collaboratorId], paidOn: "05/04/2025" })).toMatchObject({ ok: true });
    const mine = await listMyRoyalties(db(), reporter, { month: "2025-03" });
    expect(mine.months[0]).toMatchObject({ paid: 0, paidAt: null });
    const [first] = mine.months[0]!.lines;
    expect(await markPaid(db(), accountant, { month: "2025-03", lineIds: [first!.id], paidOn: "06/04/2025" })).toMatchObject({ ok: true });
    const part = (await listMyRoyalties(db(), reporter, { month: "2025-03" })).months[0]!;
    expect(part).toMatchObject({ paid: 1_755_000, unpaid: 2 * value, paidAt: null });
    expect(part.lines[0]!.paidAt?.toISOString()).toBe("2025-04-06T12:00:00.000Z");
    expect(await markPaid(db(), accountant, { month: "2025-03", payeeIds: [mine.payee!.id], paidOn: "08/04/2025" })).toMatchObject({ ok: true });
    const all = (await listMyRoyalties(db(), reporter, { month: "2025-03" })).months[0]!;
    expect(all).toMatchObject({ paid: all.net, unpaid: 0 });
    expect(all.paidAt?.toISOString()).toBe("2025-04-08T12:00:00.000Z");
  });
});

describe("the statement of a payee", () => {
  it("withholds a collaborator's tax under the closed month's frozen rule, an open month's under today's", async () => {
    // Cài đặt changes after March closed: 20 % from 1.000.000 đ.
    await storeRoyaltySettings(db(), { ...defaultRoyaltySettings, taxRate: 2000, taxThreshold: 1_000_000 }, chief.id);
    const march = await statementOf(db(), collaboratorId, "2025-03");
    expect(march!.payee).toMatchObject({ name: "Hoàng Đức Hải", kind: "collaborator", userId: null, penNames: ["ĐỨC HẢI"] });
    const amount = 1_170_000; // 12,5 × 40 % × 234.000
    // Under 2.000.000 đ, the threshold of the day it closed: nothing withheld.
    expect(march!.month).toMatchObject({
      status: "closed",
      total: amount,
      tax: 0,
      net: amount,
      paid: amount,
      taxRule: { rate: 1000, threshold: 2_000_000, final: true },
    });
    expect(march!.month.lines[0]!.paidAt?.toISOString()).toBe("2025-04-05T12:00:00.000Z");

    const story = await makeStory(db(), { status: "published", author: reporter, publishedAt: april, title: "Phỏng vấn cộng tác viên" });
    expect(
      await gradeWork(db(), chief, { storyId: story.id, kindCode: "phong_van", grade: "6", authors: [{ person: { payeeId: collaboratorId }, share: 100 }] }),
    ).toMatchObject({ ok: true });
    const open = await statementOf(db(), collaboratorId, "2025-04");
    // 6 × 234.000 = 1.404.000 đ, over today's threshold: 20 % withheld, not yet final.
    expect(open!.month).toMatchObject({ status: "open", total: 1_404_000, tax: 280_800, net: 1_123_200, taxRule: { rate: 2000, final: false } });
    await db().delete(siteSettings).where(eq(siteSettings.key, "royalty"));
  });

  it("defaults to the payee's newest month, carries the paper's name and address, and is null for no payee", async () => {
    const statement = await statementOf(db(), collaboratorId);
    expect(statement!.month.month).toBe("2025-04");
    expect(statement!.monthChoices).toEqual(["2025-04", "2025-03"]);
    expect(statement!.paper.name).toBeTruthy();
    expect(statement!.paper.address).toBeTruthy();
    expect(await statementOf(db(), 999_999)).toBeNull();
    const empty = await statementOf(db(), collaboratorId, "2024-01");
    expect(empty!.month).toMatchObject({ month: "2024-01", status: "open", lines: [], total: 0, paidAt: null });
  });

  it("is read by kế toán, the approver, those who manage payees and admins, and by the owner their own", async () => {
    const [own] = await db().select().from(payees).where(eq(payees.userId, reporter.id));
    const collaborator = { userId: null };
    const admin = await makePerson(db(), "admin");
    const plainChief = await makePerson(db(), "chief_editor");
    const grader = { ...(await makePerson(db(), "editor")), grants: ["royalty.grade" as const] };
    const approver = { ...(await makePerson(db(), "chief_editor")), grants: ["royalty.approve" as const] };
    for (const status of ["open", "approved", "closed"] as const) {
      expect(mayReadStatement(reporter, own!, status)).toBe(true);
      expect(mayReadStatement(other, own!, status)).toBe(false);
      expect(mayReadStatement(reporter, collaborator, status)).toBe(false);
      expect(mayReadStatement(plainChief, collaborator, status)).toBe(false);
      for (const allowed of [accountant, approver, grader, admin]) expect(mayReadStatement(allowed, collaborator, status)).toBe(true);
    }
    await expect(readStatement(db(), other, own!.id)).rejects.toThrow();
    await expect(readStatement(db(), other, 999_999)).rejects.toThrow();
    expect(await readStatement(db(), accountant, 999_999)).toBeNull();
    expect((await readStatement(db(), reporter, own!.id, "2025-03"))!.month.lines).toHaveLength(2);
  });
});

describe("words and numbers", () => {
  it("writes months and đồng the Vietnamese way, and reads only well-formed months from an address", () => {
    expect(monthLabel("2026-12")).toBe("12/2026");
    expect(formatDong(1_404_000)).toBe("1.404.000 đ");
    expect(formatDong(-117_000)).toBe("-117.000 đ");
    expect(monthParam("2026-12")).toBe("2026-12");
    for (const bad of ["2026-13", "12/2026", "", undefined, ["2026-12"]]) expect(monthParam(bad)).toBeNull();
  });

  it("writes a sum in words as a payment slip does", () => {
    expect(
      [0, 5, 15, 21, 24, 105, 110, 1_011, 10_000, 1_404_000, 1_123_200, 2_005_000, 1_000_001, 35_555_555, 1_000_000_000, -117_000].map(dongInWords),
    ).toEqual([
      "Không đồng",
      "Năm đồng",
      "Mười lăm đồng",
      "Hai mươi mốt đồng",
      "Hai mươi tư đồng",
      "Một trăm linh năm đồng",
      "Một trăm mười đồng",
      "Một nghìn không trăm mười một đồng",
      "Mười nghìn đồng",
      "Một triệu bốn trăm linh bốn nghìn đồng",
      "Một triệu một trăm hai mươi ba nghìn hai trăm đồng",
      "Hai triệu không trăm linh năm nghìn đồng",
      "Một triệu không trăm linh một đồng",
      "Ba mươi lăm triệu năm trăm năm mươi lăm nghìn năm trăm năm mươi lăm đồng",
      "Một tỷ đồng",
      "Âm một trăm mười bảy nghìn đồng",
    ]);
  });
});
