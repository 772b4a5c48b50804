// /media/<key> answered from local disk and from a real S3-compatible server (s3rver): type,
// caching, length, validators, one byte range (206), an unsatisfiable one (416), HEAD.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "./s3-storage";
import { parseRange, serveMedia } from "./serve";
import { LocalDiskStorage, mediaKey, newMediaStem, type MediaStorage } from "./storage";
import { startTestS3, type TestS3 } from "./test-s3";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-serve-"));
let s3: TestS3;
let bucket: S3Storage;
beforeAll(async () => {
  s3 = await startTestS3();
  bucket = new S3Storage(s3.config);
});
afterAll(async () => {
  bucket?.destroy();
  await s3?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

const request = (key: string, headers: Record<string, string> = {}, method = "GET") => new Request(`http://localhost/media/${key}`, { method, headers });
const body = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("parseRange", () => {
  it("reads one range, a suffix and an open end; ignores what it cannot use", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-5000", 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange("bytes=990-5000", 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 1000)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 1000)).toBeNull();
    expect(parseRange("bytes=5-1", 1000)).toBeNull();
    expect(parseRange("items=0-1", 1000)).toBeNull();
  });
});

for (const [name, storage] of [
  ["local disk", () => new LocalDiskStorage(root)],
  ["S3", () => bucket],
] as const) {
  describe(`serving from ${name}`, () => {
    let store: MediaStorage;
    const key = mediaKey(newMediaStem(), "original", "jpg");
    const data = crypto.randomBytes(2 * 1024 * 1024 + 7);
    beforeAll(async () => {
      store = storage();
      await store.put(key, data, "image/jpeg");
    });

    it("sends the whole file with its type, length, a year's caching and validators", async () => {
      const response = await serveMedia(request(key), key, store);
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/jpeg",
        "content-length": String(data.length),
        "cache-control": "public, max-age=31536000, immutable",
        "accept-ranges": "bytes",
        "x-content-type-options": "nosniff",
      });
      expect(response.headers.get("etag")).toMatch(/^".+"$/);
      expect(Date.parse(response.headers.get("last-modified")!)).not.toBeNaN();
      expect((await body(response)).equals(data)).toBe(true);
    });

    it("sends a byte range as 206 with Content-Range", async () => {
      for (const [header, start, end] of [
        ["bytes=0-0", 0, 0],
        ["bytes=1000-1999", 1000, 1999],
        ["bytes=-10", data.length - 10, data.length - 1],
        ["bytes=2000000-", 2000000, data.length - 1],
      ] as const) {
        const response = await serveMedia(request(key, { Range: header }), key, store);
        expect(response.status, header).toBe(206);
        expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${data.length}`);
        expect(response.headers.get("content-length")).toBe(String(end - start + 1));
        expect((await body(response)).equals(data.subarray(start, end + 1)), header).toBe(true);
      }
    });

    it("answers 416 for a range past the end, and the whole file for several ranges", async () => {
      const past = await serveMedia(request(key, { Range: `bytes=${data.length}-` }), key, store);
      expect(past.status).toBe(416);
      expect(past.headers.get("content-range")).toBe(`bytes */${data.length}`);
      const several = await serveMedia(request(key, { Range: "bytes=0-1,5-6" }), key, store);
      expect(several.status).toBe(200);
      expect((await body(several)).length).toBe(data.length);
    });

    it("answers HEAD with the headers and no body, and 304 to a reader holding this version", async () => {
      const head = await serveMedia(request(key, {}, "HEAD"), key, store);
      expect(head.status).toBe(200);
      expect(head.headers.get("content-length")).toBe(String(data.length));
      expect(head.body).toBeNull();
      const partHead = await serveMedia(request(key, { Range: "bytes=0-9" }, "HEAD"), key, store);
      expect([partHead.status, partHead.headers.get("content-length")]).toEqual([206, "10"]);

      const etag = head.headers.get("etag")!;
      expect((await serveMedia(request(key, { "If-None-Match": etag }), key, store)).status).toBe(304);
      expect((await serveMedia(request(key, { "If-None-Match": '"other"' }), key, store)).status).toBe(200);
      // If-Range for another version: the whole file, not the part.
      expect((await serveMedia(request(key, { Range: "bytes=0-9", "If-Range": '"other"' }), key, store)).status).toBe(200);
      expect((await serveMedia(request(key, { Range: "bytes=0-9", "If-Range": etag }), key, store)).status).toBe(206);
    });

    it("answers 404 for a missing key and for anything outside the key format", async () => {
      const missing = mediaKey(newMediaStem(), 480, "webp");
      expect((await serveMedia(request(missing), missing, store)).status).toBe(404);
      expect((await serveMedia(request(missing, { Range: "bytes=0-1" }), missing, store)).status).toBe(404);
      expect((await serveMedia(request("x"), "../../etc/passwd", store)).status).toBe(404);
    });
  });
}
