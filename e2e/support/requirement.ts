import fs from "node:fs";
import { test } from "./test";

/** Debian's ffmpeg, which the tests use to make video and sound files. */
export const ffmpegPath = "/usr/bin/ffmpeg";
export const hasFfmpeg = fs.existsSync(ffmpegPath);

/**
 * Skips the test when a tool it needs is missing, with a notice saying which and how to get it;
 * under TOASOAN_REQUIRE_ALL=1 (CI, which installs everything) it fails instead, as db/testing.ts does.
 */
export function requireTool(present: boolean, what: string): void {
  if (present) return;
  if (process.env.TOASOAN_REQUIRE_ALL === "1") throw new Error(`Missing for this test: ${what} (TOASOAN_REQUIRE_ALL=1 forbids skipping)`);
  console.warn(`SKIPPED: needs ${what}`);
  test.skip(true, `needs ${what}`);
}
