// The import CLI as a person runs it: a separate process on an embedded database in a temporary
// directory (DATABASE_URL cleared, so this runs on PGlite in both test runs).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { makePerson } from "@/db/factories";
import { auditLog, stories } from "@/db/schema";
import { fixturePath } from "@/db/seed/seed";
import { makeDocx } from "@/lib/importer/fixtures/make-docx";
import { parseStory } from "@/lib/importer/parse-story";
import { slugify } from "@/lib/text/slug";

const root = process.cwd();
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const noDateline = path.join(root, "lib", "importer", "fixtures", "no-dateline.txt");
const text = fs.readFileSync(fixturePath, "utf8");
const slug = slugify(parseStory(text).title);

let tmp: string;
let dataDir: string;

type Run = { code: number | null; stdout: string; stderr: string };

function run(...given: string[]): Promise<Run> {
  // A publishing run writes its report among this test's files, not in the repository.
  const args = given[0] === "--publish" ? [...given, "--report", path.join(tmp, "report.csv")] : given;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, "scripts/import-text.ts", ...args], {
      cwd: root,
      env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ dataDir });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-text-cli-"));
  dataDir = path.join(tmp, "pglite");
  await withDatabase(async (db) => {
    await makePerson(db, "chief_editor", { email: "thuky@toasoan.test", name: "Hoàng Thu Hà", penName: "THU HÀ" });
  });
}, 120_000);
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("import:text --json", () => {
  it("prints the parsed fixture", async () => {
    const result = await run("--json", fixturePath);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(parseStory(text));
  }, 60_000);

  it("reads a .docx to the same JSON", async () => {
    const docx = path.join(tmp, "seed-article.docx");
    fs.writeFileSync(docx, await makeDocx(text.split("\n").filter(Boolean)));
    const result = await run("--json", docx);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(parseStory(text));
  }, 60_000);

  it("reports an unreadable file in both languages and exits 1", async () => {
    const result = await run("--json", path.join(tmp, "khong-co.txt"));
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toContain("Không tìm thấy tệp");
    expect(result.stderr).toContain("File not found");
  }, 60_000);
});

describe("import:text --publish", () => {
  it("publishes the fixture and prints its address", async () => {
    const result = await run("--publish", "--section", "luu-tru", fixturePath);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^đã nhập: ${fixturePath} → /luu-tru/${slug}-\\d+\\n$`));
  }, 60_000);

  it("skips it the second time, reports a file without a date line, exits 1", async () => {
    const result = await run("--publish", "--section", "luu-tru", fixturePath, noDateline);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^bỏ qua \\(đã có\\): ${fixturePath} → /luu-tru/${slug}-\\d+\\n$`));
    expect(result.stderr).toContain(`lỗi: ${noDateline}: Bài không có dòng ngày tháng`);
  }, 60_000);

  it("left one story, one import audit row, and the database closed", async () => {
    // Opening it here proves the CLI released the embedded database's lock.
    await withDatabase(async (db) => {
      const [story] = await db.select().from(stories);
      expect(story).toMatchObject({ status: "published", slug, byline: ["PHƯƠNG DUNG"] });
      expect((await db.select({ n: count() }).from(stories))[0]?.n).toBe(1);
      const audit = await db.select().from(auditLog).where(eq(auditLog.action, "story.import"));
      expect(audit).toHaveLength(1);
      expect(audit[0]?.data).toEqual({ source: "seed-article.txt", sectionSlug: "luu-tru" });
    });
  }, 60_000);

  it("refuses an unknown author and exits 1", async () => {
    const result = await run("--publish", "--section", "luu-tru", "--author", "ai@toasoan.test", fixturePath);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toContain("Không có tài khoản với email ai@toasoan.test");
  }, 60_000);

  it("says clearly that the server holds the embedded database, and exits 1", async () => {
    const handle = await openDatabase({ dataDir });
    try {
      const result = await run("--publish", "--section", "luu-tru", fixturePath);
      expect(result).toMatchObject({ code: 1, stdout: "" });
      expect(result.stderr).toContain("đang được tiến trình khác dùng");
      expect(result.stderr).toContain(`pid ${process.pid}`);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it("exits 2 on wrong usage", async () => {
    const result = await run("--publish", fixturePath);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--section");
  }, 60_000);
});
