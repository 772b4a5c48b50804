// A story's kind (issue 18): Tin / Bài or Thông báo, chosen while writing, saved like any other
// field, deciding what submission requires, and fixed once the story has been published.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories, storyRevisions, type Story } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { restoreRevision } from "@/lib/revisions/commands";
import { correctStory, requiredForSubmission, submitStory } from "@/lib/workflow/commands";
import { bodyFromBlocks } from "./body";
import { createStory, saveStory } from "./commands";
import { getStoryForEditing } from "./editor-queries";
import { kindChoices, kindFixed, kindOf, kindRules } from "./kinds";
import { emptyStoryFields, storyFieldsSchema, type StoryFields } from "./schemas";

let handle: DatabaseHandle;
let reporter: Actor;
let editor: Actor;
let chief: Actor;
let sectionId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  reporter = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
  editor = await makePerson(handle.db, "editor");
  chief = await makePerson(handle.db, "chief_editor");
  ({ id: sectionId } = await makeSection(handle.db, { slug: "thong-bao", name: "Thông báo" }));
});
afterAll(async () => handle?.close());

const notice = (over: Partial<StoryFields> = {}): StoryFields => ({
  ...emptyStoryFields("BBT"),
  kind: "notice",
  title: "Thông báo tuyển dụng phóng viên năm 2026",
  body: bodyFromBlocks([{ type: "paragraph", text: "Báo Lạng Sơn thông báo tuyển dụng 02 phóng viên làm việc tại Ban Thời sự." }]),
  sectionId,
  ...over,
});

const row = async (id: number): Promise<Story> => (await handle.db.select().from(stories).where(eq(stories.id, id)))[0]!;

async function draft(fields: Partial<StoryFields>) {
  const created = await createStory(handle.db, reporter, fields);
  if (!created.ok) throw new Error(created.error);
  return created.data;
}

describe("the kinds' rules", () => {
  it("offers Tin / Bài first, the multimedia kinds, then Thông báo; a notice alone needs no sapo", () => {
    expect(kindChoices).toEqual(["article", "photo", "video", "audio", "emagazine", "infographic", "notice"]);
    for (const kind of kindChoices) if (kind !== "notice") expect(kindRules[kind].requires).toContain("sapo");
    expect(kindRules.article.requires).toContain("sapo");
    expect(kindRules.notice.requires).not.toContain("sapo");
    expect(kindRules.notice.requires).toEqual(["title", "body", "byline", "sectionId"]);
  });

  it("reads an unknown stored kind as an article, and fixes the kind from publication on", () => {
    expect(kindOf("notice")).toBe("notice");
    expect(kindOf("podcast")).toBe("article");
    expect(kindOf(null)).toBe("article");
    expect(["draft", "submitted", "in_review", "approved", "scheduled"].map((s) => kindFixed(s as Story["status"]))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(kindFixed("published")).toBe(true);
    expect(kindFixed("unpublished")).toBe(true);
  });

  it("names what a story lacks by its kind", () => {
    const base = { title: "Tiêu đề", sapo: " ", bodyText: "Nội dung", byline: ["BBT"], sectionId: 1 } as Story;
    expect(requiredForSubmission({ ...base, kind: "article" })).toEqual(["sapo"]);
    expect(requiredForSubmission({ ...base, kind: "notice" })).toEqual([]);
    expect(requiredForSubmission({ ...base, kind: "notice", title: "", bodyText: "" })).toEqual(["title", "body"]);
  });

  it("refuses a save that leaves the kind out rather than turning a notice into an article", () => {
    const { kind: _omitted, ...withoutKind } = notice();
    expect(storyFieldsSchema.safeParse(withoutKind).success).toBe(false);
    expect(storyFieldsSchema.safeParse({ ...notice(), kind: "podcast" }).success).toBe(false);
  });
});

describe("choosing the kind while writing", () => {
  it("starts as Tin / Bài, and a save changes it; the editor reads it back", async () => {
    const created = await draft({ title: "Thông báo về lịch tiếp công dân" });
    expect((await row(created.id)).kind).toBe("article");

    const saved = await saveStory(handle.db, reporter, {
      id: created.id,
      baseVersion: created.version,
      fields: notice({ title: "Thông báo về lịch tiếp công dân" }),
    });
    expect(saved.ok).toBe(true);
    expect((await row(created.id)).kind).toBe("notice");
    const editable = await getStoryForEditing(handle.db, reporter, created.id);
    expect(editable!.fields.kind).toBe("notice");
  });

  it("a notice without a sapo is submitted; switched back to Tin / Bài, submission names the sapo", async () => {
    const created = await draft(notice());
    const submitted = await submitStory(handle.db, reporter, { id: created.id, version: created.version });
    expect(submitted).toMatchObject({ ok: true, data: { status: "submitted" } });

    const other = await draft(notice({ title: "Thông báo nghỉ Tết Nguyên đán" }));
    const saved = await saveStory(handle.db, reporter, {
      id: other.id,
      baseVersion: other.version,
      fields: notice({ kind: "article", title: "Thông báo nghỉ Tết Nguyên đán" }),
    });
    if (!saved.ok) throw new Error(saved.error);
    const refused = await submitStory(handle.db, reporter, { id: other.id, version: saved.data.version });
    expect(refused).toMatchObject({ ok: false, code: "incomplete", details: { missing: ["sapo"] } });
    expect(refused.ok ? "" : refused.error).toBe("Chưa gửi được: bài còn thiếu Sapo.");
    expect((await row(other.id)).status).toBe("draft");
  });

  it("a restore puts old words back into today's kind", async () => {
    const story = await makeStory(handle.db, { ...notice(), status: "in_review", author: reporter, holder: editor, sectionId });
    // In review every save keeps the version it replaces: here the one without a sapo.
    const first = await saveStory(handle.db, editor, { id: story.id, baseVersion: story.version, fields: notice({ sapo: "– Sapo thêm vào." }) });
    if (!first.ok) throw new Error(first.error);
    const [kept] = await handle.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id));
    const restored = await restoreRevision(handle.db, editor, { storyId: story.id, revisionId: kept!.id, baseVersion: first.data.version });
    expect(restored.ok).toBe(true);
    expect(await row(story.id)).toMatchObject({ kind: "notice", sapo: "" });
  });
});

describe("after publication", () => {
  it("the chief may still change the kind of a scheduled story", async () => {
    const story = await makeStory(handle.db, { ...notice(), status: "scheduled", author: reporter, chief, sectionId });
    const saved = await saveStory(handle.db, chief, { id: story.id, baseVersion: story.version, fields: notice({ kind: "article", sapo: "– Có sapo." }) });
    expect(saved.ok).toBe(true);
    expect((await row(story.id)).kind).toBe("article");
  });

  it("a correction may not change the kind: refused in Vietnamese, nothing written", async () => {
    const story = await makeStory(handle.db, { ...notice(), status: "published", author: reporter, chief, sectionId });
    const before = await row(story.id);
    const refused = await correctStory(handle.db, chief, {
      id: story.id,
      baseVersion: story.version,
      fields: notice({ kind: "article", sapo: "– Thêm sapo." }),
      notice: null,
    });
    expect(refused).toMatchObject({ ok: false, code: "invalid_state", details: { field: "kind" } });
    expect(refused.ok ? "" : refused.error).toBe("Không đổi được loại bài: bài đã xuất bản thì giữ loại bài như bạn đọc đã thấy.");
    expect(await row(story.id)).toEqual(before);

    // The same correction keeping the kind goes through.
    const corrected = await correctStory(handle.db, chief, {
      id: story.id,
      baseVersion: story.version,
      fields: notice({ title: "Thông báo tuyển dụng (sửa)" }),
      notice: null,
    });
    expect(corrected.ok).toBe(true);
    expect(await row(story.id)).toMatchObject({ kind: "notice", title: "Thông báo tuyển dụng (sửa)" });
  });
});
