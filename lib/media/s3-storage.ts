// The library's files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, Wasabi…), so that several
// instances share one store. Same keys as on disk; every object carries its type and a year-long
// Cache-Control, so a CDN in front of the bucket (MEDIA_PUBLIC_URL) serves it as the app would.
import fs from "node:fs";
import type * as Sdk from "@aws-sdk/client-s3";
import { assertKey, mediaCacheControl, StorageUnavailableError, type ByteRange, type MediaStorage, type StoredInfo, type StoredObject } from "./storage";

export type S3StorageConfig = {
  bucket: string;
  region: string;
  /** An S3-compatible service's address (MinIO: http://minio:9000); unset for AWS itself. */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (endpoint/bucket/key) rather than the host name; default: yes with an endpoint. */
  forcePathStyle?: boolean;
};

// The SDK is loaded on first use: a server on local disk never holds it in memory.
let sdk: Promise<typeof Sdk> | undefined;
const loadSdk = () => (sdk ??= import("@aws-sdk/client-s3"));

const missing = (error: unknown) => {
  const failure = error as { $metadata?: { httpStatusCode?: number }; name?: string } | null;
  return failure?.$metadata?.httpStatusCode === 404 || failure?.name === "NoSuchKey" || failure?.name === "NotFound";
};

/** `length` bytes of a stream, from byte `skip`; the rest is not read. */
function slice(stream: ReadableStream<Uint8Array>, skip: number, length: number): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      const from = Math.min(skip, value.length);
      skip -= from;
      const part = value.subarray(from, from + length);
      length -= part.length;
      if (part.length) controller.enqueue(part);
      if (length === 0) {
        controller.close();
        await reader.cancel();
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export class S3Storage implements MediaStorage {
  readonly bucket: string;
  private readonly config: S3StorageConfig;
  private client?: Promise<Sdk.S3Client>;

  constructor(config: S3StorageConfig) {
    this.bucket = config.bucket;
    this.config = config;
  }

  private s3(): Promise<Sdk.S3Client> {
    const config = this.config;
    return (this.client ??= loadSdk().then(
      ({ S3Client }) =>
        new S3Client({
          region: config.region,
          endpoint: config.endpoint,
          forcePathStyle: config.forcePathStyle ?? Boolean(config.endpoint),
          credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
          // The SDK's default checksums (CRC32 trailers on uploads) are not understood by every
          // S3-compatible server: s3rver stored a streamed upload so with the wrong length and no
          // error. Checksums only where the API requires them; uploads are whole Buffers with a length.
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          // An unreachable store should fail an upload in seconds, not hang the reporter's request.
          requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
          maxAttempts: 3,
        }),
    ));
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    assertKey(key);
    try {
      const { PutObjectCommand } = await loadSdk();
      await (
        await this.s3()
      ).send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: data,
          ContentLength: data.length,
          ContentType: contentType,
          CacheControl: mediaCacheControl,
        }),
      );
    } catch (error) {
      // A PUT either stores the whole object or nothing: no partial file to clean up here.
      throw new StorageUnavailableError(error);
    }
  }

  async putFile(key: string, file: string, contentType: string): Promise<void> {
    assertKey(key);
    try {
      const { PutObjectCommand } = await loadSdk();
      const { size } = await fs.promises.stat(file);
      // One PUT takes up to 5 GB, beyond the library's largest video; streamed, never held in memory.
      await (
        await this.s3()
      ).send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: fs.createReadStream(file),
          ContentLength: size,
          ContentType: contentType,
          CacheControl: mediaCacheControl,
        }),
      );
    } catch (error) {
      throw new StorageUnavailableError(error);
    }
  }

  async get(key: string): Promise<Buffer | null> {
    const object = await this.open(key);
    return object ? Buffer.from(await new Response(object.body).arrayBuffer()) : null;
  }

  async stat(key: string): Promise<StoredInfo | null> {
    assertKey(key);
    try {
      const { HeadObjectCommand } = await loadSdk();
      const head = await (await this.s3()).send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, etag: head.ETag ?? `"${key}"`, lastModified: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  async open(key: string, range?: ByteRange): Promise<StoredObject | null> {
    assertKey(key);
    try {
      const { GetObjectCommand } = await loadSdk();
      const object = await (
        await this.s3()
      ).send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
      if (!object.Body) throw new Error(`S3 answered no body for ${key}`);
      const body = object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      const info = { etag: object.ETag ?? `"${key}"`, lastModified: object.LastModified ?? new Date(0) };
      if (!range) return { ...info, body, size: object.ContentLength! };
      // A ranged answer's length is the part's; the whole object's size is after the slash.
      const answered = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(object.ContentRange ?? "");
      if (!answered) throw new Error(`S3 answered no Content-Range for ${key}: ${object.ContentRange}`);
      const [start, end, size] = answered.slice(1).map(Number) as [number, number, number];
      if (start === range.start && end === range.end) return { ...info, body, size, range };
      // Some S3-compatible servers widen a range (s3rver sends "bytes=0-0" whole): cut it to size.
      if (start > range.start || end < range.end) throw new Error(`S3 answered bytes ${start}-${end} of ${key}, not ${range.start}-${range.end}`);
      return { ...info, body: slice(body, range.start - start, range.end - range.start + 1), size, range };
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    // S3 answers 204 for a key that is not there too.
    const { DeleteObjectCommand } = await loadSdk();
    await (await this.s3()).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's connections (tests, scripts). */
  destroy(): void {
    void this.client?.then((client) => client.destroy());
  }
}
