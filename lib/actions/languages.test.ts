// Refusals, field errors and notifications in the language of whoever reads them, through the real
// command wrapper against a real database: English for a person who chose English, and for one
// who did not, the Vietnamese words the newsroom (and its browser tests) always had.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { notifications, storyAuthors } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/policy/policy";
import { updateSettings } from "@/lib/settings/commands";
import { bodyFromBlocks } from "@/lib/stories/body";
import { createStory, saveStory } from "@/lib/stories/commands";
import { emptyStoryFields, type StoryFields } from "@/lib/stories/schemas";
import { claimStory, returnStory, submitStory } from "@/lib/workflow/commands";

let handle: DatabaseHandle;
let sectionId: number;
const people: Record<string, Actor> = {};

/** A person whose chosen language is stored, as the session carries it. */
async function person(role: Actor["role"], name: string, locale?: Locale): Promise<Actor> {
  const actor = await makePerson(handle.db, role, { name, ...(locale ? { locale } : {}) });
  return locale ? { ...actor, locale } : actor;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  people.anna = await person("reporter", "Anna Smith", "en");
  people.ha = await person("reporter", "Nguyễn Thu Hà", "vi");
  people.duc = await person("editor", "Minh Đức");
  people.admin = await person("admin", "Quân", "en");
  people.adminVi = await person("admin", "Lan");
  ({ id: sectionId } = await makeSection(handle.db, { slug: "the-gioi", name: "Thế giới" }));
});
afterAll(async () => handle?.close());

const complete = (over: Partial<StoryFields> = {}): StoryFields => ({
  ...emptyStoryFields("ANNA"),
  title: "Hội nghị giao ban",
  sapo: "Chiều nay, hội nghị giao ban diễn ra.",
  body: bodyFromBlocks([{ type: "paragraph", text: "Nội dung." }]),
  sectionId,
  ...over,
});

async function draft(as: Actor, fields: Partial<StoryFields>) {
  const result = await createStory(handle.db, as, fields);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("a refusal", () => {
  it("names what a story lacks in the writer's language, and the fields in details whatever the language", async () => {
    const mine = await draft(people.anna!, { title: "Tin ngắn" });
    const english = await submitStory(handle.db, people.anna!, { id: mine.id, version: mine.version });
    expect(english).toEqual({
      ok: false,
      code: "incomplete",
      error: "Not submitted yet: the story lacks Sapo, Body, Section.",
      details: { missing: ["sapo", "body", "sectionId"] },
    });
    const hers = await draft(people.ha!, { title: "Tin ngắn" });
    const vietnamese = await submitStory(handle.db, people.ha!, { id: hers.id, version: hers.version });
    expect(vietnamese).toMatchObject({ ok: false, code: "incomplete", error: "Chưa gửi được: bài còn thiếu Sapo, Nội dung, Chuyên mục." });
  });

  it("says a move the workflow lacks with the state's name in the reader's language", async () => {
    const story = await draft(people.anna!, complete());
    expect((await submitStory(handle.db, people.anna!, { id: story.id, version: story.version })).ok).toBe(true);
    expect((await claimStory(handle.db, people.duc!, { id: story.id })).ok).toBe(true);
    const dup = await submitStory(handle.db, people.anna!, { id: story.id, version: 3 });
    expect(dup).toMatchObject({ ok: false, code: "invalid_state", error: "A story in “In review” cannot be submitted." });
    const dupVi = await submitStory(handle.db, { ...people.anna!, locale: "vi" }, { id: story.id, version: 3 });
    expect(dupVi).toMatchObject({ ok: false, code: "invalid_state", error: "Không thể gửi duyệt một bài đang ở trạng thái “Đang biên tập”." });
  });

  it("names who changed a story first, in the reader's sentence", async () => {
    const story = await draft(people.anna!, complete());
    expect((await saveStory(handle.db, people.anna!, { id: story.id, baseVersion: 1, fields: complete({ title: "Mới" }) })).ok).toBe(true);
    const stale = await saveStory(handle.db, people.anna!, { id: story.id, baseVersion: 1, fields: complete() });
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: "Anna Smith changed the story after you opened it. Your text is still on your screen." });
    const staleVi = await saveStory(handle.db, { ...people.anna!, locale: "vi" }, { id: story.id, baseVersion: 1, fields: complete() });
    expect(staleVi).toMatchObject({ error: "Bài đã được Anna Smith sửa sau khi bạn mở. Nội dung của bạn vẫn còn trên màn hình." });
  });

  it("comes from the policy in the reader's language", async () => {
    expect(await createStory(handle.db, people.admin!, {})).toMatchObject({ ok: false, code: "forbidden", error: "You are not allowed to do this." });
    expect(await createStory(handle.db, people.adminVi!, {})).toMatchObject({
      ok: false,
      code: "forbidden",
      error: "Bạn không có quyền thực hiện thao tác này.",
    });
    expect(await createStory(handle.db, null, {})).toMatchObject({ ok: false, code: "unauthenticated", error: "Bạn cần đăng nhập lại." });
  });
});

describe("field errors", () => {
  it("say a schema's own message in the reader's language, with its field and bound", async () => {
    const english = await createStory(handle.db, people.anna!, { title: "x".repeat(301) });
    expect(english).toMatchObject({
      ok: false,
      code: "invalid",
      error: "The data is not valid. Title: Title is longer than 300 characters.",
      fieldErrors: { title: "Title is longer than 300 characters." },
    });
    const vietnamese = await createStory(handle.db, people.ha!, { title: "x".repeat(301) });
    expect(vietnamese).toMatchObject({
      error: "Dữ liệu không hợp lệ. Tiêu đề: Tiêu đề dài quá 300 ký tự.",
      fieldErrors: { title: "Tiêu đề dài quá 300 ký tự." },
    });
  });

  it("say zod's own words in the reader's language where a schema has none", async () => {
    const english = await createStory(handle.db, people.anna!, { byline: [""] });
    expect(english).toMatchObject({ ok: false, code: "invalid" });
    expect(!english.ok && english.fieldErrors?.["byline.0"]).toMatch(/^Too small/);
    const vietnamese = await createStory(handle.db, people.ha!, { byline: [""] });
    expect(!vietnamese.ok && vietnamese.fieldErrors?.["byline.0"]).not.toMatch(/^Too small/);
  });

  it("name the settings in the admin's language", async () => {
    expect(await updateSettings(handle.db, people.admin!, { approvalLevels: 7 })).toMatchObject({
      ok: false,
      fieldErrors: { approvalLevels: "Approval levels must be 1, 2 or 3." },
    });
    expect(await updateSettings(handle.db, people.adminVi!, { paperName: "x".repeat(121) })).toMatchObject({
      ok: false,
      fieldErrors: { paperName: "Tên báo dài quá 120 ký tự." },
    });
    expect(await updateSettings(handle.db, people.admin!, { paperName: "x".repeat(121) })).toMatchObject({
      fieldErrors: { paperName: "Paper's name is longer than 120 characters." },
    });
  });
});

describe("a notification", () => {
  it("is written in each recipient's own language, whoever caused it", async () => {
    const story = await draft(people.anna!, complete({ title: "Đường lên Mẫu Sơn" }));
    // Hà co-writes it; she reads Vietnamese, Anna English; the editor (Vietnamese) returns it.
    await handle.db.insert(storyAuthors).values({ storyId: story.id, userId: people.ha!.id });
    expect((await submitStory(handle.db, people.anna!, { id: story.id, version: story.version })).ok).toBe(true);
    expect((await claimStory(handle.db, people.duc!, { id: story.id })).ok).toBe(true);
    expect((await returnStory(handle.db, people.duc!, { id: story.id, note: "Thiếu nguồn ảnh." })).ok).toBe(true);

    const told = async (who: Actor) =>
      (
        await handle.db
          .select({ message: notifications.message })
          .from(notifications)
          .where(and(eq(notifications.userId, who.id), eq(notifications.storyId, story.id)))
      ).map((n) => n.message);
    expect(await told(people.anna!)).toEqual(["Minh Đức returned “Đường lên Mẫu Sơn”: Thiếu nguồn ảnh."]);
    expect(await told(people.ha!)).toEqual(["Minh Đức đã trả bài “Đường lên Mẫu Sơn”: Thiếu nguồn ảnh."]);
    expect(await told(people.duc!)).toEqual([]);
  });
});
