/**
 * Import a story from a text file.
 *
 *   npm run --silent import:text -- --json FILE.txt
 *
 * --json prints the parsed story ({date, title, sapo, body, byline}) on stdout.
 * Exit codes: 0 done, 1 the file cannot be read or is not a story, 2 wrong usage.
 * A --publish mode is planned: add a Command variant, parse it in parseArgs and a
 * branch in main(); reading and parsing (readStoryFile) are shared.
 */
import { readFile } from "node:fs/promises";
import { parseStory, StoryParseError, type ParsedStory } from "../lib/importer/parse-story";

type Command =
  | { mode: "json"; file: string }
  | { mode: "help" }
  | { mode: "usage-error"; reason: string };

const USAGE = [
  "Cách dùng / Usage: npm run --silent import:text -- --json TỆP.txt",
  "  --json   in bài đã đọc được dưới dạng JSON / print the parsed story as JSON",
  "chỉ hỗ trợ --json lúc này / only --json is supported for now",
].join("\n");

/** A failure to report to the person at the terminal, in Vietnamese and English. */
class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function parseArgs(argv: string[]): Command {
  const files: string[] = [];
  let json = false;
  for (const arg of argv) {
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") return { mode: "help" };
    else if (arg === "--") continue;
    else if (arg === "--publish") {
      return { mode: "usage-error", reason: "chỉ hỗ trợ --json lúc này (--publish chưa có / not available yet)" };
    } else if (arg.startsWith("-")) {
      return { mode: "usage-error", reason: `Tùy chọn không rõ / unknown option: ${arg}` };
    } else files.push(arg);
  }
  if (!json) return { mode: "usage-error", reason: "chỉ hỗ trợ --json lúc này" };
  const [file, ...extra] = files;
  if (file === undefined) return { mode: "usage-error", reason: "Thiếu tên tệp / missing FILE" };
  if (extra.length > 0) {
    return { mode: "usage-error", reason: "Mỗi lần chỉ nhập một tệp / one file at a time" };
  }
  return { mode: "json", file };
}

const startsWith = (bytes: ArrayLike<number>, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
// .docx is a zip archive ("PK\x03\x04"), .doc an OLE compound file.
const WORD_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

function decode(file: string, bytes: Buffer): string {
  if (WORD_MAGIC.some((magic) => startsWith(bytes, magic))) {
    throw new CliError(
      `Tệp ${file} là tài liệu Word, không phải văn bản thuần. Hãy lưu bài dưới dạng .txt (UTF-8).`,
      `${file} is a Word document, not plain text. Save the story as .txt (UTF-8).`,
    );
  }
  try {
    // Word's "Unicode text" is UTF-16 with a byte-order mark; accept it rather than print garbage.
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    // A UTF-8 BOM is dropped here and again by normalizeText; either way it is harmless.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `Tệp ${file} không phải văn bản UTF-8 (có thể là mã TCVN3/VNI hoặc Windows-1258). Hãy lưu lại với bảng mã Unicode UTF-8.`,
      `${file} is not UTF-8 text (perhaps TCVN3/VNI or Windows-1258). Save it again as Unicode UTF-8.`,
    );
  }
}

async function readStoryFile(file: string): Promise<ParsedStory> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Không tìm thấy tệp: ${file}`, `File not found: ${file}`);
    if (code === "EISDIR") throw new CliError(`${file} là thư mục, không phải tệp.`, `${file} is a directory, not a file.`);
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError(`Không có quyền đọc tệp: ${file}`, `Permission denied reading: ${file}`);
    }
    throw new CliError(`Không đọc được tệp ${file}: ${String(err)}`, `Cannot read ${file}: ${String(err)}`);
  }
  try {
    return parseStory(decode(file, bytes));
  } catch (err) {
    if (err instanceof StoryParseError) {
      throw new CliError(`${file}: ${err.message}`, `${file}: ${err.english}`);
    }
    throw err;
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
    case "json": {
      const story = await readStoryFile(command.file);
      process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
      return 0;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`Lỗi: ${err.vi}\nError: ${err.en}\n`);
    } else {
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stderr.write(`Lỗi không mong đợi / unexpected error: ${detail}\n`);
    }
    process.exitCode = 1;
  },
);
