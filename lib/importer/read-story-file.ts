// Turning a file a reporter brings (.txt in any Unicode encoding Word or Notepad writes, or a
// .docx) into the text parseStory reads. The format is decided by the bytes, not the name: a
// renamed file still reads, and the name is only used to word the error.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, say, type CatalogueKey, type Phrase, type PhraseValues } from "@/lib/i18n/phrase";
import { convertDocx, DocxError, type DocxRefusal } from "./docx";
import type { StoryLayout } from "./parse-story";

export type StoryFileErrorCode =
  "not-found" | "not-a-file" | "no-permission" | "unreadable" | "too-large" | "legacy-doc" | "bad-docx" | "unsupported-format" | "binary" | "not-utf8" | "busy";

/**
 * The file cannot be read as text. `phrase` is what to say (the catalogue's refusals.storyFile),
 * `message` it in Vietnamese, `english` in English with any technical detail, for logs and CLIs.
 */
export class StoryFileError extends Error {
  readonly code: StoryFileErrorCode;
  readonly phrase: Phrase;
  readonly english: string;

  constructor(code: StoryFileErrorCode, said: Phrase, detail?: string) {
    super(say(defaultLocale, said));
    this.name = "StoryFileError";
    this.code = code;
    this.phrase = said;
    this.english = say("en", said) + (detail ? ` (${detail})` : "");
  }
}

const refusal = (key: CatalogueKey, values?: PhraseValues) => phrase(key, { saveAs: phrase("refusals.storyFile.saveAs"), ...values });

/** A story is a few pages; a .docx with its photos embedded can still be tens of megabytes. */
export const MAX_STORY_FILE_BYTES = 50 * 1024 * 1024;

/** A story file read: its text, and for a .docx the look of its set-apart paragraphs (see parseStory). */
export type StoryText = { text: string; layout?: StoryLayout };

/** Reads a story file from disk: .txt (UTF-8, with or without BOM; UTF-16 with BOM) or .docx. */
export async function readStoryFile(file: string): Promise<string> {
  return (await readStoryFileWithLayout(file)).text;
}

/** readStoryFile, keeping what a .docx's formatting says for parseStory(text, layout). */
export async function readStoryFileWithLayout(file: string): Promise<StoryText> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new StoryFileError("not-a-file", refusal("refusals.storyFile.directory"));
    }
    if (info.size > MAX_STORY_FILE_BYTES) throw tooLarge(info.size);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof StoryFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new StoryFileError("not-found", refusal("refusals.storyFile.notFound"));
    if (code === "EISDIR") throw new StoryFileError("not-a-file", refusal("refusals.storyFile.directory"));
    if (code === "EACCES" || code === "EPERM") {
      throw new StoryFileError("no-permission", refusal("refusals.storyFile.noPermission"));
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new StoryFileError("unreadable", refusal("refusals.storyFile.unreadable", { detail }));
  }
  return readStoryBufferWithLayout(path.basename(file), bytes);
}

/**
 * Reads an uploaded story file (the web import page passes the upload's name and bytes).
 * Returns the text with any byte-order mark removed and nothing else changed; a .docx becomes
 * one paragraph per Word paragraph, separated by blank lines, manual line breaks kept.
 */
export async function readStoryBuffer(name: string, data: Uint8Array | ArrayBuffer): Promise<string> {
  return (await readStoryBufferWithLayout(name, data)).text;
}

/** readStoryBuffer, keeping what a .docx's formatting says for parseStory(text, layout). */
export async function readStoryBufferWithLayout(name: string, data: Uint8Array | ArrayBuffer): Promise<StoryText> {
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length > MAX_STORY_FILE_BYTES) throw tooLarge(bytes.length);

  if (startsWith(bytes, OLE)) {
    throw new StoryFileError("legacy-doc", refusal("refusals.storyFile.legacyDoc"));
  }
  if (startsWith(bytes, ZIP)) return readDocx(name, bytes);
  const known = KNOWN_FORMATS.find((f) => startsWith(bytes, f.magic));
  if (known) {
    throw new StoryFileError(
      "unsupported-format",
      refusal("refusals.storyFile.unsupportedFormat", { format: phrase(`refusals.storyFile.formats.${known.format}`) }),
    );
  }
  return { text: decodeText(bytes) };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
// Formats people send instead of a story; RTF is text, but its markup would end up in the story.
const KNOWN_FORMATS: { magic: number[]; format: "pdf" | "rtf" | "png" | "jpeg" | "gif" }[] = [
  { magic: ascii("%PDF"), format: "pdf" },
  { magic: ascii("{\\rtf"), format: "rtf" },
  { magic: [0x89, 0x50, 0x4e, 0x47], format: "png" },
  { magic: [0xff, 0xd8, 0xff], format: "jpeg" },
  { magic: ascii("GIF8"), format: "gif" },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

function tooLarge(size: number): StoryFileError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new StoryFileError("too-large", refusal("refusals.storyFile.tooLarge", { size: mb(size), max: mb(MAX_STORY_FILE_BYTES) }));
}

function decodeText(bytes: Buffer): string {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  // A text file in UTF-8 never holds a NUL byte: this is UTF-16 saved without a BOM, or binary.
  if (!utf16 && bytes.includes(0)) {
    throw new StoryFileError("binary", refusal("refusals.storyFile.binaryBytes"));
  }
  let text: string;
  try {
    // Word's and Notepad's "Unicode" is UTF-16 with a byte-order mark. TextDecoder drops the BOM.
    if (!utf16) text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
  } catch {
    throw new StoryFileError("not-utf8", refusal("refusals.storyFile.notUtf8"));
  }
  if (text.includes("\u0000")) {
    throw new StoryFileError("binary", refusal("refusals.storyFile.binaryChars"));
  }
  return text;
}

const docxRefusals: Record<DocxRefusal, CatalogueKey> = {
  "not-a-zip": "refusals.storyFile.docx.damaged",
  damaged: "refusals.storyFile.docx.damaged",
  "too-many-entries": "refusals.storyFile.docx.tooManyEntries",
  "too-large-inflated": "refusals.storyFile.docx.tooLargeInflated",
  "too-complex": "refusals.storyFile.docx.tooComplex",
  timeout: "refusals.storyFile.docx.timeout",
  busy: "refusals.storyFile.docx.busy",
};

async function readDocx(name: string, bytes: Buffer): Promise<StoryText> {
  try {
    return await convertDocx(bytes);
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    // A zip that is not a Word document at all (an .odt, a .pages, a plain .zip).
    if ((error.refusal === "damaged" || error.refusal === "not-a-zip") && !/\.docx$/i.test(name)) {
      throw new StoryFileError("bad-docx", refusal("refusals.storyFile.zipNotDocx"), error.detail);
    }
    const code: StoryFileErrorCode =
      error.refusal === "damaged" || error.refusal === "not-a-zip" ? "bad-docx" : error.refusal === "busy" ? "busy" : "too-large";
    throw new StoryFileError(code, code === "bad-docx" ? refusal("refusals.storyFile.docx.damagedSaveAs") : phrase(docxRefusals[error.refusal]), error.detail);
  }
}
