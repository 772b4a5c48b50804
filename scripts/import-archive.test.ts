// A paper's archive brought over with `npm run import:text -- --publish FOLDER`, run as a person
// runs it: a separate process on the database of this test run (an embedded one in a temporary
// folder, or a new database on the PostgreSQL server of DATABASE_URL), stopped and run again.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { count, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { media, oldAddresses, publicationEvents, sections, stories, storySources } from "@/db/schema";
import { fixturePath } from "@/db/seed/seed";
import { makeTestPhoto } from "@/lib/media/test-images";

const root = process.cwd();

let tmp: string;
let childEnv: NodeJS.ProcessEnv;
let open: () => Promise<DatabaseHandle>;
let dropDatabase: () => Promise<void> = async () => {};

type Run = { code: number | null; stdout: string; stderr: string };

function start(args: string[]): { child: ChildProcess; done: Promise<Run>; stdout: () => string } {
  // tsx as a loader, not its CLI: the CLI runs the script in a child process a kill would miss.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import-text.ts", ...args], { cwd: root, env: childEnv });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const done = new Promise<Run>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout };
}

const run = (...args: string[]) => start(args).done;

async function withDatabase<T>(fn: (db: DatabaseHandle["db"]) => Promise<T>): Promise<T> {
  const handle = await open();
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

function report(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file, "utf8"), { bom: true, columns: true });
}

/** A story file of the archive: a date line, a title, a sapo, two paragraphs and a byline. */
function writeStory(file: string, i: number, byline = "THU HÀ"): string {
  const title = `Xã vùng cao số ${i} đón chuẩn nông thôn mới`;
  const day = String((i % 28) + 1).padStart(2, "0");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    [
      `${day}/0${(i % 9) + 1}/2019`,
      "",
      title,
      "",
      `– Sau ${i} năm phấn đấu, xã đã đạt đủ 19 tiêu chí.`,
      "",
      "Đường bê tông về tận thôn bản.",
      "",
      "Người dân phấn khởi.",
      "",
      byline,
      "",
    ].join("\n"),
  );
  return title;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-archive-"));
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const name = `toasoan_archive_${crypto.randomBytes(5).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const own = new URL(url);
    own.pathname = `/${name}`;
    childEnv = { ...process.env, DATABASE_URL: own.toString(), DATA_DIR: path.join(tmp, "data") };
    open = () => openDatabase({ url: own.toString() });
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const dataDir = path.join(tmp, "pglite");
    childEnv = { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, DATA_DIR: path.join(tmp, "data") };
    open = () => openDatabase({ dataDir });
  }
  await withDatabase(async (db) => {
    await makePerson(db, "chief_editor", { email: "thuky@toasoan.test", name: "Hoàng Thu Hà", penName: "THU HÀ" });
  });
}, 120_000);

afterAll(async () => {
  await dropDatabase();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("an archive folder with its manifest and map", () => {
  let folder: string;
  let reportFile: string;
  let result: Run;

  beforeAll(async () => {
    folder = path.join(tmp, "luu-tru-cu");
    fs.mkdirSync(path.join(folder, "2022", "07"), { recursive: true });
    fs.copyFileSync(fixturePath, path.join(folder, "2022", "07", "phan-dau.txt"));
    fs.writeFileSync(path.join(folder, "thong-bao.txt"), "Thông báo\n\nBáo Lạng Sơn thông báo lịch nghỉ Tết của tòa soạn.\n\nBBT\n");
    fs.writeFileSync(path.join(folder, "hong.txt"), "Chỉ có một dòng tiêu đề\n");
    fs.mkdirSync(path.join(folder, ".git"));
    fs.writeFileSync(path.join(folder, ".git", "ghost.txt"), "not a story");
    fs.writeFileSync(path.join(folder, "anh.jpg"), await makeTestPhoto({ width: 800, height: 600 }));
    fs.writeFileSync(
      path.join(folder, "bang-ke.csv"),
      [
        "file,old_url,section,date,photos",
        "2022/07/phan-dau.txt,https://baolangson.vn/chinh-tri/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-512345.html,Chính trị,,anh.jpg",
        "thong-bao.txt,/thong-bao/thong-bao-nghi-tet-600001.html,Thông báo,20/01/2023,",
      ].join("\n"),
    );
    fs.writeFileSync(path.join(tmp, "doi-chieu.csv"), "kind,old,new\nsection,Chính trị,thoi-su\nbyline,PHƯƠNG DUNG,P. DUNG\n");
    reportFile = path.join(tmp, "bao-cao.csv");
    result = await run(
      "--publish",
      "--section",
      "luu-tru",
      "--manifest",
      path.join(folder, "bang-ke.csv"),
      "--map",
      path.join(tmp, "doi-chieu.csv"),
      "--report",
      reportFile,
      folder,
    );
  }, 120_000);

  it("publishes every story file under the folder, skipping hidden ones, and says which file it refused", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`lỗi: ${path.join(folder, "hong.txt")}: Bài chỉ có tiêu đề`);
    expect(result.stdout).not.toContain("ghost");
    expect(result.stderr).toMatch(/Xong: 2 đã nhập, 0 đã có, 1 lỗi/);
  });

  it("files each story in the section the map names, signs it with today's pen name, dates it from the manifest", async () => {
    await withDatabase(async (db) => {
      const rows = await db
        .select({
          title: stories.title,
          byline: stories.byline,
          section: sections.slug,
          publishedAt: stories.publishedAt,
          body: stories.body,
          sapo: stories.sapo,
        })
        .from(stories)
        .innerJoin(sections, eq(sections.id, stories.sectionId))
        .orderBy(sections.slug);
      expect(rows.map((r) => [r.section, r.byline])).toEqual([
        ["thoi-su", ["P. DUNG"]],
        ["thong-bao", ["BBT"]],
      ]);
      // 06:00 in Vietnam on the manifest's day: the notice had no date line.
      expect(rows[1]!.publishedAt!.toISOString()).toBe("2023-01-19T23:00:00.000Z");
      const [section] = await db.select().from(sections).where(eq(sections.slug, "thong-bao"));
      expect(section?.name).toBe("Thông báo");
      // The manifest's photo went under the fixture's one caption.
      const figure = rows[0]!.body.content.find((n) => n.type === "figure");
      expect(figure?.attrs).toMatchObject({ caption: "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn" });
      expect((await db.select({ n: count() }).from(media))[0]!.n).toBe(1);
    });
  });

  it("records the old addresses, and one refresh of the site for the whole run", async () => {
    await withDatabase(async (db) => {
      expect((await db.select().from(oldAddresses)).map((r) => r.oldId).sort()).toEqual(["512345", "600001"]);
      const events = await db.select().from(publicationEvents);
      expect(events.map((e) => e.kind)).toEqual(["archive"]);
    });
  });

  it("writes the report: each file, what became of it and why", () => {
    const rows = report(reportFile);
    expect(rows.map((r) => [path.relative(folder, r.file!), r.result])).toEqual([
      [path.join("2022", "07", "phan-dau.txt"), "imported"],
      ["hong.txt", "refused"],
      ["thong-bao.txt", "imported"],
    ]);
    expect(rows[0]!.address).toMatch(/^\/thoi-su\/phan-dau-/);
    expect(rows[0]!.old_url).toContain("512345");
    expect(rows[1]!.reason).toContain("The story has only a title");
    expect(rows.map((r) => r.encoding)).toEqual(["utf-8", "utf-8", "utf-8"]);
  });

  it("skips everything the second time, even with the pen names mapped otherwise", async () => {
    fs.writeFileSync(path.join(tmp, "doi-chieu-2.csv"), "kind,old,new\nsection,Chính trị,thoi-su\n");
    const again = await run("--publish", "--manifest", path.join(folder, "bang-ke.csv"), "--map", path.join(tmp, "doi-chieu-2.csv"), "--report", reportFile);
    expect(again.stderr).toMatch(/Xong: 0 đã nhập, 2 đã có, 0 lỗi/);
    expect(again.code).toBe(0);
    await withDatabase(async (db) => {
      expect((await db.select({ n: count() }).from(stories))[0]!.n).toBe(2);
      expect(await db.select().from(publicationEvents)).toHaveLength(1);
    });
  }, 120_000);
});

describe("a dry run", () => {
  it("reports what it would import and writes nothing", async () => {
    const folder = path.join(tmp, "thu");
    for (let i = 0; i < 3; i++) writeStory(path.join(folder, `bai-${i}.txt`), 900 + i);
    const reportFile = path.join(tmp, "thu.csv");
    const before = await withDatabase(async (db) => (await db.select({ n: count() }).from(stories))[0]!.n);
    const result = await run("--publish", "--dry-run", "--section", "luu-tru", "--report", reportFile, folder);
    expect(result.code).toBe(0);
    expect(report(reportFile).map((r) => r.result)).toEqual(["would-import", "would-import", "would-import"]);
    await withDatabase(async (db) => {
      expect((await db.select({ n: count() }).from(stories))[0]!.n).toBe(before);
      expect(await db.select().from(sections).where(eq(sections.slug, "luu-tru"))).toHaveLength(0);
    });
  }, 120_000);
});

describe("an import killed midway and run again", () => {
  it("brings every story exactly once", async () => {
    const STORIES = 240;
    const folder = path.join(tmp, "lon");
    const titles = Array.from({ length: STORIES }, (_, i) => writeStory(path.join(folder, `${String(i).padStart(3, "0")}.txt`), i));
    const args = ["--publish", "--section", "luu-tru", "--jobs", "2", "--report", path.join(tmp, "lon.csv"), folder];

    const first = start(args);
    // Killed outright (no chance to finish anything) once some stories are in.
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error("the import never got going")), 90_000);
      const check = setInterval(() => {
        if ((first.stdout().match(/^đã nhập:/gm)?.length ?? 0) >= 10) {
          clearInterval(check);
          clearTimeout(deadline);
          first.child.kill("SIGKILL");
          resolve();
        }
      }, 20);
    });
    const killed = await first.done;
    expect(killed.code).toBeNull();
    const broughtBefore = await withDatabase(async (db) => (await db.select({ n: count() }).from(stories).where(inArray(stories.title, titles)))[0]!.n);
    expect(broughtBefore).toBeGreaterThanOrEqual(10);
    expect(broughtBefore).toBeLessThan(STORIES);

    const second = await run(...args);
    expect(second.code).toBe(0);
    const rows = report(path.join(tmp, "lon.csv"));
    expect(rows.filter((r) => r.result === "skipped")).toHaveLength(broughtBefore);
    expect(rows.filter((r) => r.result === "imported")).toHaveLength(STORIES - broughtBefore);
    await withDatabase(async (db) => {
      const found: string[] = (await db.select({ title: stories.title }).from(stories).where(like(stories.title, "Xã vùng cao số %"))).map((r) => r.title);
      expect(found.sort()).toEqual([...titles].sort());
      expect((await db.select({ n: count() }).from(storySources))[0]!.n).toBeGreaterThanOrEqual(STORIES);
    });
  }, 240_000);
});
