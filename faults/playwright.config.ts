// The fault tests in a real Chromium (npm run test:faults): each test makes its own PostgreSQL
// cluster and its own production server (faults/harness/), breaks something, and checks that
// nothing was lost. One at a time: they stop databases and kill servers.
import { defineConfig } from "@playwright/test";
import { chromiumUse } from "../e2e/support/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../test-results/faults",
  globalSetup: "./global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    ...chromiumUse,
  },
});
