// Where uploaded images live. The app talks to a MediaStorage, never to the disk directly, so that
// instances can later share an S3-compatible bucket instead of a local folder (DESIGN: scale path).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { dataDir } from "@/lib/env";

/** A stored file opened for streaming to a reader. */
export type StoredObject = { body: ReadableStream<Uint8Array>; size: number };

export interface MediaStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** The file as a stream, for serving large originals without holding them in memory. */
  open(key: string): Promise<StoredObject | null>;
  /** Removing a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

export const mediaExtensions = ["jpg", "png", "webp", "avif"] as const;
export type MediaExtension = (typeof mediaExtensions)[number];

const contentTypes: Record<MediaExtension, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

// yyyy/mm/<24 hex>-<original | width>.<ext>. Anything else is not a key we ever wrote, which is
// also what keeps "..", absolute paths and odd characters out of every storage driver.
const KEY = /^(\d{4})\/(0[1-9]|1[0-2])\/([0-9a-f]{24})-(original|[1-9]\d{0,4})\.(jpg|png|webp|avif)$/;

export function isMediaKey(key: string): boolean {
  return KEY.test(key);
}

export function contentTypeOfKey(key: string): string | null {
  const match = KEY.exec(key);
  return match ? contentTypes[match[5] as MediaExtension] : null;
}

/** One random stem per upload; its original and variants share it, so they sort together. */
export function newMediaStem(now = new Date()): string {
  const year = now.getUTCFullYear();
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${year}/${month}/${crypto.randomBytes(12).toString("hex")}`;
}

export function mediaKey(stem: string, variant: "original" | number, ext: MediaExtension): string {
  const key = `${stem}-${variant}.${ext}`;
  if (!isMediaKey(key)) throw new Error(`not a media key: ${key}`);
  return key;
}

/** The public address of a stored file, served by app/media/[...key]/route.ts. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

function assertKey(key: string) {
  if (!isMediaKey(key)) throw new Error(`not a media key: ${JSON.stringify(key)}`);
}

/** The disk (or quota) holding the media is full: nothing of the file was kept. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super("Ổ đĩa lưu ảnh của máy chủ đã đầy nên ảnh chưa được tải lên. Hãy báo quản trị viên giải phóng dung lượng rồi thử lại.", { cause });
  }
}

/** Files under one folder, by default <DATA_DIR>/media. */
export class LocalDiskStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertKey(key);
    const full = path.resolve(this.root, ...key.split("/"));
    // The key format already rules traversal out; this is the second lock on the same door.
    if (!full.startsWith(this.root + path.sep)) throw new Error(`media key escapes the storage root: ${key}`);
    return full;
  }

  async put(key: string, data: Buffer, _contentType: string): Promise<void> {
    const full = this.pathOf(key);
    // Write then rename, so a reader never sees half a file and a crash leaves no torn image.
    const temp = `${full}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
    try {
      await fs.promises.mkdir(path.dirname(full), { recursive: true });
      await fs.promises.writeFile(temp, data, { flag: "wx" });
      await fs.promises.rename(temp, full);
    } catch (error) {
      // A write cut short (a full disk) leaves its part under the temporary name: remove it.
      await fs.promises.rm(temp, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      throw code === "ENOSPC" || code === "EDQUOT" ? new StorageFullError(error) : error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async open(key: string): Promise<StoredObject | null> {
    const full = this.pathOf(key);
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(full, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    const { size } = await handle.stat();
    const stream = handle.createReadStream(); // closes the handle when done or destroyed
    return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

/**
 * The storage this deployment uses. Only local disk today. An S3-compatible driver would
 * implement the same four methods with @aws-sdk/client-s3 (PutObject with ContentType and a
 * long Cache-Control, GetObject returning its Body stream and ContentLength, DeleteObject),
 * configured by MEDIA_S3_BUCKET, MEDIA_S3_REGION, MEDIA_S3_ENDPOINT (for MinIO and other
 * S3-compatible services) and credentials, validated in lib/env.ts; this function would pick it
 * when MEDIA_S3_BUCKET is set. Keys stay the same, so existing rows need no rewrite; the media
 * route could then redirect to a CDN address instead of streaming.
 */
export function mediaStorage(): MediaStorage {
  return new LocalDiskStorage(path.join(dataDir(), "media"));
}
