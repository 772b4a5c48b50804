// The S3 driver against a real S3-compatible server (s3rver) on 127.0.0.1: what goes in comes out
// byte for byte, through the SDK and on the server's own disk, whole and by range.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "./s3-storage";
import { mediaKey, newMediaStem, StorageUnavailableError } from "./storage";
import { startTestS3, type TestS3 } from "./test-s3";

let s3: TestS3;
let storage: S3Storage;

beforeAll(async () => {
  s3 = await startTestS3();
  storage = new S3Storage(s3.config);
});
afterAll(async () => {
  storage?.destroy();
  await s3?.stop();
});

const bytes = (stream: ReadableStream<Uint8Array>) => new Response(stream).arrayBuffer().then((b) => Buffer.from(b));
/** The object as s3rver keeps it on its disk: what a later reader, any reader, will get. */
const onServerDisk = (key: string) => fs.readFileSync(path.join(s3.directory, s3.config.bucket, `${key}._S3rver_object`));

describe("S3 storage", () => {
  it("stores a file of several MB byte for byte, with its type and a year-long Cache-Control", async () => {
    const key = mediaKey(newMediaStem(), "original", "jpg");
    const data = crypto.randomBytes(7 * 1024 * 1024 + 13);
    await storage.put(key, data, "image/jpeg");

    expect(onServerDisk(key).equals(data)).toBe(true);
    expect((await storage.get(key))!.equals(data)).toBe(true);
    const opened = await storage.open(key);
    expect(opened).toMatchObject({ size: data.length });
    expect(opened!.range).toBeUndefined();
    expect((await bytes(opened!.body)).equals(data)).toBe(true);
    expect(await storage.stat(key)).toMatchObject({ size: data.length, etag: opened!.etag });

    const client = new S3Client({ ...s3.config, forcePathStyle: true, credentials: s3.config });
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.config.bucket, Key: key }));
    client.destroy();
    expect(head).toMatchObject({ ContentType: "image/jpeg", CacheControl: "public, max-age=31536000, immutable", ContentLength: data.length });
  });

  it("opens a byte range: the part's bytes, the whole file's size", async () => {
    const key = mediaKey(newMediaStem(), 960, "webp");
    const data = crypto.randomBytes(3 * 1024 * 1024);
    await storage.put(key, data, "image/webp");
    for (const range of [
      { start: 0, end: 0 }, // s3rver answers this one whole: the driver cuts it
      { start: 100, end: 1_000_099 },
      { start: data.length - 10, end: data.length - 1 },
    ]) {
      const part = await storage.open(key, range);
      expect(part).toMatchObject({ size: data.length, range });
      expect((await bytes(part!.body)).equals(data.subarray(range.start, range.end + 1))).toBe(true);
    }
  });

  it("answers null for a missing key and deletes idempotently", async () => {
    const key = mediaKey(newMediaStem(), 480, "webp");
    expect(await storage.get(key)).toBeNull();
    expect(await storage.open(key)).toBeNull();
    expect(await storage.stat(key)).toBeNull();
    await storage.put(key, Buffer.from("ảnh"), "image/webp");
    expect(await s3.keys()).toContain(key);
    await storage.delete(key);
    await storage.delete(key);
    expect(await s3.keys()).not.toContain(key);
    expect(await storage.open(key)).toBeNull();
  });

  it("refuses keys outside the format before sending anything", async () => {
    await expect(storage.put("../escape.webp", Buffer.from("x"), "image/webp")).rejects.toThrow(/not a media key/);
    await expect(storage.open("2026/11/../../x")).rejects.toThrow(/not a media key/);
  });

  it("says in Vietnamese that the store is unreachable when nothing listens", async () => {
    // A port that was free a moment ago: connection refused.
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const gone = new S3Storage({ ...s3.config, endpoint: `http://127.0.0.1:${port}` });
    const put = gone.put(mediaKey(newMediaStem(), 480, "webp"), Buffer.from("x"), "image/webp");
    await expect(put).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(put).rejects.toThrow("Không kết nối được kho lưu ảnh");
    gone.destroy();
  });

  it("refuses an upload into a bucket that does not exist, in the same words", async () => {
    const wrong = new S3Storage({ ...s3.config, bucket: "khong-co" });
    await expect(wrong.put(mediaKey(newMediaStem(), 480, "webp"), Buffer.from("x"), "image/webp")).rejects.toBeInstanceOf(StorageUnavailableError);
    wrong.destroy();
  });
});
