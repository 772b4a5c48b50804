import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories, storySources } from "@/db/schema";
import { fixturePath } from "@/db/seed/seed";
import type { Actor } from "@/lib/policy/policy";
import { plainText } from "@/lib/stories/body";
import { importDraft } from "./import-draft";
import { parseStory } from "./parse-story";
import { storyContentHash } from "./publish-imported";

let handle: DatabaseHandle;
let reporter: Actor;
let admin: Actor;

beforeAll(async () => {
  handle = await openTestDatabase();
  reporter = await makePerson(handle.db, "reporter", { name: "Lê Phương Dung", penName: "PHƯƠNG DUNG" });
  admin = await makePerson(handle.db, "admin");
});
afterAll(async () => handle?.close());

/** The draft an import made (undefined when it made none). */
async function draftOf(result: Awaited<ReturnType<typeof importDraft>>) {
  const [story] = await handle.db
    .select()
    .from(stories)
    .where(eq(stories.id, result.ok && result.data.created ? result.data.id : 0));
  return story;
}

describe("Nhập từ văn bản", () => {
  it("turns the pasted fixture into a draft with every field as the paper printed it", async () => {
    const text = fs.readFileSync(fixturePath, "utf8");
    const result = await importDraft(handle.db, reporter, { text });
    expect(result.ok).toBe(true);
    const story = await draftOf(result);
    expect(story).toMatchObject({
      status: "draft",
      title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện",
      byline: ["PHƯƠNG DUNG"],
      createdById: reporter.id,
    });
    expect(story!.sapo.startsWith("Chiều nay (28/6), Ban Tổ chức Trung ương")).toBe(true);
    const figure = story!.body.content.find((n) => n.type === "figure");
    expect(figure?.attrs?.caption).toBe("Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn");
    expect(plainText(story!.body)).toContain("trung ương…\u00a0Đồng thời");
  });

  it("makes a pasted notice a Thông báo without a sapo, its byline's note kept as printed", async () => {
    const text = [
      "THÔNG BÁO",
      "",
      "Về việc tuyển dụng phóng viên năm 2026",
      "",
      "Báo Lạng Sơn cần tuyển 02 phóng viên cho Ban Thời sự, tốt nghiệp đại học chuyên ngành báo chí.",
      "",
      "Hồ sơ gửi về Phòng Hành chính - Trị sự trước ngày 30/12/2026.",
      "",
      "BBT (thông báo)",
    ].join("\n");
    const result = await importDraft(handle.db, reporter, { text });
    expect(result.ok).toBe(true);
    const story = await draftOf(result);
    expect(story).toMatchObject({ kind: "notice", sapo: "", byline: ["BBT (thông báo)"] });
    expect(plainText(story!.body)).toContain("Báo Lạng Sơn cần tuyển 02 phóng viên");
  });

  it("stores NFC whatever the paste (CRLF, BOM, decomposed letters)", async () => {
    const messy = `\ufeff${fs.readFileSync(fixturePath, "utf8").normalize("NFD").replace(/\n/g, "\r\n")}`;
    // The fixture was imported above: this second copy is made on purpose.
    const result = await importDraft(handle.db, reporter, { text: messy, importAnyway: true });
    expect(result.ok).toBe(true);
    const story = await draftOf(result);
    expect(story!.title).toBe("Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện");
    expect(story!.title.normalize("NFC")).toBe(story!.title);
  });

  it("refuses text it cannot read as a story, in Vietnamese, and writes nothing", async () => {
    const before = (await handle.db.select().from(stories)).length;
    const result = await importDraft(handle.db, reporter, { text: "   \n\n  " });
    expect(result).toMatchObject({ ok: false, code: "unreadable" });
    expect(result.ok ? "" : result.error).toMatch(/[ăâđêôơư]/i);
    expect((await handle.db.select().from(stories)).length).toBe(before);
  });

  it("refuses text whose draft no save could keep (a sapo of pages, thousands of blocks), and writes nothing", async () => {
    const before = (await handle.db.select().from(stories)).length;
    const longSapo = await importDraft(handle.db, reporter, { text: `Thứ hai, 04/07/2022\nTiêu đề\n– ${"Một câu rất dài. ".repeat(300)}` });
    expect(longSapo).toMatchObject({ ok: false, code: "invalid" });
    expect(longSapo.ok ? "" : longSapo.error).toMatch(/^Không tạo được bài từ văn bản này\. Sapo: /);
    const manyBlocks = await importDraft(handle.db, reporter, { text: `Tiêu đề\n\n${"Một đoạn.\n\n".repeat(6000)}` });
    expect(manyBlocks).toMatchObject({ ok: false, code: "invalid" });
    expect(manyBlocks.ok ? "" : manyBlocks.error).toMatch(/Nội dung: /);
    expect((await handle.db.select().from(stories)).length).toBe(before);
  });

  it("is refused to the admin", async () => {
    expect(await importDraft(handle.db, admin, { text: fs.readFileSync(fixturePath, "utf8") })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("Nhập từ văn bản from a file", () => {
  it("reads an uploaded .docx only for someone allowed to import", async () => {
    const { makeDocx } = await import("./fixtures/make-docx");
    const file = new File([new Uint8Array(await makeDocx(["Thứ hai, 04/07/2022", "Tiêu đề từ tệp", "– Sapo.", "Đoạn.", "PHƯƠNG DUNG"]))], "bai.docx");
    const imported = await importDraft(handle.db, reporter, { file });
    expect(imported.ok).toBe(true);
    expect(await importDraft(handle.db, admin, { file })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await importDraft(handle.db, null, { file })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("refuses a file over the upload bound without reading it", async () => {
    const file = new File([new Uint8Array(11 * 1024 * 1024)], "lon.docx");
    const result = await importDraft(handle.db, reporter, { file });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok ? "" : result.error).toMatch(/Tệp quá lớn \(tối đa 10 MB\)/);
  });
});

describe("Nhập từ văn bản of a story the paper already has", () => {
  const story = (title: string) => `Thứ ba, 05/07/2022\n${title}\n– Sáng nay (5/7), tỉnh tổ chức hội nghị.\nĐoạn một.\nTHU HÀ`;

  it("warns instead of making a second copy, names the story to whoever may open it, and imports anyway on the second choice", async () => {
    const text = story("Lạng Sơn khai mạc Tuần Văn hóa – Du lịch");
    const first = await importDraft(handle.db, reporter, { text });
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    const firstId = first.ok && first.data.created ? first.data.id : 0;
    const count = async () => (await handle.db.select().from(stories).where(eq(stories.title, "Lạng Sơn khai mạc Tuần Văn hóa – Du lịch"))).length;

    const again = await importDraft(handle.db, reporter, { text });
    expect(again).toMatchObject({
      ok: true,
      data: { created: false, duplicates: { shown: [{ id: firstId, title: "Lạng Sơn khai mạc Tuần Văn hóa – Du lịch" }], hidden: 0 } },
    });
    expect(await count()).toBe(1);

    // Another reporter may not open her draft: told only that the story exists.
    const other = await makePerson(handle.db, "reporter");
    expect(await importDraft(handle.db, other, { text })).toMatchObject({ ok: true, data: { created: false, duplicates: { shown: [], hidden: 1 } } });
    expect(await count()).toBe(1);

    const anyway = await importDraft(handle.db, reporter, { text, importAnyway: true });
    expect(anyway).toMatchObject({ ok: true, data: { created: true } });
    expect(await count()).toBe(2);
  });

  it("knows a published story by its title and date line, and an archive import by its content", async () => {
    const published = await makeStory(handle.db, {
      status: "published",
      title: "Đường lên Mẫu Sơn",
      publishedAt: new Date("2022-07-05T01:00:00Z"),
      author: reporter,
    });
    expect(await importDraft(handle.db, reporter, { text: story("Đường lên Mẫu Sơn") })).toMatchObject({
      ok: true,
      data: { created: false, duplicates: { shown: [{ id: published.id }] } },
    });
    // The same title on another day is another story.
    const otherDay = story("Đường lên Mẫu Sơn").replace("Thứ ba, 05/07/2022", "Thứ tư, 06/07/2022");
    expect(await importDraft(handle.db, reporter, { text: otherDay })).toMatchObject({ ok: true, data: { created: true } });

    const parsed = parseStory(story("Chợ phiên Đồng Đăng"));
    const archived = await makeStory(handle.db, { status: "published", title: "Chợ phiên (lưu trữ)", author: reporter });
    await handle.db.insert(storySources).values({ contentHash: storyContentHash(parsed), storyId: archived.id, file: "luu-tru/cho-phien.txt" });
    expect(await importDraft(handle.db, reporter, { text: story("Chợ phiên Đồng Đăng") })).toMatchObject({
      ok: true,
      data: { created: false, duplicates: { shown: [{ id: archived.id }] } },
    });
  });
});
