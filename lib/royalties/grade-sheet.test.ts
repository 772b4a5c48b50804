// The Chấm nhuận bút panel's sheet, on a real database: who sees it, what it suggests for a work
// not graded yet (accounts sharing alike, pen names resolved or left to the grader, photos
// credited to their uploader or their credit's pen name), and what it shows once graded — also
// after a closed month's late change, when the lines are summed back to what is wanted now.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { media, payees, storyAuthors, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "@/lib/stories/body";
import { getGradeSheet, personKeyOf } from "./grade-sheet";
import { gradeWork } from "./grading";
import { approveMonth, closeMonth } from "./month";
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
let twinB: Actor;
let collaborator: number;
const value = pointValue(defaultRoyaltySettings);

async function photo(uploadedById: number | null, credit: string): Promise<number> {
  const [row] = await handle.db
    .insert(media)
    .values({
      storageKey: `2026/10/${uploadedById ?? 0}/${credit.length}-original.jpg`,
      mimeType: "image/jpeg",
      originalName: "anh.jpg",
      size: 1000,
      width: 960,
      height: 640,
      uploadedById,
      credit,
      caption: "Các đại biểu dự hội nghị",
      variants: [{ key: `2026/10/x/${credit.length}-480.webp`, width: 480, height: 320, format: "webp", size: 100 }],
    })
    .returning();
  return row!.id;
}

/** A body holding one library photo as a figure. */
const withFigure = (mediaId: number) =>
  bodyFromBlocks([
    { type: "paragraph", text: "Nội dung." },
    { type: "caption", text: "Ảnh trong bài", credit: "Ảnh: VĂN ĐẠT", photo: { mediaId, src: `/media/${mediaId}.webp` } },
  ]);

beforeAll(async () => {
  handle = await openTestDatabase();
  grader = { ...(await makePerson(handle.db, "chief_editor", { name: "Hoàng Thu Hà" })), grants: ["royalty.grade"] };
  plainChief = await makePerson(handle.db, "chief_editor");
  approver = { ...(await makePerson(handle.db, "chief_editor")), grants: ["royalty.approve"] };
  accountant = { ...(await makePerson(handle.db, "editor")), grants: ["royalty.accounting"] };
  [reporter, second, photographer, , twinB] = await Promise.all([
    makePerson(handle.db, "reporter", { name: "Lê Phương Dung", penName: "PHƯƠNG DUNG" }),
    makePerson(handle.db, "reporter", { name: "Trần Minh Đức", penName: "MINH ĐỨC" }),
    makePerson(handle.db, "reporter", { name: "Lê Văn Ảnh", penName: "VĂN ẢNH" }),
    makePerson(handle.db, "reporter", { name: "Nguyễn Ngọc Anh", penName: "NGỌC ANH" }),
    makePerson(handle.db, "editor", { name: "Đỗ Ngọc Anh", penName: "NGỌC ANH" }),
  ]);
  // A collaborator without an account, known by the pen name a photo credit gives.
  const [row] = await handle.db
    .insert(payees)
    .values({ kind: "collaborator", name: "Hoàng Văn Đạt", penNames: ["VĂN ĐẠT"], penNameKeys: ["van-dat"] })
    .returning();
  collaborator = row!.id;
});
afterAll(async () => handle?.close());

describe("who sees the sheet", () => {
  it("only a holder of a royalty grant, on a story they may see, approved or later", async () => {
    const published = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: new Date("2026-10-15T03:00:00Z") });
    expect(await getGradeSheet(handle.db, plainChief, published.id)).toBeNull();
    expect(await getGradeSheet(handle.db, grader, published.id)).toMatchObject({ mayGrade: true });
    // Approving and accounting read it; they do not grade.
    expect(await getGradeSheet(handle.db, approver, published.id)).toMatchObject({ mayGrade: false });
    expect(await getGradeSheet(handle.db, accountant, published.id)).toMatchObject({ mayGrade: false });
    // A grant never opens a story its holder may not see, nor a story still being written.
    const other = { ...second, grants: ["royalty.grade" as const] };
    expect(await getGradeSheet(handle.db, other, published.id)).toBeNull();
    const reportingAccountant = { ...(await makePerson(handle.db, "reporter")), grants: ["royalty.accounting" as const] };
    expect(await getGradeSheet(handle.db, reportingAccountant, published.id)).toBeNull();
    const inReview = await makeStory(handle.db, { status: "in_review", author: reporter });
    expect(await getGradeSheet(handle.db, grader, inReview.id)).toBeNull();
    const approved = await makeStory(handle.db, { status: "approved", author: reporter });
    expect(await getGradeSheet(handle.db, grader, approved.id)).toMatchObject({ month: monthOf(new Date(), "Asia/Ho_Chi_Minh"), monthStatus: "open" });
    expect(await getGradeSheet(handle.db, grader, 999_999)).toBeNull();
  });
});

describe("a work not graded yet", () => {
  it("suggests the kind and grade, the accounts sharing alike, pen names resolved or listed, and each photo's person", async () => {
    const cover = await photo(photographer.id, "VĂN ẢNH");
    const figure = await photo(null, "Ảnh: VĂN ĐẠT");
    const story = await makeStory(handle.db, {
      status: "published",
      author: reporter,
      publishedAt: new Date("2026-08-31T18:30:00Z"), // 1 September in Vietnam
      byline: ["PHƯƠNG DUNG", "MINH ĐỨC", "PV", "NGỌC ANH", "THANH TÂM"],
      coverMediaId: cover,
      body: withFigure(figure),
    });
    const sheet = (await getGradeSheet(handle.db, grader, story.id))!;
    expect(sheet).toMatchObject({
      storyId: story.id,
      status: "published",
      month: "2026-09",
      monthStatus: "open",
      adjustmentMonth: null,
      mayGrade: true,
      pointValue: value,
      suggested: { kindCode: "bai", grade: 600 },
      saved: null,
    });
    expect(sheet.kinds.work.map((k) => k.name)).toEqual([
      "Tin",
      "Bài",
      "Phóng sự",
      "Phỏng vấn",
      "Ảnh",
      "Phóng sự ảnh",
      "Video",
      "Âm thanh / Podcast",
      "E-magazine",
      "Ảnh đồ họa",
    ]);
    expect(sheet.kinds.remuneration.map((k) => k.code)).toEqual(["bien_tap", "cung_cap_tin"]);
    expect(sheet.kinds.photo).toMatchObject({ code: "anh", min: 100, max: 1000, suggested: 200 });
    // The account credited with the story, and MINH ĐỨC whom the byline names alone: 50 % each.
    expect(sheet.suggestedAuthors).toEqual([
      { person: { userId: reporter.id }, share: 50 },
      { person: { userId: second.id }, share: 50 },
    ]);
    expect(sheet.penNames.map((p) => [p.penName, p.status, p.candidates.map((c) => c.name)])).toEqual([
      ["PHƯƠNG DUNG", "resolved", ["Lê Phương Dung"]],
      ["MINH ĐỨC", "resolved", ["Trần Minh Đức"]],
      ["PV", "shared", []],
      ["NGỌC ANH", "ambiguous", ["Đỗ Ngọc Anh", "Nguyễn Ngọc Anh"]],
      ["THANH TÂM", "unknown", []],
    ]);
    // The cover goes to whoever uploaded it; the figure, uploaded by nobody, to its credit's pen name.
    expect(sheet.photos).toEqual([
      {
        mediaId: cover,
        caption: "Các đại biểu dự hội nghị",
        credit: "VĂN ẢNH",
        src: expect.stringMatching(/^\/media\//) as unknown,
        suggestedPerson: { userId: photographer.id },
        suggestedGrade: 200,
      },
      {
        mediaId: figure,
        caption: "Các đại biểu dự hội nghị",
        credit: "Ảnh: VĂN ĐẠT",
        src: expect.any(String) as unknown,
        suggestedPerson: { payeeId: collaborator },
        suggestedGrade: 200,
      },
    ]);
    // Everyone to pick from: accounts and the collaborator without one, in Vietnamese order.
    const names = sheet.people.map((p) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    expect(sheet.people.find((p) => p.key === `p${collaborator}`)).toMatchObject({ name: "Hoàng Văn Đạt", penNames: ["VĂN ĐẠT"], kind: "collaborator" });
    expect(sheet.people.find((p) => p.key === personKeyOf({ userId: reporter.id }))).toMatchObject({ penNames: ["PHƯƠNG DUNG"], kind: "staff" });
  });

  it("gives a notice's kind its own default, and leaves out people who left", async () => {
    const gone = await makePerson(handle.db, "reporter", { name: "Người Đã Nghỉ", active: false });
    const story = await makeStory(handle.db, { status: "scheduled", kind: "notice", author: reporter, publishedAt: new Date("2026-11-20T01:00:00Z") });
    await handle.db.insert(storyAuthors).values({ storyId: story.id, userId: second.id, position: 1 });
    const sheet = (await getGradeSheet(handle.db, grader, story.id))!;
    expect(sheet).toMatchObject({ month: "2026-11", suggested: { kindCode: "tin", grade: 200 } });
    expect(sheet.suggestedAuthors).toEqual([
      { person: { userId: reporter.id }, share: 50 },
      { person: { userId: second.id }, share: 50 },
    ]);
    expect(sheet.people.some((p) => p.key === `u${gone.id}`)).toBe(false);
  });
});

describe("a graded work", () => {
  it("shows the saved kind, grade, note, shares, photos and thù lao, with who graded it and when", async () => {
    const cover = await photo(photographer.id, "VĂN ẢNH");
    const story = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: new Date("2026-10-03T03:00:00Z"), coverMediaId: cover });
    const graded = await gradeWork(handle.db, grader, {
      storyId: story.id,
      kindCode: "phong_su",
      grade: "12,5",
      note: "Phóng sự dài kỳ",
      authors: [
        { person: { userId: reporter.id }, share: 60 },
        { person: { payeeId: collaborator }, share: 40 },
      ],
      photos: [{ mediaId: cover, person: { userId: photographer.id }, grade: "3" }],
      remuneration: [{ person: { userId: twinB.id }, kindCode: "bien_tap", grade: "1,5", note: "Biên tập" }],
    });
    expect(graded).toMatchObject({ ok: true });
    const sheet = (await getGradeSheet(handle.db, grader, story.id))!;
    expect(sheet).toMatchObject({ month: "2026-10", monthStatus: "open", mayGrade: true });
    expect(sheet.saved).toEqual({
      kindCode: "phong_su",
      grade: 1250,
      note: "Phóng sự dài kỳ",
      authors: [
        { person: { userId: reporter.id }, share: 60 },
        { person: { payeeId: collaborator }, share: 40 },
      ],
      photos: [{ mediaId: cover, person: { userId: photographer.id }, grade: 300 }],
      remuneration: [{ person: { userId: twinB.id }, kindCode: "bien_tap", grade: 150, note: "Biên tập" }],
      gradedBy: "Hoàng Thu Hà",
      gradedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    });

    // A person paid here who has since left still has a name on the sheet.
    await handle.db.update(users).set({ active: false }).where(eq(users.id, twinB.id));
    const later = (await getGradeSheet(handle.db, grader, story.id))!;
    expect(later.people.find((p) => p.key === `u${twinB.id}`)).toMatchObject({ name: "Đỗ Ngọc Anh", kind: "staff" });
    await handle.db.update(users).set({ active: true }).where(eq(users.id, twinB.id));
  });

  it("in a closed month, shows what is wanted now — the frozen lines and their adjustments summed — and where changes go", async () => {
    const month = "2026-07";
    const story = await makeStory(handle.db, { status: "published", author: reporter, publishedAt: new Date("2026-07-10T03:00:00Z") });
    const grade = (g: string, authors: { person: { userId: number }; share: number }[], kindCode = "bai") =>
      gradeWork(handle.db, grader, { storyId: story.id, kindCode, grade: g, authors });
    expect(await grade("8", [{ person: { userId: reporter.id }, share: 100 }])).toMatchObject({ ok: true });

    expect(await approveMonth(handle.db, approver, { month })).toMatchObject({ ok: true });
    // Approved: the grade is locked for the grader until the month is reopened.
    expect(await getGradeSheet(handle.db, grader, story.id)).toMatchObject({ monthStatus: "approved", mayGrade: false, adjustmentMonth: null });
    expect(await closeMonth(handle.db, approver, { month })).toMatchObject({ ok: true });

    const today = monthOf(new Date(), "Asia/Ho_Chi_Minh");
    expect(await getGradeSheet(handle.db, grader, story.id)).toMatchObject({ monthStatus: "closed", mayGrade: true, adjustmentMonth: today });
    const split = [
      { person: { userId: reporter.id }, share: 50 },
      { person: { userId: second.id }, share: 50 },
    ];
    expect(await grade("10", split)).toMatchObject({ ok: true, data: { adjusted: true, linesMonth: today } });
    const sheet = (await getGradeSheet(handle.db, grader, story.id))!;
    expect(sheet).toMatchObject({ month, monthStatus: "closed", pointValue: value });
    expect(sheet.saved).toMatchObject({ kindCode: "bai", grade: 1000, authors: split });

    // Another kind after the close: the old kind's lines are paid back to nothing and disappear.
    expect(await grade("3", [{ person: { userId: reporter.id }, share: 100 }], "tin")).toMatchObject({ ok: true });
    const changed = (await getGradeSheet(handle.db, grader, story.id))!;
    expect(changed.saved).toMatchObject({ kindCode: "tin", grade: 300, authors: [{ person: { userId: reporter.id }, share: 100 }] });
  });
});
