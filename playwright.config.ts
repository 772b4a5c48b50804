// End-to-end: Debian's Chromium drives the production build, served on a free loopback port with a
// fresh embedded database of its own (never a developer's .data/, never a remote database).
//
// Projects (README.md, "End-to-end tests", says more):
//   setup       each demo account signs in once; sessions saved as e2e/.auth/<role>.json
//   public      readers, no session; alongside setup
//   reporter, desk, admin, security, a11y   specs grouped by who does the work, on those sessions
//   sitewide    *.sitewide.spec.ts: publishing, sections and settings refresh every public page's
//               cache and change what readers see, so they wait for the public specs, which read
//               those caches; they run beside the role projects
//   screenshots the main screens at 390 and 1280 px, into e2e/screenshots/ (asserts nothing else),
//               last, so that no settings test is halfway through when a page is photographed
// Playwright runs these in phases (a project starts when its dependencies have finished):
// setup + public, then the role projects + sitewide, then screenshots.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumUse } from "./e2e/support/chromium";

// Chosen once in the runner; workers inherit the environment.
if (!process.env.E2E_PORT) {
  const probe = spawnSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]);
  process.env.E2E_PORT = String(probe.stdout).trim();
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-e2e-"));
  // Opens the server's data factory (app/api/test/factory) to this run's tests only.
  process.env.E2E_FACTORY_TOKEN = crypto.randomBytes(32).toString("base64url");
}
const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

const afterSetup = { dependencies: ["setup"] };
const sitewide = /\.sitewide\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Specs build their own data and use their own people where they change shared state, so their
  // tests may run side by side; a file that must not says so (test.describe.configure).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    ...chromiumUse,
  },
  projects: [
    { name: "setup", testMatch: /sessions\.setup\.ts$/ },
    { name: "public", testDir: "e2e/public" },
    // The long journey first, so that its wait for the scheduled minute overlaps other work.
    { name: "sitewide", testMatch: sitewide, dependencies: ["setup", "public"] },
    { name: "reporter", testDir: "e2e/reporter", testIgnore: sitewide, ...afterSetup },
    { name: "desk", testDir: "e2e/desk", testIgnore: sitewide, ...afterSetup },
    { name: "admin", testDir: "e2e/admin", testIgnore: sitewide, ...afterSetup },
    { name: "security", testDir: "e2e/security", testIgnore: sitewide, ...afterSetup },
    { name: "a11y", testDir: "e2e/a11y", ...afterSetup },
    { name: "screenshots", testDir: "e2e/visual", dependencies: ["setup", "sitewide"] },
  ],
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
      // A public address would make this a real deployment: lib/env.ts refuses the token beside it.
      SITE_URL: "",
      E2E_FACTORY_TOKEN: process.env.E2E_FACTORY_TOKEN!,
    },
  },
});
