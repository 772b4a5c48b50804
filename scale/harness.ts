// The paper on two machines, as README's "Running several instances" sets it up, made once for the
// suite: a PostgreSQL primary with a streaming replica (clusters of the suite's own), an
// S3-compatible server (s3rver), two production servers on one build sharing AUTH_SECRET, each
// reading from the replica and keeping media in the bucket, and Debian's nginx in front with the
// shipped config, told by the servers what to forget. Everything stops and is removed at the end.
import crypto from "node:crypto";
import fs from "node:fs";
import { test as base } from "@playwright/test";
import { requirement } from "@/db/testing";
import { nginxAvailable, startFront, type RunningFront } from "@/deploy/nginx/standalone";
import { s3Environment, startTestS3, type TestS3 } from "@/lib/media/test-s3";
import { Cluster, clusterToolsPresent, freePort } from "@/faults/harness/cluster";
import { createNewsroomDatabase, makeAccount, withDatabase, type Account } from "@/faults/harness/newsroom";
import { NewsroomServer } from "@/faults/harness/server";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** False (with a notice) when this machine cannot run the suite; a failure under TOASOAN_REQUIRE_ALL=1. */
export const scaleCanRun =
  requirement(
    "PostgreSQL 15 server tools (pg_createcluster, pg_basebackup) run as root, for a primary and a replica of the suite's own",
    clusterToolsPresent(),
  ) &&
  requirement("Debian's nginx with libnginx-mod-http-cache-purge (apt-get install nginx libnginx-mod-http-cache-purge)", nginxAvailable()) &&
  requirement(`Chromium at ${chromium}`, fs.existsSync(chromium));

export type People = { reporter: Account; editor: Account; chief: Account };

export type Paper = {
  databaseUrl: string;
  primary: Cluster;
  replica: Cluster;
  s3: TestS3;
  a: NewsroomServer;
  b: NewsroomServer;
  front: RunningFront;
  people: People;
};

async function startPaper(): Promise<{ paper: Paper; stop: () => Promise<void> }> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => console.error("scale: cleanup", error));
  };
  try {
    const primary = await Cluster.create("scale");
    cleanups.push(() => primary.drop());
    const databaseUrl = await createNewsroomDatabase(primary);
    const people = await withDatabase(databaseUrl, async (db) => ({
      reporter: await makeAccount(db, "reporter", "Lê Phương Dung", "dung@toasoan.test"),
      editor: await makeAccount(db, "editor", "Trần Minh Đức", "duc@toasoan.test"),
      chief: await makeAccount(db, "chief_editor", "Hoàng Thu Hà", "ha@toasoan.test"),
    }));
    // The replica is copied after the schema and people exist, then streams whatever follows.
    const replica = await Cluster.replicaOf(primary, "scale_replica");
    cleanups.push(() => replica.drop());
    const s3 = await startTestS3();
    cleanups.push(() => s3.stop());

    const ports = [await freePort(), await freePort()] as const;
    const front = await startFront({ upstreams: ports.map((port) => `127.0.0.1:${port}`) });
    cleanups.push(() => front.stop());
    const env = {
      AUTH_SECRET: crypto.randomBytes(33).toString("base64"),
      DATABASE_REPLICA_URL: replica.url(new URL(databaseUrl).pathname.slice(1)),
      FRONT_PURGE_URL: front.purgeOrigin,
      TRUSTED_PROXIES: "loopback",
      ...s3Environment(s3),
    };
    const [a, b] = await Promise.all(ports.map((port) => NewsroomServer.start({ databaseUrl, port, env, startTimeoutMs: 300_000 })));
    cleanups.push(
      () => a!.stop(),
      () => b!.stop(),
    );
    return { paper: { databaseUrl, primary, replica, s3, a: a!, b: b!, front, people }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const test = base.extend<object, { paper: Paper }>({
  paper: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, provide, workerInfo) => {
      const { paper, stop } = await startPaper();
      try {
        await provide(paper);
      } finally {
        for (const [name, server] of [["a", paper.a] as const, ["b", paper.b] as const]) {
          fs.writeFileSync(`${workerInfo.project.outputDir}/server-${name}.log`, server.output());
        }
        fs.writeFileSync(`${workerInfo.project.outputDir}/nginx-error.log`, paper.front.errors());
        await stop();
      }
    },
    { scope: "worker", timeout: 600_000 },
  ],
});

export { expect } from "@playwright/test";
