// Grading a work and the month's life, on a real database: amounts by the one rounding rule, shares,
// photos, thù lao, refusals that change nothing, and a closed month that never changes again — a
// late change is an adjustment in the open month pointing at the line it corrects.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { auditLog, media, payees, royaltyLines, royaltyWorks, type Story } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { gradeWork, settleWorkMonth } from "./grading";
import { approveMonth, closeMonth, markPaid, unapproveMonth } from "./month";
import { monthOf } from "./months";
import { defaultRoyaltySettings, pointValue } from "./settings";

let handle: DatabaseHandle;
let grader: Actor;
let approver: Actor;
let accountant: Actor;
let plainChief: Actor;
let reporter: Actor;
let second: Actor;
let photographer: Actor;
let editor: Actor;
const value = pointValue(defaultRoyaltySettings); // 234.000 đ
const october = new Date("2026-10-15T03:00:00Z");

async function photo(by: Actor): Promise<number> {
  const [row] = await handle.db
    .insert(media)
    .values({
      storageKey: `2026/10/${by.id}/original.jpg`,
      mimeType: "image/jpeg",
      originalName: "anh.jpg",
      size: 1000,
      width: 960,
      height: 640,
      uploadedById: by.id,
      credit: by.penName,
    })
    .returning();
  return row!.id;
}

const errorOf = (result: { ok: boolean; error?: string }) => (result.ok ? "" : (result.error ?? ""));

async function linesOf(story: Story) {
  return handle.db.select().from(royaltyLines).where(eq(royaltyLines.storyId, story.id)).orderBy(royaltyLines.id);
}

beforeAll(async () => {
  handle = await openTestDatabase();
  const chief = await makePerson(handle.db, "chief_editor");
  grader = { ...chief, grants: ["royalty.grade"] };
  plainChief = await makePerson(handle.db, "chief_editor");
  approver = { ...(await makePerson(handle.db, "chief_editor")), grants: ["royalty.approve"] };
  accountant = { ...(await makePerson(handle.db, "reporter")), grants: ["royalty.accounting"] };
  [reporter, second, photographer, editor] = await Promise.all([
    makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" }),
    makePerson(handle.db, "reporter", { name: "Trần Minh Đức", penName: "MINH ĐỨC" }),
    makePerson(handle.db, "reporter", { name: "Lê Văn Ảnh", penName: "VĂN ẢNH" }),
    makePerson(handle.db, "editor"),
  ]);
});
afterAll(async () => handle?.close());

describe("grading a work", () => {
  it("writes one line per author share, photo and thù lao, each rounded once, in the month of first publication", async () => {
    const cover = await photo(photographer);
    const story = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: october, coverMediaId: cover });
    const result = await gradeWork(handle.db, grader, {
      storyId: story.id,
      kindCode: "phong_su",
      grade: "12,5",
      note: "Phóng sự dài kỳ",
      authors: [
        { person: { userId: reporter.id }, share: 67 },
        { person: { userId: second.id }, share: 33 },
      ],
      photos: [{ mediaId: cover, person: { userId: photographer.id }, grade: "3" }],
      remuneration: [{ person: { userId: editor.id }, kindCode: "bien_tap", grade: "1,5", note: "" }],
    });
    expect(result).toMatchObject({ ok: true, data: { month: "2026-10", linesMonth: "2026-10", adjusted: false } });
    const lines = await linesOf(story);
    expect(lines.map((l) => [l.role, l.kindName, l.gradeHundredths, l.share, l.amount])).toEqual([
      ["author", "Phóng sự", 1250, 67, 1_959_750], // 12,5 × 67 % × 234.000
      ["author", "Phóng sự", 1250, 33, 965_250],
      ["photo", "Ảnh", 300, 100, 702_000],
      ["remuneration", "Biên tập", 150, 100, 351_000],
    ]);
    expect(lines.every((l) => l.month === "2026-10" && l.pointValue === value)).toBe(true);
    // Each account became a staff payee once.
    const staff = await handle.db.select().from(payees).where(eq(payees.userId, reporter.id));
    expect(staff).toMatchObject([{ kind: "staff", name: "Nguyễn Thu Hà", penNames: ["THU HÀ"] }]);
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "royalty.grade"), eq(auditLog.entityId, String(story.id))));
    expect(audit).toMatchObject({ actorId: grader.id, entityType: "story" });
  });

  it("refuses a grade outside its kind's range, shares not adding to 100, a photo not in the story — and changes nothing", async () => {
    const story = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: october });
    const base = { storyId: story.id, kindCode: "tin", grade: "2", authors: [{ person: { userId: reporter.id }, share: 100 }] };
    const outOfRange = await gradeWork(handle.db, grader, { ...base, grade: "10,5" });
    expect(outOfRange).toMatchObject({ ok: false, code: "invalid", error: "Hệ số của Tin phải từ 1 đến 10." });
    const shares = await gradeWork(handle.db, grader, { ...base, authors: [{ person: { userId: reporter.id }, share: 60 }] });
    expect(errorOf(shares)).toContain("100%, hiện là 60%");
    const notUsed = await gradeWork(handle.db, grader, {
      ...base,
      photos: [{ mediaId: await photo(photographer), person: { userId: photographer.id }, grade: "2" }],
    });
    expect(notUsed).toMatchObject({ ok: false, error: "Ảnh này không có trong bài." });
    expect(await gradeWork(handle.db, grader, { ...base, grade: "2,555" })).toMatchObject({ ok: false, code: "invalid" });
    expect(errorOf(await gradeWork(handle.db, grader, { ...base, kindCode: "bien_tap" }))).toContain("không có trong Cài đặt");
    expect(await linesOf(story)).toEqual([]);
    expect(await handle.db.select().from(royaltyWorks).where(eq(royaltyWorks.storyId, story.id))).toEqual([]);
  });

  it("needs the grant, and the grant never opens a story its holder may not see or a draft", async () => {
    const story = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: october });
    const input = { storyId: story.id, kindCode: "tin", grade: "2", authors: [{ person: { userId: reporter.id }, share: 100 }] };
    expect(await gradeWork(handle.db, plainChief, input)).toMatchObject({ ok: false, code: "forbidden" });
    const reporterGrader = { ...second, grants: ["royalty.grade" as const] };
    expect(await gradeWork(handle.db, reporterGrader, input)).toMatchObject({ ok: false, code: "not_found" });
    const draft = await makeStory(handle.db, { status: "draft", author: reporter });
    expect(await gradeWork(handle.db, { ...reporter, grants: ["royalty.grade"] }, { ...input, storyId: draft.id })).toMatchObject({
      ok: false,
      code: "invalid_state",
    });
  });
});

describe("the month's life", () => {
  it("an approved month refuses grading until reopened; a closed month is frozen and a late change is an adjustment", async () => {
    const month = "2026-09";
    const story = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: new Date("2026-09-10T03:00:00Z") });
    const grade = (g: string, authors = [{ person: { userId: reporter.id }, share: 100 }]) =>
      gradeWork(handle.db, grader, { storyId: story.id, kindCode: "bai", grade: g, authors });
    expect(await grade("6")).toMatchObject({ ok: true });
    expect(await grade("8")).toMatchObject({ ok: true }); // open: replaced, not added
    expect((await linesOf(story)).map((l) => l.amount)).toEqual([8 * value]);

    expect(await approveMonth(handle.db, grader, { month })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await approveMonth(handle.db, approver, { month })).toMatchObject({ ok: true, data: { status: "approved" } });
    expect(await grade("9")).toMatchObject({ ok: false, code: "invalid_state", error: "Tháng 09/2026 đã được duyệt: bỏ duyệt trước khi sửa." });
    expect(
      await gradeWork(handle.db, plainChief, { storyId: story.id, kindCode: "bai", grade: "9", authors: [{ person: { userId: reporter.id }, share: 100 }] }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await markPaid(handle.db, accountant, { month, payeeIds: [1] })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await unapproveMonth(handle.db, approver, { month })).toMatchObject({ ok: true, data: { status: "open" } });
    expect(await closeMonth(handle.db, approver, { month })).toMatchObject({ ok: false, code: "forbidden" }); // approve first
    await approveMonth(handle.db, approver, { month });
    expect(await closeMonth(handle.db, approver, { month })).toMatchObject({ ok: true, data: { status: "closed" } });

    const frozen = await linesOf(story);
    // Split between two authors after the close: both differences go to today's open month.
    const later = await grade("10", [
      { person: { userId: reporter.id }, share: 50 },
      { person: { userId: second.id }, share: 50 },
    ]);
    const today = monthOf(new Date(), "Asia/Ho_Chi_Minh");
    expect(later).toMatchObject({ ok: true, data: { month, linesMonth: today, adjusted: true } });
    const lines = await linesOf(story);
    expect(lines.slice(0, frozen.length)).toEqual(frozen);
    const adjustments = lines.filter((l) => l.month === today);
    expect(adjustments.map((l) => [l.payeeId === frozen[0]!.payeeId, l.gradeHundredths, l.share, l.amount, l.adjustsLineId])).toEqual([
      [true, 200, 50, 5 * value - 8 * value, frozen[0]!.id], // now 10 × 50 %, was 8 × 100 %
      [false, 1000, 50, 5 * value, null],
    ]);
    // Graded again the same day: the open month's adjustments are replaced, never stacked.
    await grade("10", [
      { person: { userId: reporter.id }, share: 50 },
      { person: { userId: second.id }, share: 50 },
    ]);
    expect((await linesOf(story)).filter((l) => l.month === today)).toHaveLength(2);
    // Back to the frozen grade: nothing left to adjust.
    await grade("8");
    expect((await linesOf(story)).filter((l) => l.month === today)).toEqual([]);

    // Paying: only the accountant, only a closed month.
    const paid = await markPaid(handle.db, accountant, { month, lineIds: [frozen[0]!.id], paidOn: "05/10/2026" });
    expect(paid).toMatchObject({ ok: true, data: { paid: 1, paidOn: "05/10/2026" } });
    expect(await markPaid(handle.db, grader, { month, lineIds: [frozen[0]!.id] })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await markPaid(handle.db, accountant, { month, lineIds: [frozen[0]!.id], paidOn: "31/02/2026" })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("a work graded before publication moves to its publication month while both are open", async () => {
    const story = await makeStory(handle.db, { status: "scheduled", author: reporter, publishedAt: new Date("2027-01-02T01:00:00Z") });
    await gradeWork(handle.db, grader, { storyId: story.id, kindCode: "tin", grade: "2", authors: [{ person: { userId: reporter.id }, share: 100 }] });
    expect((await linesOf(story))[0]!.month).toBe("2027-01");
    await settleWorkMonth(handle.db, story.id, new Date("2027-02-01T01:00:00Z"), "Asia/Ho_Chi_Minh");
    expect((await linesOf(story))[0]!.month).toBe("2027-02");
    const [work] = await handle.db.select().from(royaltyWorks).where(eq(royaltyWorks.storyId, story.id));
    expect(work!.month).toBe("2027-02");
  });
});
