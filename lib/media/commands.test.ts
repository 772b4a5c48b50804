import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, media } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { deleteMedia, updateMediaDetails, uploadMedia } from "./commands";
import { listMedia, mediaPageSize } from "./queries";
import { hasGpsDirectory, makeTestPhoto } from "./test-images";

// Files go to a folder of this test file's own; env() reads DATA_DIR on first use, after this line.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-media-"));
process.env.DATA_DIR = dataDir;
const mediaRoot = path.join(dataDir, "media");

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  people.dung = await makePerson(handle.db, "reporter", { name: "Lê Phương Dung" });
  people.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà" });
  people.duc = await makePerson(handle.db, "editor");
  people.chief = await makePerson(handle.db, "chief_editor");
  people.admin = await makePerson(handle.db, "admin");
});
afterAll(async () => {
  await handle?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Every file under the media folder, as storage keys. */
function storedKeys(): string[] {
  if (!fs.existsSync(mediaRoot)) return [];
  return (fs.readdirSync(mediaRoot, { recursive: true }) as string[])
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => fs.statSync(path.join(mediaRoot, p)).isFile())
    .sort();
}

async function rowCount() {
  const [rows] = await handle.db.select({ n: count() }).from(media);
  const [audits] = await handle.db.select({ n: count() }).from(auditLog);
  return `${rows?.n ?? 0} media, ${audits?.n ?? 0} audit`;
}

async function upload(as: Actor | null, over: Partial<Parameters<typeof uploadMedia>[2]> = {}) {
  return uploadMedia(handle.db, as, { fileName: "cau-huu-nghi.jpg", data: await makeTestPhoto({ width: 2000, height: 1200, gps: true }), ...over });
}

describe("uploading", () => {
  it("stores the cleaned original and WebP variants on disk, records the row, and answers with the 960 variant", async () => {
    const result = await upload(people.dung!, { caption: "Xe hàng qua cầu Hữu Nghị", credit: "Ảnh: PHƯƠNG DUNG", alt: "Cây cầu bắc qua sông" });
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toMatchObject({
      caption: "Xe hàng qua cầu Hữu Nghị",
      credit: "Ảnh: PHƯƠNG DUNG",
      alt: "Cây cầu bắc qua sông",
      width: 960,
      height: 576,
    });
    expect(result.data.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{24}-960\.webp$/);

    const [row] = await handle.db.select().from(media).where(eq(media.id, result.data.id));
    expect(row).toMatchObject({ mimeType: "image/jpeg", originalName: "cau-huu-nghi.jpg", width: 2000, height: 1200, uploadedById: people.dung!.id });
    expect(row!.variants.map((v) => [v.width, v.format])).toEqual([
      [480, "webp"],
      [960, "webp"],
      [1600, "webp"],
    ]);

    const keys = [row!.storageKey, ...row!.variants.map((v) => v.key)];
    expect(storedKeys()).toEqual(expect.arrayContaining(keys));
    for (const key of keys) {
      const file = fs.readFileSync(path.join(mediaRoot, ...key.split("/")));
      const meta = await sharp(file).metadata();
      expect(meta.exif, key).toBeUndefined();
      expect(hasGpsDirectory(meta.exif)).toBe(false);
    }
    expect(row!.size).toBe(fs.statSync(path.join(mediaRoot, ...row!.storageKey.split("/"))).size);

    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(row!.id)));
    expect(audit).toMatchObject([{ action: "media.upload", entityType: "media", actorId: people.dung!.id, data: { originalName: "cau-huu-nghi.jpg" } }]);
  });

  it("keeps only the file's own name and stores text NFC", async () => {
    const result = await upload(people.ha!, { fileName: "C:\\Ảnh\\Lễ hội.jpg".normalize("NFD"), caption: "  Lễ hội Lồng tồng  ".normalize("NFD") });
    if (!result.ok) throw new Error(result.error);
    const [row] = await handle.db.select().from(media).where(eq(media.id, result.data.id));
    expect(row!.originalName).toBe("Lễ hội.jpg".normalize("NFC"));
    expect(row!.caption).toBe("Lễ hội Lồng tồng".normalize("NFC"));
  });

  it("refuses a signed-out visitor and an admin, writing nothing", async () => {
    const rowsBefore = await rowCount();
    const filesBefore = storedKeys();
    expect(await upload(null)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await upload(people.admin!)).toMatchObject({ ok: false, code: "forbidden", error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await rowCount()).toBe(rowsBefore);
    expect(storedKeys()).toEqual(filesBefore);
  });

  it("refuses a text file named .jpg with the Vietnamese message, writing nothing", async () => {
    const rowsBefore = await rowCount();
    const filesBefore = storedKeys();
    const result = await uploadMedia(handle.db, people.dung!, { fileName: "x.jpg", data: Buffer.from("không phải ảnh") });
    expect(result).toMatchObject({ ok: false, code: "unsupported_type", error: "Tệp không phải ảnh JPEG, PNG, WebP hoặc AVIF." });
    expect(await rowCount()).toBe(rowsBefore);
    expect(storedKeys()).toEqual(filesBefore);
  });

  it("removes the files it wrote when the row cannot be recorded", async () => {
    const before = { rows: await rowCount(), files: storedKeys() };
    // An account deleted since its session began: the row's reference to it fails.
    const ghost: Actor = { id: 999_999, role: "reporter", name: "Không còn", penName: "" };
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await upload(ghost)).toMatchObject({ ok: false, code: "server" });
    quiet.mockRestore();
    expect({ rows: await rowCount(), files: storedKeys() }).toEqual(before);
  });

  it("refuses an over-long caption before processing anything", async () => {
    const result = await upload(people.dung!, { caption: "a".repeat(1001) });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("listing and searching", () => {
  beforeAll(async () => {
    const small = await makeTestPhoto({ width: 500, height: 300 });
    for (const [caption, credit] of [
      ["Toàn cảnh cầu Hữu Nghị nhìn từ trên cao", "Ảnh: VĂN ĐẠT"],
      ["Phiên chợ Kỳ Lừa ngày cuối năm", "Ảnh: THU HÀ"],
      ["Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị", "Ảnh: BBT"],
    ] as const) {
      const result = await uploadMedia(handle.db, people.ha!, { fileName: "anh.jpg", data: small, caption, credit });
      if (!result.ok) throw new Error(result.error);
    }
  });

  it("finds a caption typed without diacritics and in any case", async () => {
    const found = await listMedia(handle.db, people.duc!, { q: "cau huu nghi" });
    expect(found.items.map((i) => i.caption)).toEqual(["Toàn cảnh cầu Hữu Nghị nhìn từ trên cao", "Xe hàng qua cầu Hữu Nghị"]);
    expect((await listMedia(handle.db, people.duc!, { q: "CẦU HỮU NGHỊ" })).total).toBe(2);
    expect((await listMedia(handle.db, people.duc!, { q: "ky lua" })).items.map((i) => i.caption)).toEqual(["Phiên chợ Kỳ Lừa ngày cuối năm"]);
    // đ/Đ fold to d, and the words may come in any order.
    expect((await listMedia(handle.db, people.duc!, { q: "tinh uy dong chi" })).total).toBe(1);
    expect((await listMedia(handle.db, people.duc!, { q: "dong chi" })).total).toBe(1);
  });

  it("searches credit, alt text and file name too", async () => {
    expect((await listMedia(handle.db, people.duc!, { q: "van dat" })).total).toBe(1);
    expect((await listMedia(handle.db, people.duc!, { q: "cay cau bac qua song" })).total).toBe(1);
    expect((await listMedia(handle.db, people.duc!, { q: "le hoi.jpg" })).total).toBe(1);
  });

  it("treats % and _ as letters, not wildcards", async () => {
    expect((await listMedia(handle.db, people.duc!, { q: "%" })).total).toBe(0);
    expect((await listMedia(handle.db, people.duc!, { q: "_" })).total).toBe(0);
  });

  it("lists newest first with uploader and date, and says who may edit", async () => {
    const all = await listMedia(handle.db, people.dung!, {});
    expect(all.total).toBe(5);
    expect(all.items[0]).toMatchObject({ caption: "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị", uploaderName: "Nguyễn Thu Hà", mayEdit: false });
    expect(all.items.at(-1)).toMatchObject({ caption: "Xe hàng qua cầu Hữu Nghị", uploaderName: "Lê Phương Dung", mayEdit: true });
    expect(new Date(all.items[0]!.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(all.items[0]!.thumbUrl).toMatch(/-480\.webp$/);
    expect((await listMedia(handle.db, people.duc!, {})).items.every((i) => i.mayEdit)).toBe(true);
  });

  it("pages by 24", async () => {
    const small = await makeTestPhoto({ width: 200, height: 100, format: "png" });
    for (let i = 0; i < mediaPageSize; i++) {
      const result = await uploadMedia(handle.db, people.duc!, { fileName: `trang-${i}.png`, data: small, caption: `Ảnh số ${i}` });
      if (!result.ok) throw new Error(result.error);
    }
    const first = await listMedia(handle.db, people.duc!, { page: 1 });
    const second = await listMedia(handle.db, people.duc!, { page: 2 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 29 });
    expect(first.items).toHaveLength(24);
    expect(first.items[0]!.caption).toBe("Ảnh số 23");
    expect(second.items).toHaveLength(5);
    expect(second.items.at(-1)!.caption).toBe("Xe hàng qua cầu Hữu Nghị");
    expect((await listMedia(handle.db, people.duc!, { page: 99 })).page).toBe(2);
  });

  it("refuses an admin and a signed-out visitor", async () => {
    await expect(listMedia(handle.db, people.admin!, {})).rejects.toThrow("Bạn không có quyền");
    await expect(listMedia(handle.db, null, {})).rejects.toThrow("Bạn không có quyền");
  });
});

describe("editing caption, credit and alt", () => {
  let ownId: number;
  beforeAll(async () => {
    const result = await upload(people.dung!, { caption: "Chú thích cũ", credit: "Ảnh: PHƯƠNG DUNG" });
    if (!result.ok) throw new Error(result.error);
    ownId = result.data.id;
  });

  it("lets the uploader change them, leaving out fields unchanged, and records what changed", async () => {
    const result = await updateMediaDetails(handle.db, people.dung!, { id: ownId, caption: "Chú thích mới", credit: "Ảnh: PHƯƠNG DUNG" });
    expect(result).toMatchObject({ ok: true, data: { caption: "Chú thích mới", credit: "Ảnh: PHƯƠNG DUNG" } });
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(ownId)), eq(auditLog.action, "media.update")));
    expect(audit).toMatchObject({ actorId: people.dung!.id, data: { before: { caption: "Chú thích cũ" }, after: { caption: "Chú thích mới" } } });
  });

  it("lets an editor and the chief editor change anyone's", async () => {
    expect(await updateMediaDetails(handle.db, people.duc!, { id: ownId, credit: "Ảnh: MINH ĐỨC" })).toMatchObject({
      ok: true,
      data: { credit: "Ảnh: MINH ĐỨC" },
    });
    expect(await updateMediaDetails(handle.db, people.chief!, { id: ownId, alt: "Mô tả" })).toMatchObject({ ok: true, data: { alt: "Mô tả" } });
  });

  it("refuses another reporter, an admin and a signed-out visitor, changing nothing", async () => {
    expect(await updateMediaDetails(handle.db, people.ha!, { id: ownId, caption: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateMediaDetails(handle.db, people.admin!, { id: ownId, caption: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateMediaDetails(handle.db, null, { id: ownId, caption: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(
      await handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, String(ownId)), eq(auditLog.action, "media.update"))),
    ).toHaveLength(3);
    const [row] = await handle.db.select().from(media).where(eq(media.id, ownId));
    expect(row).toMatchObject({ caption: "Chú thích mới", credit: "Ảnh: MINH ĐỨC", alt: "Mô tả" });
  });

  it("answers not found for an unknown image", async () => {
    expect(await updateMediaDetails(handle.db, people.duc!, { id: 999_999, caption: "x" })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("deleting", () => {
  it("refuses a photo in a story's body, keeping its files; removes an unused one's row and every file", async () => {
    const used = await upload(people.dung!);
    const unused = await upload(people.dung!);
    if (!used.ok || !unused.ok) throw new Error("upload failed");
    const rowOf = async (id: number) => (await handle.db.select().from(media).where(eq(media.id, id)))[0]!;
    const usedRow = await rowOf(used.data.id);
    const unusedRow = await rowOf(unused.data.id);
    const figure = { type: "figure", attrs: { mediaId: usedRow.id, src: used.data.url, alt: "", caption: "", credit: "" } };
    await makeStory(handle.db, { author: people.dung!, body: { type: "doc", content: [figure] } });

    const refused = await deleteMedia(handle.db, people.dung!, { id: usedRow.id });
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    expect(!refused.ok && refused.error).toBe("Ảnh này đang được dùng ở 1 nơi (bài viết, bản sửa, ảnh đại diện, nhuận bút hoặc logo) nên không thể xóa.");
    expect(storedKeys()).toEqual(expect.arrayContaining([usedRow.storageKey, ...usedRow.variants.map((v) => v.key)]));

    expect(await deleteMedia(handle.db, people.dung!, { id: unusedRow.id })).toMatchObject({ ok: true });
    const left = storedKeys();
    for (const key of [unusedRow.storageKey, ...unusedRow.variants.map((v) => v.key)]) expect(left).not.toContain(key);
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(unusedRow.id)), eq(auditLog.action, "media.delete")));
    expect(audit).toMatchObject({ actorId: people.dung!.id, data: { originalName: "cau-huu-nghi.jpg" } });
    expect(await deleteMedia(handle.db, people.dung!, { id: unusedRow.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses an item used by any block at any depth (a gallery inside a quote, an embed's poster) or as a video's poster", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const uploaded = await upload(people.dung!);
      if (!uploaded.ok) throw new Error("upload failed");
      ids.push(uploaded.data.id);
    }
    const [inGallery, asEmbedPoster, asVideoPoster] = ids as [number, number, number];
    const photo = { mediaId: inGallery, src: "/media/x.webp", alt: "", caption: "Chợ Kỳ Lừa", credit: "VĂN ĐẠT" };
    const gallery = { type: "blockquote", content: [{ type: "gallery", attrs: { items: [photo] } }] };
    const embed = {
      type: "embed",
      attrs: { provider: "youtube", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", caption: "", posterMediaId: asEmbedPoster, posterSrc: null },
    };
    await makeStory(handle.db, { author: people.dung!, body: { type: "doc", content: [gallery, embed] } });
    await handle.db.insert(media).values({
      kind: "video",
      storageKey: "2026/12/aaaaaaaaaaaaaaaaaaaaaaaa-original.mp4",
      mimeType: "video/mp4",
      originalName: "v.mp4",
      size: 1,
      posterMediaId: asVideoPoster,
    });
    for (const id of ids) expect(await deleteMedia(handle.db, people.dung!, { id })).toMatchObject({ ok: false, code: "conflict" });
  });
});
