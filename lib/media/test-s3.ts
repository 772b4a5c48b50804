// A real S3-compatible server for tests (s3rver, from npm): on a free 127.0.0.1 port, its files in a
// temporary folder, one bucket made. Not a mock: the AWS SDK talks HTTP to it as to any bucket.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import type { S3StorageConfig } from "./s3-storage";

export type TestS3 = { config: S3StorageConfig; directory: string; keys(): Promise<string[]>; stop(): Promise<void> };

export async function startTestS3(bucket = "toasoan-media"): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  // s3rver accepts these fixed credentials and checks the signature made with them.
  const config: S3StorageConfig = { bucket, region: "us-east-1", endpoint: `http://127.0.0.1:${port}`, accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const client = new S3Client({ ...config, forcePathStyle: true, credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } });
  return {
    config,
    directory,
    /** Every key in the bucket, sorted. */
    async keys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map((object) => object.Key!));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    async stop() {
      client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The MEDIA_… variables that point mediaStorage() at this server. */
export function s3Environment(s3: TestS3): Record<string, string> {
  return {
    MEDIA_STORAGE: "s3",
    MEDIA_S3_ENDPOINT: s3.config.endpoint!,
    MEDIA_S3_REGION: s3.config.region,
    MEDIA_S3_BUCKET: s3.config.bucket,
    MEDIA_S3_ACCESS_KEY_ID: s3.config.accessKeyId,
    MEDIA_S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey,
  };
}
