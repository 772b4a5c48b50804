import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { env, resetEnv } from "@/lib/env";
import { S3Storage } from "./s3-storage";
import { contentTypeOfKey, isMediaKey, LocalDiskStorage, mediaKey, mediaStorage, mediaUrl, newMediaStem } from "./storage";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-storage-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("media keys", () => {
  it("are yyyy/mm/<random>-<variant>.<ext>", () => {
    const stem = newMediaStem(new Date("2026-11-05T10:00:00Z"));
    expect(stem).toMatch(/^2026\/11\/[0-9a-f]{24}$/);
    expect(mediaKey(stem, 960, "webp")).toBe(`${stem}-960.webp`);
    expect(mediaKey(stem, "original", "jpg")).toBe(`${stem}-original.jpg`);
    expect(contentTypeOfKey(`${stem}-original.jpg`)).toBe("image/jpeg");
    expect(contentTypeOfKey(`${stem}-480.webp`)).toBe("image/webp");
  });

  it("never admit traversal or anything we did not write", () => {
    for (const key of [
      "../../etc/passwd",
      "2026/11/../../../etc/passwd",
      "/etc/passwd",
      "2026/11/0123456789abcdef01234567-960.webp/../x",
      "2026/11/0123456789abcdef01234567-960.svg",
      "2026\\11\\0123456789abcdef01234567-960.webp",
      "2026/13/0123456789abcdef01234567-960.webp",
      "2026/11/0123456789ABCDEF01234567-960.webp",
      "2026/11/0123456789abcdef01234567-960.webp\0",
      "",
    ]) {
      expect(isMediaKey(key), key).toBe(false);
      expect(contentTypeOfKey(key), key).toBeNull();
    }
  });
});

describe("local disk storage", () => {
  const storage = new LocalDiskStorage(root);
  const key = mediaKey(newMediaStem(), 480, "webp");

  it("puts, gets, streams and deletes a file under its root", async () => {
    await storage.put(key, Buffer.from("ảnh"), "image/webp");
    expect(fs.existsSync(path.join(root, ...key.split("/")))).toBe(true);
    expect((await storage.get(key))?.toString()).toBe("ảnh");
    const opened = await storage.open(key);
    expect(opened?.size).toBe(Buffer.byteLength("ảnh"));
    expect(await text(opened!.body)).toBe("ảnh");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.open(key)).toBeNull();
    await storage.delete(key); // deleting twice is fine
  });

  it("leaves no temporary files behind", async () => {
    await storage.put(key, Buffer.from("x"), "image/webp");
    const folder = path.dirname(path.join(root, ...key.split("/")));
    expect(fs.readdirSync(folder)).toEqual([path.basename(key)]);
  });

  it("refuses keys outside the format, before touching the disk", async () => {
    await expect(storage.put("../escape.webp", Buffer.from("x"), "image/webp")).rejects.toThrow(/not a media key/);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/not a media key/);
    await expect(storage.delete("2026/11/../../x")).rejects.toThrow(/not a media key/);
    expect(fs.existsSync(path.join(root, "..", "escape.webp"))).toBe(false);
  });
});

describe("the storage a deployment uses", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnv();
  });
  const configure = (vars: Record<string, string>) => {
    for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
    resetEnv();
  };
  const s3 = { MEDIA_STORAGE: "s3", MEDIA_S3_REGION: "us-east-1", MEDIA_S3_BUCKET: "anh", MEDIA_S3_ACCESS_KEY_ID: "k", MEDIA_S3_SECRET_ACCESS_KEY: "s" };

  it("is the local folder by default, the bucket with MEDIA_STORAGE=s3", () => {
    configure({ MEDIA_STORAGE: "" });
    expect(mediaStorage()).toBeInstanceOf(LocalDiskStorage);
    configure({ ...s3, MEDIA_S3_ENDPOINT: "http://127.0.0.1:9000/" });
    expect(mediaStorage()).toBeInstanceOf(S3Storage);
    expect(mediaStorage()).toBe(mediaStorage()); // one client, not one per call
    expect(env().MEDIA_S3_ENDPOINT).toBe("http://127.0.0.1:9000");
  });

  it("refuses MEDIA_STORAGE=s3 without bucket, region or credentials, naming the variable in Vietnamese", () => {
    for (const name of ["MEDIA_S3_BUCKET", "MEDIA_S3_REGION", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY"]) {
      configure({ ...s3, [name]: "" });
      expect(() => env(), name).toThrow(`${name} là bắt buộc khi MEDIA_STORAGE=s3`);
    }
    configure({ MEDIA_STORAGE: "minio" });
    expect(() => env()).toThrow("MEDIA_STORAGE phải là local hoặc s3");
    configure({ MEDIA_STORAGE: "", MEDIA_PUBLIC_URL: "cdn.baolangson.vn" });
    expect(() => env()).toThrow("MEDIA_PUBLIC_URL phải là một địa chỉ http:// hoặc https://");
  });

  it("links photos under MEDIA_PUBLIC_URL when set, else under /media", () => {
    configure({ MEDIA_PUBLIC_URL: "" });
    const key = mediaKey(newMediaStem(), 960, "webp");
    expect(mediaUrl(key)).toBe(`/media/${key}`);
    configure({ MEDIA_PUBLIC_URL: "https://cdn.baolangson.vn/anh/" });
    expect(mediaUrl(key)).toBe(`https://cdn.baolangson.vn/anh/${key}`);
  });
});
