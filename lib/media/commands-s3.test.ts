// The library's commands with MEDIA_STORAGE=s3, against a real S3-compatible server (s3rver) on
// 127.0.0.1: upload writes the original and its variants to the bucket (nothing to DATA_DIR),
// caption edits, deletion refused while a story uses the photo, and an unreachable bucket.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, media } from "@/db/schema";
import { resetEnv } from "@/lib/env";
import type { Actor } from "@/lib/policy/policy";
import { deleteMedia, updateMediaDetails, uploadMedia } from "./commands";
import { mediaStorage } from "./storage";
import { S3Storage } from "./s3-storage";
import { s3Environment, startTestS3, type TestS3 } from "./test-s3";
import { makeTestPhoto } from "./test-images";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-media-s3-"));
let s3: TestS3;
let handle: DatabaseHandle;
const people: Record<string, Actor> = {};

beforeAll(async () => {
  s3 = await startTestS3();
  Object.assign(process.env, { DATA_DIR: dataDir, ...s3Environment(s3) });
  resetEnv();
  handle = await openTestDatabase();
  people.dung = await makePerson(handle.db, "reporter", { name: "Lê Phương Dung" });
  people.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà" });
  people.duc = await makePerson(handle.db, "editor");
});
afterAll(async () => {
  await handle?.close();
  await s3?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const keysOf = (row: typeof media.$inferSelect) => [row.storageKey, ...row.variants.map((v) => v.key)].sort();

async function rows() {
  const [m] = await handle.db.select({ n: count() }).from(media);
  const [a] = await handle.db.select({ n: count() }).from(auditLog);
  return { media: m?.n ?? 0, audit: a?.n ?? 0 };
}

async function upload(as: Actor, caption = "Xe hàng qua cầu Hữu Nghị") {
  const result = await uploadMedia(handle.db, as, {
    fileName: "cau-huu-nghi.jpg",
    data: await makeTestPhoto({ width: 2000, height: 1200, gps: true }),
    caption,
  });
  if (!result.ok) throw new Error(result.error);
  const [row] = await handle.db.select().from(media).where(eq(media.id, result.data.id));
  return { summary: result.data, row: row! };
}

describe("the media library on S3", () => {
  it("uses the S3 driver", () => {
    expect(mediaStorage()).toBeInstanceOf(S3Storage);
  });

  it("stores the original and every variant in the bucket, each as recorded, and nothing on disk", async () => {
    const { summary, row } = await upload(people.dung!);
    expect(summary.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{24}-960\.webp$/);
    expect(await s3.keys()).toEqual(keysOf(row));
    expect(fs.existsSync(path.join(dataDir, "media"))).toBe(false);

    const original = (await mediaStorage().get(row.storageKey))!;
    expect(original.length).toBe(row.size);
    const meta = await sharp(original).metadata();
    expect(meta).toMatchObject({ width: 2000, height: 1200, format: "jpeg" });
    expect(meta.exif).toBeUndefined(); // location removed before it reached the bucket
    for (const variant of row.variants) {
      const stored = (await mediaStorage().get(variant.key))!;
      expect(stored.length, variant.key).toBe(variant.size);
      expect(await sharp(stored).metadata()).toMatchObject({ width: variant.width, height: variant.height, format: "webp" });
    }
  });

  it("edits the caption without touching the files", async () => {
    const { row } = await upload(people.dung!, "Chú thích cũ");
    const before = await s3.keys();
    expect(await updateMediaDetails(handle.db, people.dung!, { id: row.id, caption: "Chú thích mới" })).toMatchObject({
      ok: true,
      data: { caption: "Chú thích mới" },
    });
    expect(await s3.keys()).toEqual(before);
  });

  it("refuses to delete a photo a story uses, keeping every object; deletes it once unused", async () => {
    const { row } = await upload(people.dung!);
    const story = await makeStory(handle.db, { author: people.dung!, coverMediaId: row.id });
    expect(await deleteMedia(handle.db, people.dung!, { id: row.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(row)));

    // Another reporter may not delete it at all.
    const { row: other } = await upload(people.dung!);
    expect(await deleteMedia(handle.db, people.ha!, { id: other.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(other)));

    expect(await deleteMedia(handle.db, people.duc!, { id: other.id })).toMatchObject({ ok: true, data: { id: other.id } });
    const left = await s3.keys();
    for (const key of keysOf(other)) expect(left, key).not.toContain(key);
    expect(left).toEqual(expect.arrayContaining(keysOf(row)));
    expect(await handle.db.select().from(media).where(eq(media.id, other.id))).toEqual([]);
    expect(story.coverMediaId).toBe(row.id);
  });

  it("says in Vietnamese that the bucket is unreachable, and writes no row", async () => {
    const before = { rows: await rows(), keys: await s3.keys() };
    process.env.MEDIA_S3_ENDPOINT = "http://127.0.0.1:9"; // discard port: nothing listens
    resetEnv();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await uploadMedia(handle.db, people.dung!, { fileName: "anh.jpg", data: await makeTestPhoto({ width: 800, height: 600 }) });
    quiet.mockRestore();
    process.env.MEDIA_S3_ENDPOINT = s3.config.endpoint;
    resetEnv();
    expect(result).toMatchObject({ ok: false, code: "server" });
    expect(!result.ok && result.error).toMatch(/^Không kết nối được kho lưu ảnh nên ảnh chưa được tải lên\./);
    expect({ rows: await rows(), keys: await s3.keys() }).toEqual(before);
  });
});
