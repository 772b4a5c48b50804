// What each kind of story needs of its media before "Gửi duyệt", and what every story needs before
// readers see it (a video still converting holds it back), against a real database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { media, stories, type Media, type RichTextNode, type StoryKind } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { approveStory, claimStory, submitStory } from "@/lib/workflow/commands";
import { translator } from "@/lib/i18n/translator";
import { createStory, saveStory } from "./commands";
import { emptyStoryFields, type StoryFields } from "./schemas";

let handle: DatabaseHandle;
let photographer: Actor;
let editor: Actor;
let sectionId: number;
const db = () => handle.db;

beforeAll(async () => {
  handle = await openTestDatabase();
  photographer = await makePerson(handle.db, "reporter", { name: "Hoàng Văn Đạt", penName: "VĂN ĐẠT" });
  editor = await makePerson(handle.db, "editor");
  ({ id: sectionId } = await makeSection(handle.db, { slug: "xa-hoi", name: "Xã hội" }));
});
afterAll(async () => handle?.close());

let keys = 0;
async function libraryItem(kind: Media["kind"], over: Partial<typeof media.$inferInsert> = {}): Promise<number> {
  const ext = kind === "image" ? "webp" : kind === "video" ? "mp4" : "mp3";
  const [row] = await db()
    .insert(media)
    .values({
      kind,
      storageKey: `2026/12/${String(++keys).padStart(24, "0")}-original.${ext}`,
      mimeType: `${kind}/x`,
      originalName: `tep.${ext}`,
      size: 1000,
      ...over,
    })
    .returning({ id: media.id });
  return row!.id;
}

const photo = async (caption = "Chợ phiên Kỳ Lừa ngày giáp Tết", credit = "VĂN ĐẠT") => {
  const mediaId = await libraryItem("image");
  return { mediaId, src: `/media/${mediaId}.webp`, alt: "", caption, credit };
};

const text: RichTextNode = { type: "paragraph", content: [{ type: "text", text: "Những ngày cuối năm, chợ Kỳ Lừa đông vui hơn thường lệ." }] };

function fields(kind: StoryKind, blocks: RichTextNode[], over: Partial<StoryFields> = {}): StoryFields {
  return {
    ...emptyStoryFields("VĂN ĐẠT"),
    kind,
    title: "Chợ phiên xứ Lạng",
    sapo: "– Phiên chợ cuối năm ở Kỳ Lừa.",
    body: { type: "doc", content: [text, ...blocks] },
    sectionId,
    ...over,
  };
}

async function submitted(f: StoryFields) {
  const created = await createStory(db(), photographer, f);
  if (!created.ok) throw new Error(created.error);
  const result = await submitStory(db(), photographer, { id: created.data.id, version: created.data.version });
  return { id: created.data.id, result };
}

const vi = translator("vi", "refusals");
const said = (result: { ok: boolean; error?: string }) => (result.ok ? "" : (result.error ?? ""));

describe("a photo story (Phóng sự ảnh)", () => {
  it("is not sent with fewer than four photos, nor with a photo lacking its caption or credit", async () => {
    const two = await submitted(fields("photo", [{ type: "gallery", attrs: { items: [await photo(), await photo()] } }]));
    expect(two.result).toMatchObject({ ok: false, code: "incomplete", details: { missing: ["kind"] } });
    expect(said(two.result)).toBe("Chưa gửi được: bài còn thiếu ít nhất 4 ảnh trong bộ ảnh (mới có 2).");
    expect((await db().select().from(stories).where(eq(stories.id, two.id)))[0]!.status).toBe("draft");

    const unlabelled = await submitted(
      fields("photo", [{ type: "gallery", attrs: { items: [await photo(), await photo(), await photo("Người Tày đi chợ", ""), await photo("", "")] } }]),
    );
    expect(said(unlabelled.result)).toBe("Chưa gửi được: bài còn thiếu chú thích và nguồn của 2 ảnh trong bộ ảnh.");

    // Photos may sit in several galleries; four labelled photos make a photo story.
    const galleries = [
      { type: "gallery", attrs: { items: [await photo(), await photo()] } },
      { type: "gallery", attrs: { items: [await photo(), await photo()] } },
    ];
    expect((await submitted(fields("photo", galleries))).result).toMatchObject({ ok: true });
  });

  it("names the kind's needs after the missing fields", async () => {
    const result = (await submitted(fields("photo", [], { title: "" }))).result;
    expect(said(result)).toBe("Chưa gửi được: bài còn thiếu Tiêu đề, ít nhất 4 ảnh trong bộ ảnh (mới có 0).");
    expect(result).toMatchObject({ details: { missing: ["title", "kind"] } });
  });
});

describe("a video story", () => {
  it("needs its video; one still converting may go to the desk, but is not approved until it plays", async () => {
    expect(said((await submitted(fields("video", []))).result)).toContain("video từ thư viện");

    const converting = await libraryItem("video", { status: "processing", progress: 42 });
    const story = await submitted(fields("video", [{ type: "video", attrs: { mediaId: converting, caption: "Lũ về", credit: "" } }]));
    expect(story.result).toMatchObject({ ok: true });
    const claimed = await claimStory(db(), editor, { id: story.id });
    if (!claimed.ok) throw new Error(claimed.error);
    const refused = await approveStory(db(), editor, { id: story.id, version: claimed.data.version });
    expect(said(refused)).toBe("Video hoặc tệp âm thanh trong bài đang được chuyển đổi (42%). Hãy chờ chuyển đổi xong rồi mới duyệt hay xuất bản.");

    // Converted, but without its poster frame: the kind still lacks it.
    await db().update(media).set({ status: "ready", progress: 100 }).where(eq(media.id, converting));
    expect(said(await approveStory(db(), editor, { id: story.id, version: claimed.data.version }))).toBe("Bài còn thiếu ảnh đại diện của video.");

    await db()
      .update(media)
      .set({ posterMediaId: await libraryItem("image") })
      .where(eq(media.id, converting));
    expect(await approveStory(db(), editor, { id: story.id, version: claimed.data.version })).toMatchObject({ ok: true });
  });

  it("is held back by a conversion that failed", async () => {
    const failed = await libraryItem("video", { status: "failed", processingError: "Tệp hỏng" });
    expect(said((await submitted(fields("video", [{ type: "video", attrs: { mediaId: failed, caption: "", credit: "" } }]))).result)).toContain(
      "video từ thư viện",
    );
  });
});

describe("sound, infographics and long reads", () => {
  it("an audio story needs a sound file", async () => {
    expect(said((await submitted(fields("audio", []))).result)).toContain("tệp âm thanh từ thư viện");
    const sound = await libraryItem("audio");
    expect((await submitted(fields("audio", [{ type: "audio", attrs: { mediaId: sound, caption: "Bản tin", credit: "" } }]))).result).toMatchObject({
      ok: true,
    });
  });

  it("an infographic needs its picture and its text version", async () => {
    const graphic = await photo("Kinh tế Lạng Sơn 2026", "ĐỒ HỌA: MINH ANH");
    expect(said((await submitted(fields("infographic", []))).result)).toContain("ảnh đồ họa từ thư viện");
    expect(said((await submitted(fields("infographic", [{ type: "infographic", attrs: { ...graphic, text: " " } }]))).result)).toContain(
      "nội dung dạng chữ của ảnh đồ họa",
    );
    const complete = fields("infographic", [{ type: "infographic", attrs: { ...graphic, text: "GRDP tăng 8,2 %." } }]);
    expect((await submitted(complete)).result).toMatchObject({ ok: true });
  });

  it("an E-magazine needs its cover", async () => {
    const chapter = { type: "chapter", attrs: { title: "Chương 1" } };
    expect(said((await submitted(fields("emagazine", [chapter]))).result)).toContain("ảnh đại diện (ảnh bìa của bài E-magazine)");
    expect((await submitted(fields("emagazine", [chapter], { coverMediaId: await libraryItem("image") }))).result).toMatchObject({ ok: true });
  });

  it("an ordinary story asks nothing of media", async () => {
    expect((await submitted(fields("article", []))).result).toMatchObject({ ok: true });
  });
});

describe("saving", () => {
  it("refuses a block pointing at a library item of another kind, and keeps what was saved", async () => {
    const created = await createStory(db(), photographer, fields("video", []));
    if (!created.ok) throw new Error(created.error);
    const picture = await libraryItem("image");
    const saved = await saveStory(db(), photographer, {
      id: created.data.id,
      baseVersion: created.data.version,
      fields: fields("video", [{ type: "video", attrs: { mediaId: picture, caption: "", credit: "" } }]),
    });
    expect(saved).toMatchObject({ ok: false, code: "invalid" });
    expect(said(saved)).toBe(vi("story.mediaKind"));
    const audio = await libraryItem("audio");
    expect(
      await saveStory(db(), photographer, {
        id: created.data.id,
        baseVersion: created.data.version,
        fields: fields("video", [{ type: "video", attrs: { mediaId: audio, caption: "", credit: "" } }]),
      }),
    ).toMatchObject({ ok: false });
    expect(
      await saveStory(db(), photographer, {
        id: created.data.id,
        baseVersion: created.data.version,
        fields: fields("video", [{ type: "video", attrs: { mediaId: 999_999, caption: "", credit: "" } }]),
      }),
    ).toMatchObject({ ok: false });
    // The cover must be a photo.
    expect(
      await saveStory(db(), photographer, { id: created.data.id, baseVersion: created.data.version, fields: fields("video", [], { coverMediaId: audio }) }),
    ).toMatchObject({ ok: false });
    const row = (await db().select().from(stories).where(eq(stories.id, created.data.id)))[0]!;
    expect(row.version).toBe(created.data.version);
    expect(row.body.content).toHaveLength(1);
  });
});
