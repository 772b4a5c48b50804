import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "./seed";

// The repository carries its own copy of the paper's real story so a fresh clone seeds and tests
// without ../shared; when the shared original is beside the clone, the copy must be byte-identical.
const shared = path.join(process.cwd(), "..", "shared", "fixtures", "seed-article.txt");

describe("fixture story copy", () => {
  it.skipIf(!fs.existsSync(shared))("is byte-identical to ../shared/fixtures/seed-article.txt", () => {
    expect(fs.readFileSync(fixturePath).equals(fs.readFileSync(shared))).toBe(true);
  });
});
