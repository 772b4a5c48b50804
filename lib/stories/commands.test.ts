import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories, storyRevisions, storyTransitions } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "./body";
import { submitStory, withdrawStory } from "@/lib/workflow/commands";
import { createStory, saveStory } from "./commands";
import { emptyStoryFields, type StoryFields } from "./schemas";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
let sectionId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  people.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
  people.dung = await makePerson(handle.db, "reporter");
  people.duc = await makePerson(handle.db, "editor");
  people.chief = await makePerson(handle.db, "chief_editor");
  people.admin = await makePerson(handle.db, "admin");
  ({ id: sectionId } = await makeSection(handle.db, { slug: "chinh-tri", name: "Chính trị" }));
});
afterAll(async () => handle?.close());

const complete = (over: Partial<StoryFields> = {}): StoryFields => ({
  ...emptyStoryFields("THU HÀ"),
  title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh",
  sapo: "Chiều nay (28/6), Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.",
  body: bodyFromBlocks([{ type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." }]),
  sectionId,
  tags: ["Xây dựng Đảng"],
  ...over,
});

async function newStory(as: Actor, fields: Partial<StoryFields> = complete()) {
  const result = await createStory(handle.db, as, fields);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("creating and saving", () => {
  it("creates a draft credited to the reporter, bylined with their pen name, slug without diacritics", async () => {
    const created = await newStory(people.ha!, { title: "Đường lên Mẫu Sơn" });
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, created.id));
    expect(row).toMatchObject({ status: "draft", version: 1, byline: ["THU HÀ"], slug: "duong-len-mau-son", createdById: people.ha!.id });
  });

  it("stores NFC text even when the browser sent decomposed letters, keeping non-breaking spaces", async () => {
    const created = await newStory(people.ha!);
    const nfd = "Tiếng Việt đầy đủ dấu".normalize("NFD");
    const result = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: complete({ title: nfd, sapo: "Hà\u00a0Nội" }) });
    expect(result.ok).toBe(true);
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, created.id));
    expect(row!.title).toBe("Tiếng Việt đầy đủ dấu".normalize("NFC"));
    expect(row!.sapo).toBe("Hà\u00a0Nội");
    expect(row!.version).toBe(2);
    expect(row!.wordCount).toBeGreaterThan(10);
  });

  it("refuses a stale save, names who changed the story, and changes nothing", async () => {
    const created = await newStory(people.ha!);
    const first = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: complete({ title: "Bản từ thẻ thứ nhất" }) });
    expect(first.ok).toBe(true);
    const stale = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: complete({ title: "Bản từ thẻ thứ hai" }) });
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      // Her own other tab: the editor then tells her it was herself.
      details: { currentVersion: 2, updatedById: people.ha!.id, updatedByName: "Nguyễn Thu Hà" },
    });
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, created.id));
    expect(row!.title).toBe("Bản từ thẻ thứ nhất");
  });

  it("keeps the other side's text as a revision when the writer chooses to keep theirs after a conflict", async () => {
    const created = await newStory(people.ha!);
    await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: complete({ sapo: "Sapo của thẻ thứ nhất" }) });
    const mine = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 2, replaces: true, fields: complete({ sapo: "Sapo của thẻ thứ hai" }) });
    expect(mine.ok).toBe(true);
    const revisions = await handle.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, created.id));
    expect(revisions.map((r) => r.sapo)).toContain("Sapo của thẻ thứ nhất");
  });

  it("ignores attempts to set status, authors or publication time through a save", async () => {
    const created = await newStory(people.ha!);
    const sneaky = { ...complete(), status: "published", publishedAt: new Date(), createdById: people.dung!.id };
    const result = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: sneaky });
    expect(result.ok).toBe(true);
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, created.id));
    expect(row).toMatchObject({ status: "draft", publishedAt: null, createdById: people.ha!.id });
  });

  it("refuses a script in a link and an unknown node, in Vietnamese", async () => {
    const created = await newStory(people.ha!);
    const evil = complete({
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "bấm", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
      },
    });
    const result = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: evil });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    const script = complete({ body: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } });
    expect(await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 1, fields: script })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("keeps another reporter, the desk and the admin out of a draft", async () => {
    const created = await newStory(people.ha!);
    for (const who of ["dung", "duc", "chief", "admin"]) {
      const result = await saveStory(handle.db, people[who]!, { id: created.id, baseVersion: 1, fields: complete({ title: "Chen ngang" }) });
      expect(result, who).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await createStory(handle.db, people.admin!, {})).toMatchObject({ ok: false, code: "forbidden" });
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, created.id));
    expect(row!.version).toBe(1);
  });
});

describe("submitting and withdrawing", () => {
  it("names the missing fields and leaves the story a draft", async () => {
    const created = await newStory(people.ha!, { title: "Chỉ có tiêu đề" });
    const result = await submitStory(handle.db, people.ha!, { id: created.id, version: 1 });
    expect(result).toMatchObject({ ok: false, code: "incomplete", error: "Chưa gửi được: bài còn thiếu Sapo, Nội dung, Chuyên mục." });
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, created.id));
    expect(row!.status).toBe("draft");
  });

  it("submits a complete story, records the move, and then the reporter can no longer edit it", async () => {
    const created = await newStory(people.ha!);
    const submitted = await submitStory(handle.db, people.ha!, { id: created.id, version: 1 });
    expect(submitted).toMatchObject({ ok: true, data: { status: "submitted", version: 2 } });
    const moves = await handle.db.select().from(storyTransitions).where(eq(storyTransitions.storyId, created.id));
    expect(moves).toMatchObject([{ event: "submit", fromStatus: "draft", toStatus: "submitted", actorId: people.ha!.id }]);
    const edit = await saveStory(handle.db, people.ha!, { id: created.id, baseVersion: 2, fields: complete({ title: "Sửa sau khi gửi" }) });
    expect(edit).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("lets the reporter withdraw until the desk claims it, and nobody else", async () => {
    const created = await newStory(people.ha!);
    await submitStory(handle.db, people.ha!, { id: created.id, version: 1 });
    expect(await withdrawStory(handle.db, people.dung!, { id: created.id, version: 2 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await withdrawStory(handle.db, people.duc!, { id: created.id, version: 2 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await withdrawStory(handle.db, people.ha!, { id: created.id, version: 2 })).toMatchObject({ ok: true, data: { status: "draft", version: 3 } });

    await submitStory(handle.db, people.ha!, { id: created.id, version: 3 });
    await handle.db.update(stories).set({ status: "in_review", heldById: people.duc!.id }).where(eq(stories.id, created.id));
    const late = await withdrawStory(handle.db, people.ha!, { id: created.id, version: 4 });
    expect(late).toMatchObject({ ok: false, code: "invalid_state", error: "Ban biên tập đã nhận bài này nên không thể rút lại." });
  });

  it("refuses a second submit of the same story", async () => {
    const created = await newStory(people.ha!);
    await submitStory(handle.db, people.ha!, { id: created.id, version: 1 });
    const again = await submitStory(handle.db, people.ha!, { id: created.id, version: 2 });
    expect(again).toMatchObject({ ok: false, code: "invalid_state", error: "Không thể gửi duyệt một bài đang ở trạng thái “Chờ duyệt”." });
  });
});
