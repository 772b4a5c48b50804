/**
 * Import stories from text or Word files: one story to look at, or a paper's whole archive.
 *
 *   npm run --silent import:text -- --json FILE
 *   npm run import:text -- --publish [--section <slug>] [options] FILE|FOLDER…
 *
 * --json     prints the parsed story ({date, title, sapo, body, byline, bylineNote, kind}) on stdout.
 * --publish  publishes every story file (.txt, .docx; folders are searched through) in the
 *            section given, or the one its manifest row names, credited to the account with the
 *            --author e-mail or, by default, the first active chief editor (else admin). A story
 *            already here (the same content, or the same old address) is skipped, so a stopped
 *            run is resumed by running it again. Several files are handled at once (--jobs, by
 *            default the number of cores); nothing is announced per story, and the public pages
 *            are refreshed once at the end. One line per file on stdout ("đã nhập: …", "bỏ qua
 *            (đã có): …") unless a progress bar is drawn; refusals ("lỗi: …") on stderr; every
 *            file in the CSV report (--report, by default import-report-<time>.csv).
 *   --dry-run       reads and checks everything, writes nothing but the report
 *   --manifest CSV  columns file, old_url, section, date, photos (";" between photos)
 *   --map CSV       columns kind (section | byline), old, new: the old site's names → today's
 *   --old-url URL   the old address of the one file given
 * Files are .txt (UTF-8 or UTF-16; the old Vietnamese TCVN3, VNI, VISCII and Windows-1258 are
 * recognised and converted) or .docx. The database is DATABASE_URL's, or the embedded
 * one under .data/ (which the server must not be holding).
 * Exit codes: 0 done, 1 a file was refused or the database could not be used, 2 wrong usage,
 * 130 stopped (Ctrl+C) before the end: run it again to go on.
 */
import { createWriteStream } from "node:fs";
import os from "node:os";
import { parseArgs as parseNodeArgs } from "node:util";
import cliProgress from "cli-progress";
import { stringify } from "csv-stringify";
import { DatabaseBusyError, openDatabase, type DatabaseHandle } from "@/db/client";
import { collectStoryFiles, importArchive, type FileResult, type ImportOutcome } from "@/lib/archive/import-run";
import { ManifestError, readArchiveMap, readManifest, type ArchiveMap, type ManifestEntry } from "@/lib/archive/manifest";
import { parseStory, StoryParseError, type ParsedStory } from "@/lib/importer/parse-story";
import { ImportPublishError, resolveImportAuthor } from "@/lib/importer/publish-imported";
import { readStoryFileText, StoryFileError } from "@/lib/importer/read-story-file";
import { recordPublicationEvent } from "@/lib/publishing/events";
import { env } from "@/lib/env";

type PublishCommand = {
  mode: "publish";
  paths: string[];
  section?: string;
  sectionName?: string;
  author?: string;
  dryRun: boolean;
  manifest?: string;
  map?: string;
  oldUrl?: string;
  report: string;
  jobs: number;
};

type Command = { mode: "json"; file: string } | PublishCommand | { mode: "help" } | { mode: "usage-error"; reason: string };

const USAGE = [
  "Cách dùng / Usage:",
  "  npm run --silent import:text -- --json TỆP",
  "  npm run import:text -- --publish [--section <slug>] [tùy chọn] TỆP|THƯ_MỤC…",
  "  --json          in bài đã đọc được dưới dạng JSON / print the parsed story as JSON",
  "  --publish       đăng các bài lên báo (thư mục: mọi tệp .txt, .docx bên trong) / publish the stories",
  "  --section       chuyên mục (slug, ví dụ chinh-tri), tạo mới nếu chưa có / section slug, created if missing",
  "  --section-name  tên chuyên mục khi phải tạo mới / the section's name when it is created",
  "  --author        email người đứng tên (mặc định: Thư ký tòa soạn đầu tiên) / the author's e-mail",
  "  --dry-run       chỉ kiểm tra và báo cáo, không ghi gì / check and report only",
  "  --manifest      bảng kê CSV: file, old_url, section, date, photos / manifest CSV",
  "  --map           bảng đối chiếu CSV: kind (section|byline), old, new / old names to today's",
  "  --old-url       địa chỉ bài trên trang cũ (khi nhập một tệp) / the old address of the one file",
  "  --report        tệp báo cáo CSV (mặc định import-report-<giờ>.csv) / the CSV report",
  "  --jobs          số tệp xử lý cùng lúc (mặc định: số nhân CPU) / files at once (default: cores)",
  "Tệp / files: .txt (UTF-8, UTF-16; bảng mã cũ TCVN3, VNI, VISCII được chuyển sang Unicode) hoặc .docx.",
  "Chạy lại lệnh để nhập tiếp: bài đã có được bỏ qua / run it again to go on: stories already here are skipped.",
].join("\n");

/** A failure of a whole run, reported in Vietnamese and English (`en` empty: `vi` has both). */
class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const publishOnly = ["section", "section-name", "author", "dry-run", "manifest", "map", "old-url", "report", "jobs"] as const;

function reportName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `import-report-${stamp}.csv`;
}

function parseArgs(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        publish: { type: "boolean" },
        section: { type: "string" },
        "section-name": { type: "string" },
        author: { type: "string" },
        "dry-run": { type: "boolean" },
        manifest: { type: "string" },
        map: { type: "string" },
        "old-url": { type: "string" },
        report: { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    return { mode: "usage-error", reason: `Tùy chọn không hợp lệ / invalid option: ${err instanceof Error ? err.message : String(err)}` };
  }
  const { values, positionals: files } = parsed;
  if (values.help) return { mode: "help" };
  if (values.json && values.publish) return { mode: "usage-error", reason: "Chọn --json hoặc --publish, không cả hai / choose --json or --publish, not both" };
  if (values.json) {
    const given = publishOnly.filter((name) => values[name] !== undefined);
    if (given.length > 0) return { mode: "usage-error", reason: `${given.map((n) => `--${n}`).join(", ")} chỉ dùng với --publish / only with --publish` };
    const [file, ...extra] = files;
    if (file === undefined) return { mode: "usage-error", reason: "Thiếu tên tệp / missing FILE" };
    if (extra.length > 0) return { mode: "usage-error", reason: "--json đọc mỗi lần một tệp / --json reads one file at a time" };
    return { mode: "json", file };
  }
  if (values.publish) {
    if (!values.section && !values.manifest)
      return { mode: "usage-error", reason: "Thiếu --section <slug> (hoặc --manifest) / missing --section <slug> (or --manifest)" };
    if (files.length === 0 && !values.manifest) return { mode: "usage-error", reason: "Thiếu tên tệp / missing FILE" };
    if (values["old-url"] !== undefined && files.length !== 1) {
      return { mode: "usage-error", reason: "--old-url dùng khi nhập đúng một tệp; nhiều tệp thì dùng --manifest / --old-url is for one file; use --manifest" };
    }
    const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return { mode: "usage-error", reason: "--jobs phải là số từ 1 đến 64 / --jobs must be 1–64" };
    return {
      mode: "publish",
      paths: files,
      section: values.section,
      sectionName: values["section-name"],
      author: values.author,
      dryRun: values["dry-run"] ?? false,
      manifest: values.manifest,
      map: values.map,
      oldUrl: values["old-url"],
      report: values.report ?? reportName(),
      jobs,
    };
  }
  return { mode: "usage-error", reason: "Chọn --json hoặc --publish / choose --json or --publish" };
}

async function readParsed(file: string): Promise<ParsedStory> {
  const { text, layout } = await readStoryFileText(file);
  return parseStory(text, layout);
}

async function printJson(file: string): Promise<number> {
  let story: ParsedStory;
  try {
    story = await readParsed(file);
  } catch (err) {
    if (err instanceof StoryFileError || err instanceof StoryParseError) {
      throw new CliError(`${file}: ${err.message}`, `${file}: ${err.english}`);
    }
    throw err;
  }
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  return 0;
}

async function open(): Promise<DatabaseHandle> {
  try {
    return await openDatabase({ url: env().DATABASE_URL });
  } catch (err) {
    // The lock message is already in both languages and says what to do.
    if (err instanceof DatabaseBusyError) throw new CliError(err.message, "");
    const detail = err instanceof Error ? err.message : String(err);
    throw new CliError(`Không mở được cơ sở dữ liệu: ${detail}`, `Cannot open the database: ${detail}`);
  }
}

const lineLabel: Record<ImportOutcome, string> = {
  imported: "đã nhập",
  skipped: "bỏ qua (đã có)",
  "would-import": "sẽ nhập",
  refused: "lỗi",
  "not-started": "chưa nhập",
};

const newSectionNote = (section: string) =>
  `đã tạo chuyên mục mới ${section}: đặt tên có dấu, vị trí trong Quản trị › Chuyên mục nếu cần / created the section ${section}`;

/** How the run is shown: a bar on a terminal, else a line per file and a progress line every few seconds. */
function progressOf(total: number) {
  const started = Date.now();
  let done = 0;
  const rate = () => done / Math.max((Date.now() - started) / 1000, 0.001);
  if (process.stderr.isTTY) {
    const bars = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: "{bar} {value}/{total} tệp | {rate} tệp/giây | còn {eta_formatted}",
        etaBuffer: 200,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    const bar = bars.create(total, 0, { rate: "0" });
    return {
      file(result: FileResult) {
        done++;
        if (result.outcome === "refused") bars.log(`lỗi: ${result.file}: ${result.reason}\n`);
        if (result.newSection) bars.log(`${newSectionNote(result.newSection)}\n`);
        bar.update(done, { rate: rate().toFixed(1) });
      },
      stop: () => bars.stop(),
    };
  }
  let lastLine = started;
  return {
    file(result: FileResult) {
      done++;
      if (result.outcome === "refused") process.stderr.write(`lỗi: ${result.file}: ${result.reason}\n`);
      else process.stdout.write(`${lineLabel[result.outcome]}: ${result.file}${result.address ? ` → ${result.address}` : ""}\n`);
      if (result.reason && result.outcome !== "refused") process.stderr.write(`  (${result.reason})\n`);
      if (result.newSection) process.stderr.write(`  ${newSectionNote(result.newSection)}\n`);
      if (Date.now() - lastLine >= 5_000 && done < total) {
        lastLine = Date.now();
        const left = Math.round((total - done) / Math.max(rate(), 0.001));
        process.stderr.write(`… ${done}/${total} tệp, ${rate().toFixed(1)} tệp/giây, còn khoảng ${left} giây / files, per second, seconds left\n`);
      }
    },
    stop() {},
  };
}

async function writeReport(file: string, results: readonly FileResult[]): Promise<void> {
  const out = createWriteStream(file);
  const csv = stringify({ header: true, columns: ["file", "result", "reason", "story_id", "address", "old_url", "encoding"], bom: true });
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    csv.on("error", reject);
  });
  csv.pipe(out);
  for (const r of results) csv.write([r.file, r.outcome, r.reason, r.storyId ?? "", r.address, r.oldUrl, r.encoding]);
  csv.end();
  await finished;
}

async function readInputs(command: PublishCommand): Promise<{ manifest?: Map<string, ManifestEntry>; map?: ArchiveMap }> {
  try {
    return {
      manifest: command.manifest === undefined ? undefined : await readManifest(command.manifest),
      map: command.map === undefined ? undefined : await readArchiveMap(command.map),
    };
  } catch (err) {
    if (err instanceof ManifestError) throw new CliError(err.message, err.english);
    throw err;
  }
}

async function publish(command: PublishCommand): Promise<number> {
  const { manifest, map } = await readInputs(command);
  const files = await collectStoryFiles([...command.paths, ...(manifest?.keys() ?? [])]);
  const handle = await open();
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) return;
    process.stderr.write("\nĐang dừng: các tệp đang nhập sẽ xong, chạy lại lệnh để nhập tiếp / stopping: run again to go on\n");
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    let author;
    try {
      author = await resolveImportAuthor(handle.db, command.author);
    } catch (err) {
      if (err instanceof ImportPublishError) throw new CliError(err.message, err.english);
      throw err;
    }
    const started = Date.now();
    const progress = progressOf(files.length);
    const { results, lastImportedId } = await importArchive(handle.db, {
      files,
      manifest,
      map,
      section: command.section,
      sectionName: command.sectionName,
      oldUrl: command.oldUrl,
      authorId: author.id,
      dryRun: command.dryRun,
      jobs: command.jobs,
      signal: stop.signal,
      onResult: (result) => progress.file(result),
    }).finally(() => progress.stop());
    // One refresh of the public pages for the whole run, by the server's publication worker.
    if (lastImportedId !== null) await recordPublicationEvent(handle.db, { storyId: lastImportedId, kind: "archive", version: 1 });
    await writeReport(command.report, results);

    const tally = (outcome: ImportOutcome) => results.filter((r) => r.outcome === outcome).length;
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(
      `${command.dryRun ? "Thử (không ghi gì)" : "Xong"}: ${tally(command.dryRun ? "would-import" : "imported")} ${command.dryRun ? "sẽ nhập" : "đã nhập"}, ` +
        `${tally("skipped")} đã có, ${tally("refused")} lỗi${tally("not-started") ? `, ${tally("not-started")} chưa nhập` : ""} ` +
        `trong ${seconds.toFixed(1)} giây. Báo cáo: ${command.report}\n`,
    );
    if (stop.signal.aborted) return 130;
    return tally("refused") > 0 ? 1 : 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await handle.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.mode) {
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case "usage-error":
      process.stderr.write(`${command.reason}\n\n${USAGE}\n`);
      return 2;
    case "json":
      return printJson(command.file);
    case "publish":
      return publish(command);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(!err.en ? `Lỗi: ${err.vi}\n` : `Lỗi: ${err.vi}\nError: ${err.en}\n`);
    } else {
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stderr.write(`Lỗi không mong đợi / unexpected error: ${detail}\n`);
    }
    process.exitCode = 1;
  },
);
