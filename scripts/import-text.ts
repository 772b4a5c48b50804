/**
 * Import stories from text or Word files.
 *
 *   npm run --silent import:text -- --json FILE
 *   npm run import:text -- --publish --section <slug> [--section-name <tên>] [--author <email>] FILE…
 *
 * --json     prints the parsed story ({date, title, sapo, body, byline}) on stdout.
 * --publish  stores each file as a published story in the section (created if missing), credited
 *            to the account with that e-mail or, by default, the first active chief editor (else
 *            admin). One line per file: "đã nhập: …", "bỏ qua (đã có): …" or "lỗi: …".
 * Files are .txt (UTF-8, or UTF-16 with BOM) or .docx. The database is DATABASE_URL's, or the
 * embedded one under .data/ (which the server must not be holding).
 * Exit codes: 0 done, 1 a file failed or the database could not be used, 2 wrong usage.
 */
import path from "node:path";
import { parseArgs as parseNodeArgs } from "node:util";
import { DatabaseBusyError, openDatabase, type DatabaseHandle } from "@/db/client";
import { parseStory, StoryParseError, type ParsedStory } from "@/lib/importer/parse-story";
import { ImportPublishError, publishImportedStory, resolveImportAuthor } from "@/lib/importer/publish-imported";
import { readStoryFile, StoryFileError } from "@/lib/importer/read-story-file";
import { storyPath } from "@/lib/stories/public-queries";
import { env } from "@/lib/env";

type Command =
  | { mode: "json"; file: string }
  | { mode: "publish"; files: string[]; section: string; sectionName?: string; author?: string }
  | { mode: "help" }
  | { mode: "usage-error"; reason: string };

const USAGE = [
  "Cách dùng / Usage:",
  "  npm run --silent import:text -- --json TỆP",
  "  npm run import:text -- --publish --section <slug> [--section-name <tên>] [--author <email>] TỆP…",
  "  --json          in bài đã đọc được dưới dạng JSON / print the parsed story as JSON",
  "  --publish       đăng các bài lên báo / publish the stories",
  "  --section       chuyên mục (slug, ví dụ chinh-tri), tạo mới nếu chưa có / section slug, created if missing",
  "  --section-name  tên chuyên mục khi phải tạo mới / the section's name when it is created",
  "  --author        email người đứng tên (mặc định: Thư ký tòa soạn đầu tiên) / the author's e-mail",
  "Tệp / files: .txt (UTF-8, UTF-16 có BOM) hoặc .docx.",
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
    if (values.section !== undefined || values.author !== undefined || values["section-name"] !== undefined) {
      return { mode: "usage-error", reason: "--section, --section-name, --author chỉ dùng với --publish / only with --publish" };
    }
    const [file, ...extra] = files;
    if (file === undefined) return { mode: "usage-error", reason: "Thiếu tên tệp / missing FILE" };
    if (extra.length > 0) return { mode: "usage-error", reason: "--json đọc mỗi lần một tệp / --json reads one file at a time" };
    return { mode: "json", file };
  }
  if (values.publish) {
    if (!values.section) return { mode: "usage-error", reason: "Thiếu --section <slug> / missing --section <slug>" };
    if (files.length === 0) return { mode: "usage-error", reason: "Thiếu tên tệp / missing FILE" };
    return { mode: "publish", files, section: values.section, sectionName: values["section-name"], author: values.author };
  }
  return { mode: "usage-error", reason: "Chọn --json hoặc --publish / choose --json or --publish" };
}

async function readParsed(file: string): Promise<ParsedStory> {
  return parseStory(await readStoryFile(file));
}

/** "vi / en" for the errors we expect from a file; the bare message for anything else. */
function explain(err: unknown): string {
  if (err instanceof StoryFileError || err instanceof StoryParseError || err instanceof ImportPublishError) {
    return `${err.message} / ${err.english}`;
  }
  return err instanceof Error ? err.message : String(err);
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

async function publish(command: Extract<Command, { mode: "publish" }>): Promise<number> {
  const handle = await open();
  try {
    let author;
    try {
      author = await resolveImportAuthor(handle.db, command.author);
    } catch (err) {
      if (err instanceof ImportPublishError) throw new CliError(err.message, err.english);
      throw err;
    }
    let failed = 0;
    for (const file of command.files) {
      try {
        const result = await publishImportedStory(handle.db, {
          parsed: await readParsed(file),
          sectionSlug: command.section,
          sectionName: command.sectionName,
          authorId: author.id,
          source: path.basename(file),
        });
        const url = storyPath({ id: result.id, slug: result.slug, sectionSlug: command.section });
        process.stdout.write(`${result.created ? "đã nhập" : "bỏ qua (đã có)"}: ${file} → ${url}\n`);
        if (result.sectionCreated) {
          process.stderr.write(
            `  (đã tạo chuyên mục mới "${command.section}"; đặt tên có dấu trong Chuyên mục nếu cần / created the section "${command.section}")\n`,
          );
        }
      } catch (err) {
        failed++;
        process.stderr.write(`lỗi: ${file}: ${explain(err)}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  } finally {
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
