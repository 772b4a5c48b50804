// End-to-end: Debian's Chromium drives the production build, served on a free loopback port with a
// fresh embedded database of its own (never a developer's .data/, never a remote database).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Chosen once in the runner; workers inherit the environment.
if (!process.env.E2E_PORT) {
  const probe = spawnSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]);
  process.env.E2E_PORT = String(probe.stdout).trim();
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-e2e-"));
}
const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // Builds first when the sources changed (scripts/start.ts), then serves on loopback only.
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: port,
      HOSTNAME: "127.0.0.1",
      DATA_DIR: process.env.E2E_DATA_DIR!,
      PGLITE_DIR: path.join(process.env.E2E_DATA_DIR!, "pglite"),
      DATABASE_URL: "",
    },
  },
});
