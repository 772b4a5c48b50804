// Turning a file a reporter brings (.txt in any Unicode encoding Word or Notepad writes, or a
// .docx) into the text parseStory reads. The format is decided by the bytes, not the name: a
// renamed file still reads, and the name is only used to word the error.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { DocxError, docxToText, type DocxRefusal } from "./docx";

export type StoryFileErrorCode =
  | "not-found"
  | "not-a-file"
  | "no-permission"
  | "unreadable"
  | "too-large"
  | "legacy-doc"
  | "bad-docx"
  | "unsupported-format"
  | "binary"
  | "not-utf8"
  | "busy";

/** The file cannot be read as text. `message` is Vietnamese, `english` for logs and CLIs. */
export class StoryFileError extends Error {
  readonly code: StoryFileErrorCode;
  readonly english: string;

  constructor(code: StoryFileErrorCode, message: string, english: string) {
    super(message);
    this.name = "StoryFileError";
    this.code = code;
    this.english = english;
  }
}

/** A story is a few pages; a .docx with its photos embedded can still be tens of megabytes. */
export const MAX_STORY_FILE_BYTES = 50 * 1024 * 1024;

const SAVE_AS = "Hãy lưu bài dưới dạng .docx hoặc văn bản thuần .txt (UTF-8).";
const SAVE_AS_EN = "Save the story as .docx or as plain text .txt (UTF-8).";

/** Reads a story file from disk: .txt (UTF-8, with or without BOM; UTF-16 with BOM) or .docx. */
export async function readStoryFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new StoryFileError("not-a-file", "Đây là thư mục, không phải tệp.", "This is a directory, not a file.");
    }
    if (info.size > MAX_STORY_FILE_BYTES) throw tooLarge(info.size);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof StoryFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new StoryFileError("not-found", "Không tìm thấy tệp.", "File not found.");
    if (code === "EISDIR") throw new StoryFileError("not-a-file", "Đây là thư mục, không phải tệp.", "This is a directory, not a file.");
    if (code === "EACCES" || code === "EPERM") {
      throw new StoryFileError("no-permission", "Không có quyền đọc tệp.", "Permission denied.");
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new StoryFileError("unreadable", `Không đọc được tệp: ${detail}`, `Cannot read the file: ${detail}`);
  }
  return readStoryBuffer(path.basename(file), bytes);
}

/**
 * Reads an uploaded story file (the web import page passes the upload's name and bytes).
 * Returns the text with any byte-order mark removed and nothing else changed; a .docx becomes
 * one paragraph per Word paragraph, separated by blank lines, manual line breaks kept.
 */
export async function readStoryBuffer(name: string, data: Uint8Array | ArrayBuffer): Promise<string> {
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length > MAX_STORY_FILE_BYTES) throw tooLarge(bytes.length);

  if (startsWith(bytes, OLE)) {
    throw new StoryFileError(
      "legacy-doc",
      `Tệp là tài liệu Word đời cũ (.doc, Word 97–2003), không đọc được. Trong Word chọn Lưu thành (Save As) → "Word Document (.docx)" rồi nhập lại. ${SAVE_AS}`,
      `The file is a legacy Word document (.doc, Word 97–2003), which cannot be read. In Word use Save As → "Word Document (.docx)" and import again. ${SAVE_AS_EN}`,
    );
  }
  if (startsWith(bytes, ZIP)) return readDocx(name, bytes);
  const known = KNOWN_FORMATS.find((f) => startsWith(bytes, f.magic));
  if (known) {
    throw new StoryFileError(
      "unsupported-format",
      `Tệp là ${known.vi}, không phải văn bản. ${SAVE_AS}`,
      `The file is ${known.en}, not text. ${SAVE_AS_EN}`,
    );
  }
  return decodeText(bytes);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
// Formats people send instead of a story; RTF is text, but its markup would end up in the story.
const KNOWN_FORMATS: { magic: number[]; vi: string; en: string }[] = [
  { magic: ascii("%PDF"), vi: "tài liệu PDF", en: "a PDF document" },
  { magic: ascii("{\\rtf"), vi: "tài liệu RTF (định dạng Rich Text)", en: "an RTF (Rich Text) document" },
  { magic: [0x89, 0x50, 0x4e, 0x47], vi: "ảnh PNG", en: "a PNG image" },
  { magic: [0xff, 0xd8, 0xff], vi: "ảnh JPEG", en: "a JPEG image" },
  { magic: ascii("GIF8"), vi: "ảnh GIF", en: "a GIF image" },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

function tooLarge(size: number): StoryFileError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new StoryFileError(
    "too-large",
    `Tệp quá lớn (${mb(size)} MB, tối đa ${mb(MAX_STORY_FILE_BYTES)} MB).`,
    `The file is too large (${mb(size)} MB, at most ${mb(MAX_STORY_FILE_BYTES)} MB).`,
  );
}

function decodeText(bytes: Buffer): string {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  // A text file in UTF-8 never holds a NUL byte: this is UTF-16 saved without a BOM, or binary.
  if (!utf16 && bytes.includes(0)) {
    throw new StoryFileError(
      "binary",
      `Tệp không phải văn bản thuần (có byte nhị phân; nếu là văn bản UTF-16 thì thiếu dấu BOM). ${SAVE_AS}`,
      `The file is not plain text (it contains binary data; if it is UTF-16 text, it lacks a byte-order mark). ${SAVE_AS_EN}`,
    );
  }
  let text: string;
  try {
    // Word's and Notepad's "Unicode" is UTF-16 with a byte-order mark. TextDecoder drops the BOM.
    if (!utf16) text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
  } catch {
    throw new StoryFileError(
      "not-utf8",
      "Tệp không phải văn bản Unicode UTF-8 (có thể là bảng mã TCVN3/ABC, VNI hoặc Windows-1258). Hãy mở bằng Word hoặc Notepad và lưu lại với bảng mã UTF-8, hoặc chuyển mã bằng Unikey (Công cụ chuyển mã).",
      "The file is not Unicode UTF-8 text (perhaps TCVN3/ABC, VNI or Windows-1258). Open it in Word or Notepad and save it again as UTF-8, or convert it with Unikey's converter.",
    );
  }
  if (text.includes("\u0000")) {
    throw new StoryFileError("binary", `Tệp không phải văn bản thuần (có ký tự nhị phân). ${SAVE_AS}`, `The file is not plain text (it contains binary data). ${SAVE_AS_EN}`);
  }
  return text;
}

const docxRefusals: Record<DocxRefusal, { vi: string; en: string }> = {
  "not-a-zip": { vi: "Tệp .docx bị hỏng hoặc không đọc được.", en: "The .docx file is damaged or unreadable." },
  damaged: { vi: "Tệp .docx bị hỏng hoặc không đọc được.", en: "The .docx file is damaged or unreadable." },
  "too-many-entries": {
    vi: "Tệp .docx chứa quá nhiều thành phần, không phải một bài viết thông thường.",
    en: "The .docx holds too many parts to be an ordinary story.",
  },
  "too-large-inflated": {
    vi: "Nội dung tệp .docx khi giải nén quá lớn (vượt quá 8 MB văn bản). Hãy tách bài hoặc dán văn bản vào ô.",
    en: "The .docx content is too large once unpacked (over 8 MB of text). Split the story or paste its text.",
  },
  "too-complex": {
    vi: "Tệp .docx quá phức tạp để đọc. Hãy dán văn bản vào ô, hoặc lưu lại bài trong Word rồi nhập lại.",
    en: "The .docx is too complex to read. Paste its text, or save it again in Word and import it again.",
  },
  timeout: {
    vi: "Đọc tệp .docx quá lâu nên đã dừng. Hãy dán văn bản vào ô, hoặc lưu lại bài trong Word rồi nhập lại.",
    en: "Reading the .docx took too long and was stopped. Paste its text, or save it again in Word and import it again.",
  },
  busy: { vi: "Máy chủ đang đọc nhiều tệp cùng lúc. Vui lòng thử lại sau ít phút.", en: "The server is reading many files at once. Try again in a few minutes." },
};

async function readDocx(name: string, bytes: Buffer): Promise<string> {
  try {
    return await docxToText(bytes);
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    const { vi, en } = docxRefusals[error.refusal];
    // A zip that is not a Word document at all (an .odt, a .pages, a plain .zip).
    if ((error.refusal === "damaged" || error.refusal === "not-a-zip") && !/\.docx$/i.test(name)) {
      throw new StoryFileError(
        "bad-docx",
        `Tệp là tệp nén (zip), không phải tài liệu Word .docx đọc được (có thể là .odt, .pages hay .zip). ${SAVE_AS}`,
        `The file is a zip archive, not a readable Word .docx (perhaps .odt, .pages or .zip) (${error.detail}). ${SAVE_AS_EN}`,
      );
    }
    const code: StoryFileErrorCode = error.refusal === "damaged" || error.refusal === "not-a-zip" ? "bad-docx" : error.refusal === "busy" ? "busy" : "too-large";
    throw new StoryFileError(code, code === "bad-docx" ? `${vi} ${SAVE_AS}` : vi, `${en} (${error.detail})`);
  }
}
