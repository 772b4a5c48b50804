// Where uploaded images live. The app talks to a MediaStorage, never to the disk directly, so that
// instances can share an S3-compatible bucket instead of a local folder (MEDIA_STORAGE=s3).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { dataDir, env } from "@/lib/env";
import { S3Storage } from "./s3-storage";

/** Bytes `start` to `end` of a file, both included (an HTTP byte range resolved against the file's size). */
export type ByteRange = { start: number; end: number };

/** What a reader's cache needs to know about a stored file, without its bytes. */
export type StoredInfo = { size: number; etag: string; lastModified: Date };

/** A stored file opened for streaming to a reader: the whole file, or the `range` asked for. */
export type StoredObject = StoredInfo & { body: ReadableStream<Uint8Array>; range?: ByteRange };

export interface MediaStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** A file on this machine's disk stored under `key`, streamed (a video may be gigabytes); the file itself is left in place. */
  putFile(key: string, file: string, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  stat(key: string): Promise<StoredInfo | null>;
  /** The file (or part of it) as a stream, for serving large originals without holding them in memory. */
  open(key: string, range?: ByteRange): Promise<StoredObject | null>;
  /** Removing a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Every stored file's Cache-Control: a key is never rewritten, so a copy is good for a year. */
export const mediaCacheControl = "public, max-age=31536000, immutable";

export const mediaExtensions = ["jpg", "png", "webp", "avif", "mp4", "webm", "mp3", "m4a", "ogg", "vtt", "bin"] as const;
export type MediaExtension = (typeof mediaExtensions)[number];

// What a reader's browser is told each stored file is. A sound-only WebM is served as video/webm,
// which every browser's <audio> plays too. "bin" is a phone's original waiting for its conversion:
// stored, never served (null).
const contentTypes: Record<MediaExtension, string | null> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  vtt: "text/vtt; charset=utf-8",
  bin: null,
};

// yyyy/mm/<24 hex>-<original | width>.<ext>. Anything else is not a key we ever wrote, which is
// also what keeps "..", absolute paths and odd characters out of every storage driver.
const KEY = /^(\d{4})\/(0[1-9]|1[0-2])\/([0-9a-f]{24})-(original|[1-9]\d{0,4})\.(jpg|png|webp|avif|mp4|webm|mp3|m4a|ogg|vtt|bin)$/;

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

/**
 * The public address of a stored file: under MEDIA_PUBLIC_URL when set (a CDN or the bucket's own
 * address), else served by this app (app/media/[...key]/route.ts) from whichever storage.
 */
export function mediaUrl(key: string): string {
  return `${env().MEDIA_PUBLIC_URL ?? "/media"}/${key}`;
}

export function assertKey(key: string) {
  if (!isMediaKey(key)) throw new Error(`not a media key: ${JSON.stringify(key)}`);
}

/** The storage could not keep a file, for a reason the uploader should hear about in words. */
export class StorageError extends Error {}

/** The disk (or quota) holding the media is full: nothing of the file was kept. */
export class StorageFullError extends StorageError {
  constructor(cause: unknown) {
    super("Ổ đĩa lưu ảnh của máy chủ đã đầy nên ảnh chưa được tải lên. Hãy báo quản trị viên giải phóng dung lượng rồi thử lại.", { cause });
  }
}

/** The object storage did not take the file (unreachable, refused, no such bucket): nothing was kept. */
export class StorageUnavailableError extends StorageError {
  constructor(cause: unknown) {
    super(
      "Không kết nối được kho lưu ảnh nên ảnh chưa được tải lên. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị viên kiểm tra kho lưu ảnh (MEDIA_S3_…).",
      {
        cause,
      },
    );
  }
}

// nginx's kind of ETag (size and modification time): a file at a key is written once.
function infoOf(stats: fs.Stats): StoredInfo {
  return { size: stats.size, etag: `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`, lastModified: stats.mtime };
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

  async putFile(key: string, file: string, _contentType: string): Promise<void> {
    const full = this.pathOf(key);
    const temp = `${full}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
    try {
      await fs.promises.mkdir(path.dirname(full), { recursive: true });
      // A copy (a clone where the file system can) then a rename: the caller removes its own file.
      await fs.promises.copyFile(file, temp, fs.constants.COPYFILE_EXCL | fs.constants.COPYFILE_FICLONE);
      await fs.promises.rename(temp, full);
    } catch (error) {
      await fs.promises.rm(temp, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      throw code === "ENOSPC" || code === "EDQUOT" ? new StorageFullError(error) : error;
    }
  }

  /** Where a key's file is on this disk, so that ffmpeg reads a stored video without copying it. */
  localPath(key: string): string {
    return this.pathOf(key);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredInfo | null> {
    try {
      return infoOf(await fs.promises.stat(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async open(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const full = this.pathOf(key);
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(full, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    const info = infoOf(await handle.stat());
    const stream = handle.createReadStream(range ? { start: range.start, end: range.end } : {}); // closes the handle when done or destroyed
    return { ...info, body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, range };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

let shared: { config: string; storage: S3Storage } | undefined;

/**
 * The storage this deployment uses: MEDIA_STORAGE=s3 a bucket (lib/media/s3-storage.ts), else the
 * folder <DATA_DIR>/media. Keys are the same in both, so moving the files moves the library.
 */
export function mediaStorage(): MediaStorage {
  const e = env();
  if (e.MEDIA_STORAGE !== "s3") return new LocalDiskStorage(path.join(dataDir(), "media"));
  const config = {
    endpoint: e.MEDIA_S3_ENDPOINT,
    region: e.MEDIA_S3_REGION!,
    bucket: e.MEDIA_S3_BUCKET!,
    accessKeyId: e.MEDIA_S3_ACCESS_KEY_ID!,
    secretAccessKey: e.MEDIA_S3_SECRET_ACCESS_KEY!,
    forcePathStyle: e.MEDIA_S3_FORCE_PATH_STYLE,
  };
  // One client (and its connection pool) per configuration, not one per upload.
  const id = JSON.stringify(config);
  if (shared?.config !== id) shared = { config: id, storage: new S3Storage(config) };
  return shared.storage;
}
