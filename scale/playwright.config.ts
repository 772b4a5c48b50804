// Several instances, one newsroom (npm run test:scale): two production servers on a PostgreSQL
// primary with a streaming replica, media in an S3-compatible server, Debian's nginx in front
// (scale/harness.ts). One worker and one paper for the whole suite: its tests run in order.
import { defineConfig } from "@playwright/test";
import { chromiumUse } from "../e2e/support/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../test-results/scale",
  // The production build is current before any server starts (as for the fault tests).
  globalSetup: "../faults/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    ...chromiumUse,
  },
});
