// Playwright fixtures of the fault tests: a PostgreSQL cluster of the test's own, and production
// servers on it, all stopped and removed when the test ends, pass or fail; the servers' output is
// attached to the report.
import fs from "node:fs";
import { test as base } from "@playwright/test";
import { requirement } from "@/db/testing";
import { Cluster, clusterToolsPresent } from "./cluster";
import { NewsroomServer, type ServerOptions } from "./server";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** False (with a notice) when this machine cannot run them; a failure under TOASOAN_REQUIRE_ALL=1. */
export const faultsCanRun =
  requirement("PostgreSQL 15 server tools (pg_createcluster, pg_ctlcluster) run as root, for a cluster of the test's own", clusterToolsPresent()) &&
  requirement(`Chromium at ${chromium}`, fs.existsSync(chromium));

export const test = base.extend<{ cluster: Cluster; startServer: (options: ServerOptions) => Promise<NewsroomServer> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  cluster: async ({}, provide, testInfo) => {
    const cluster = await Cluster.create(`w${testInfo.workerIndex}`);
    try {
      await provide(cluster);
    } finally {
      cluster.drop();
    }
  },
  // Depends on the cluster, so servers stop before their database is dropped.
  startServer: async ({ cluster }, provide, testInfo) => {
    void cluster;
    const servers: NewsroomServer[] = [];
    try {
      await provide(async (options) => {
        const server = await NewsroomServer.start(options);
        servers.push(server);
        return server;
      });
    } finally {
      for (const [i, server] of servers.entries()) {
        await server.stop();
        await testInfo.attach(`server-${i + 1}.log`, { body: server.output(), contentType: "text/plain" });
      }
    }
  },
});

export { expect } from "@playwright/test";

/** Polls `probe` until it returns a value other than undefined; fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
