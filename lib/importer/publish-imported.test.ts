import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { auditLog, media, sections, stories, storyAuthors, storyRevisions, storyTransitions, users } from "@/db/schema";
import { fixturePath } from "@/db/seed/seed";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { makeTestPhoto } from "@/lib/media/test-images";
import { plainText } from "@/lib/stories/body";
import { calendarDateIn, toIsoDate } from "@/lib/text/dateline";
import { slugify } from "@/lib/text/slug";
import { makeDocx } from "./fixtures/make-docx";
import { parseStory, type ParsedStory } from "./parse-story";
import { ImportPublishError, publishImportedStory, resolveImportAuthor, type ImportPublishErrorCode } from "./publish-imported";
import { readStoryBuffer, readStoryFile } from "./read-story-file";

// Photos go to a folder of this test file's own; env() reads DATA_DIR on first use, after this line.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-import-"));
process.env.DATA_DIR = dataDir;

const text = fs.readFileSync(fixturePath, "utf8");
const lines = text.split("\n").filter((l) => l !== "");
const parsed = parseStory(text);
const TITLE = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";
const CAPTION = "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn";

let handle: DatabaseHandle;
let db: Database;
let chiefId: number;
let adminId: number;
let inactiveChiefId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  // An inactive chief editor first: the default author must skip it.
  ({ id: inactiveChiefId } = await makePerson(db, "chief_editor", { email: "cu@toasoan.test", active: false }));
  ({ id: chiefId } = await makePerson(db, "chief_editor", { email: "ThuKy@ToaSoan.test", name: "Hoàng Thu Hà", penName: "THU HÀ" }));
  ({ id: adminId } = await makePerson(db, "admin", { email: "quantri@toasoan.test" }));
});
afterAll(async () => {
  await handle?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function counts() {
  const n = async (table: typeof stories | typeof storyRevisions | typeof storyTransitions | typeof auditLog | typeof sections | typeof storyAuthors) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    stories: await n(stories),
    authors: await n(storyAuthors),
    revisions: await n(storyRevisions),
    transitions: await n(storyTransitions),
    audit: await n(auditLog),
    sections: await n(sections),
  };
}

async function publishError(promise: Promise<unknown>, code: ImportPublishErrorCode): Promise<ImportPublishError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ImportPublishError) {
      expect(err.code).toBe(code);
      expect(err.english).not.toBe("");
      return err;
    }
    throw err;
  }
  throw new Error("expected an ImportPublishError");
}

const publish = (
  story: ParsedStory,
  sectionSlug = "luu-tru",
  extra: { sectionName?: string; now?: Date; source?: string; time?: { hour: number; minute: number } } = {},
) => publishImportedStory(db, { parsed: story, sectionSlug, authorId: chiefId, source: extra.source ?? "seed-article.txt", ...extra });

describe("publishImportedStory with the paper's fixture", () => {
  let id: number;

  it("publishes into a new section, keeping every character", async () => {
    const result = await publish(parsed);
    expect(result).toMatchObject({ created: true, sectionCreated: true, slug: slugify(TITLE) });
    id = result.id;

    const [section] = await db.select().from(sections).where(eq(sections.slug, "luu-tru"));
    expect(section?.name).toBe("Luu Tru");
    const [story] = await db.select().from(stories).where(eq(stories.id, id));
    expect(story).toMatchObject({
      status: "published",
      title: TITLE,
      byline: ["PHƯƠNG DUNG"],
      sectionId: section!.id,
      slug: "phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh-toan-dien",
      createdById: chiefId,
      updatedById: chiefId,
      version: 1,
    });
    expect(`– ${story!.sapo}`).toBe(lines[2]);
    // 06:00 in Vietnam on the date line's day.
    expect(story!.publishedAt?.toISOString()).toBe("2022-07-03T23:00:00.000Z");
    expect(toIsoDate(calendarDateIn(story!.publishedAt!))).toBe("2022-07-04");

    const nodes = story!.body.content;
    expect(nodes).toHaveLength(11);
    // The caption's photo was not brought: the caption stays, as an italic line, never an empty frame.
    expect(nodes[4]).toEqual({ type: "paragraph", content: [{ type: "text", text: CAPTION, marks: [{ type: "italic" }] }] });
    expect(nodes.filter((n) => n.type === "figure")).toHaveLength(0);
    // Every body line of the file, character for character (NBSP and "…" included).
    expect(nodes.map((n) => n.content?.[0]?.text)).toEqual(lines.slice(3, 14));
    expect(story!.bodyText).toBe(lines.slice(3, 14).join("\n\n"));
    expect(story!.bodyText).toContain("trung ương…\u00a0Đồng thời");
    expect(story!.wordCount).toBeGreaterThan(500);

    expect(await db.select().from(storyAuthors).where(eq(storyAuthors.storyId, id))).toEqual([{ storyId: id, userId: chiefId, position: 0 }]);
  });

  it("keeps one import revision, one import transition and the audit rows", async () => {
    const revisions = await db.select().from(storyRevisions).where(eq(storyRevisions.storyId, id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ kind: "import", version: 1, title: TITLE, byline: ["PHƯƠNG DUNG"], tags: [], createdById: chiefId });
    expect(plainText(revisions[0]!.body)).toBe(lines.slice(3, 14).join("\n\n"));

    const transitions = await db.select().from(storyTransitions).where(eq(storyTransitions.storyId, id));
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({ event: "import", fromStatus: null, toStatus: "published", note: "seed-article.txt", actorId: chiefId, version: 1 });

    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "story"), eq(auditLog.entityId, String(id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "story.import", actorId: chiefId, data: { source: "seed-article.txt", sectionSlug: "luu-tru" } });
    const [sectionAudit] = await db.select().from(auditLog).where(eq(auditLog.action, "section.create"));
    expect(sectionAudit).toMatchObject({ entityType: "section", data: { slug: "luu-tru", name: "Luu Tru" } });
  });

  it("skips the same file imported again and writes nothing", async () => {
    const before = await counts();
    expect(await publish(parsed)).toEqual({ id, slug: slugify(TITLE), created: false, sectionCreated: false });
    expect(await counts()).toEqual(before);
  });

  it("reads a .docx of the fixture to the same fields, and knows it is the same story", async () => {
    const docx = await makeDocx(lines);
    const fromDocx = parseStory(await readStoryBuffer("seed-article.docx", docx));
    expect(fromDocx).toEqual(parsed);
    expect(fromDocx.date).toBe("2022-07-04");
    expect(fromDocx.byline).toEqual(["PHƯƠNG DUNG"]);
    expect(fromDocx.body[4]).toEqual({ type: "caption", text: CAPTION });
    const before = await counts();
    expect(await publish(fromDocx, "luu-tru", { source: "seed-article.docx" })).toMatchObject({ id, created: false });
    expect(await counts()).toEqual(before);
  });

  it("imports a story with the same title on another day; the same story filed again elsewhere is still one story", async () => {
    const nextDay = await publish({ ...parsed, date: "2022-07-05" });
    expect(nextDay).toMatchObject({ created: true, sectionCreated: false });
    expect(nextDay.id).not.toBe(id);
    const elsewhere = await publish(parsed, "chinh-tri", { sectionName: "Chính trị" });
    expect(elsewhere).toMatchObject({ id, created: false });
    const [section] = await db.select().from(sections).where(eq(sections.slug, "chinh-tri"));
    expect(section?.name).toBe("Chính trị");
  });

  it("imports two notices of one title, day and section when their texts differ", async () => {
    const notice = (body: string): ParsedStory => ({
      date: "2022-08-01",
      title: "Thông báo",
      sapo: "",
      body: [{ type: "paragraph", text: body }],
      byline: ["BBT"],
      bylineNote: "",
      kind: "notice",
    });
    const first = await publish(notice("Báo Lạng Sơn thông báo lịch nghỉ lễ Quốc khánh 2/9 của tòa soạn."));
    const second = await publish(notice("Báo Lạng Sơn thông báo tuyển dụng phóng viên năm 2022."));
    expect([first.created, second.created]).toEqual([true, true]);
    expect(await publish(notice("Báo Lạng Sơn thông báo tuyển dụng phóng viên năm 2022."))).toMatchObject({ id: second.id, created: false });
  });

  it("puts the photos it is given under the captions, in order, as library photos", async () => {
    const story: ParsedStory = {
      date: "2022-08-02",
      title: "Chợ phiên Đồng Đăng ngày cuối năm",
      sapo: "Chợ phiên đông vui.",
      body: [
        { type: "caption", text: "Người dân mua sắm tại chợ" },
        { type: "caption", text: "Ảnh: THU HÀ" },
        { type: "paragraph", text: "Từ sáng sớm, chợ đã đông người." },
        { type: "caption", text: "Hàng nông sản bày bán" },
        { type: "caption", text: "(Ảnh: MINH ĐỨC)" },
      ],
      byline: ["THU HÀ"],
      bylineNote: "",
      kind: "article",
    };
    const photo = { fileName: "cho-phien.jpg", data: await makeTestPhoto({ width: 1200, height: 800 }) };
    const result = await publishImportedStory(db, { parsed: story, sectionSlug: "luu-tru", authorId: chiefId, source: "cho.txt", photos: [photo] });
    const [row] = await db.select().from(stories).where(eq(stories.id, result.id));
    const [figure, , unmatched] = row!.body.content;
    // The credit line under a caption is its photo's credit, not a second photo.
    expect(figure).toMatchObject({ type: "figure", attrs: { caption: "Người dân mua sắm tại chợ", credit: "THU HÀ" } });
    const [stored] = await db
      .select()
      .from(media)
      .where(eq(media.id, figure!.attrs!.mediaId as number));
    expect(stored).toMatchObject({ caption: "Người dân mua sắm tại chợ", credit: "THU HÀ", originalName: "cho-phien.jpg", uploadedById: chiefId });
    expect(figure!.attrs!.src).toMatch(/^\/media\//);
    // One photo for two captions: the second caption and its credit stay lines of the body.
    const italic = (text: string) => ({ type: "paragraph", content: [{ type: "text", text, marks: [{ type: "italic" }] }] });
    expect(unmatched).toEqual(italic("Hàng nông sản bày bán"));
    expect(row!.body.content.at(-1)).toEqual(italic("Ảnh: MINH ĐỨC"));
    // Again: the same story, and no second copy of its photo in the library.
    const photosBefore = (await db.select({ n: count() }).from(media))[0]!.n;
    const again = await publishImportedStory(db, { parsed: story, sectionSlug: "luu-tru", authorId: chiefId, source: "cho.txt", photos: [photo] });
    expect(again).toMatchObject({ id: result.id, created: false });
    expect((await db.select({ n: count() }).from(media))[0]!.n).toBe(photosBefore);
  });

  it("uses the time of day when the source gives one", async () => {
    const timed = await publish({ ...parsed, date: "2022-07-07" }, "luu-tru", { time: { hour: 8, minute: 30 } });
    const [story] = await db.select({ publishedAt: stories.publishedAt }).from(stories).where(eq(stories.id, timed.id));
    expect(story?.publishedAt?.toISOString()).toBe("2022-07-07T01:30:00.000Z");
  });

  it("creates one story when the same file is imported twice at once", async () => {
    const story = { ...parsed, date: "2022-07-06" };
    const results = await Promise.all([publish(story), publish(story)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0].id).toBe(results[1].id);
  });
});

describe("publishImportedStory refuses", () => {
  it("a story without a date line, writing nothing", async () => {
    const noDate = parseStory(await readStoryFile(new URL("./fixtures/no-dateline.txt", import.meta.url).pathname));
    expect(noDate.date).toBeNull();
    const before = await counts();
    const err = await publishError(publish(noDate, "khong-ngay"), "no-date");
    expect(err.message).toContain("dòng ngày tháng");
    expect(await counts()).toEqual(before);
    expect(await db.select().from(sections).where(eq(sections.slug, "khong-ngay"))).toEqual([]);
  });

  it("a story without a title", async () => {
    await publishError(publish({ ...parsed, title: "  " }), "no-title");
  });

  it("a section given as a name instead of a slug, with a hint", async () => {
    const err = await publishError(publish(parsed, "Chính trị"), "bad-section");
    expect(err.message).toContain('"chinh-tri"');
  });

  it("a date still to come; a story dated today before 06:00 goes up now", async () => {
    const now = new Date("2026-03-10T21:30:00Z"); // 04:30 on 11/03/2026 in Vietnam
    await publishError(publish({ ...parsed, date: "2026-03-12" }, "luu-tru", { now }), "future-date");
    const today = await publish({ ...parsed, date: "2026-03-11" }, "luu-tru", { now });
    const [story] = await db.select({ publishedAt: stories.publishedAt }).from(stories).where(eq(stories.id, today.id));
    expect(story?.publishedAt?.toISOString()).toBe(now.toISOString());
  });

  it("an author who is missing or deactivated", async () => {
    await publishError(publishImportedStory(db, { parsed, sectionSlug: "luu-tru", authorId: 999_999, source: "x.txt" }), "no-author");
    await publishError(publishImportedStory(db, { parsed, sectionSlug: "luu-tru", authorId: inactiveChiefId, source: "x.txt" }), "no-author");
  });
});

describe("resolveImportAuthor", () => {
  it("takes the account of the e-mail, whatever its case", async () => {
    expect(await resolveImportAuthor(db, " thuky@toasoan.TEST ")).toMatchObject({ id: chiefId, role: "chief_editor" });
    expect(await resolveImportAuthor(db, "quantri@toasoan.test")).toMatchObject({ id: adminId, role: "admin" });
  });

  it("refuses an unknown or deactivated e-mail", async () => {
    await publishError(resolveImportAuthor(db, "ai@toasoan.test"), "no-author");
    await publishError(resolveImportAuthor(db, "cu@toasoan.test"), "no-author");
  });

  it("defaults to the first active chief editor, else an admin, else refuses", async () => {
    expect((await resolveImportAuthor(db)).id).toBe(chiefId);
    // Deactivate inside a transaction that the expected error rolls back.
    const withoutChief = db.transaction(async (tx) => {
      await tx.update(users).set({ active: false }).where(eq(users.id, chiefId));
      expect((await resolveImportAuthor(tx)).id).toBe(adminId);
      await tx
        .update(users)
        .set({ active: false })
        .where(inArray(users.id, [chiefId, adminId]));
      await resolveImportAuthor(tx);
    });
    await publishError(withoutChief, "no-author");
    expect((await resolveImportAuthor(db)).id).toBe(chiefId);
  });
});
