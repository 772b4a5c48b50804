// Turning a file a reporter brings (.txt in any Unicode encoding Word or Notepad writes, or in an
// old Vietnamese encoding from the archive, or a .docx) into the text parseStory reads. The format is decided by the bytes, not the name: a
// renamed file still reads, and the name is only used to word the error.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, say, type CatalogueKey, type Phrase, type PhraseValues } from "@/lib/i18n/phrase";
import { detectLegacyEncoding, type LegacyEncoding } from "@/lib/text/legacy-encodings";
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

/** How the bytes of a story file were read. */
export type StoryFileEncoding = "ascii" | "utf-8" | "utf-16le" | "utf-16be" | LegacyEncoding | "docx";
/** A story file read: its text, how its bytes were written, and for a .docx the look of its set-apart paragraphs (see parseStory). */
export type StoryFileText = { text: string; encoding: StoryFileEncoding; layout?: StoryLayout };

/**
 * Reads a story file from disk: .txt (UTF-8 or UTF-16, with or without BOM; TCVN3, VNI, VISCII
 * or Windows-1258, converted to Unicode NFC) or .docx.
 */
export async function readStoryFile(file: string): Promise<string> {
  return (await readStoryFileText(file)).text;
}

/** readStoryFile, also saying how the file was written and, for a .docx, what its formatting says for parseStory(text, layout). */
export async function readStoryFileText(file: string): Promise<StoryFileText> {
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
  return readStoryBufferText(path.basename(file), bytes);
}

/**
 * Reads an uploaded story file (the web import page passes the upload's name and bytes).
 * Returns Unicode text with any byte-order mark removed and nothing else changed (text in an old
 * Vietnamese encoding is converted and comes out NFC); a .docx becomes one paragraph per Word
 * paragraph, separated by blank lines, manual line breaks kept.
 */
export async function readStoryBuffer(name: string, data: Uint8Array | ArrayBuffer): Promise<string> {
  return (await readStoryBufferText(name, data)).text;
}

/** readStoryBuffer, also saying how the bytes were written and, for a .docx, its layout. */
export async function readStoryBufferText(name: string, data: Uint8Array | ArrayBuffer): Promise<StoryFileText> {
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length > MAX_STORY_FILE_BYTES) throw tooLarge(bytes.length);

  if (startsWith(bytes, OLE)) {
    throw new StoryFileError("legacy-doc", refusal("refusals.storyFile.legacyDoc"));
  }
  if (startsWith(bytes, ZIP)) return { ...(await readDocx(name, bytes)), encoding: "docx" };
  const known = KNOWN_FORMATS.find((f) => startsWith(bytes, f.magic));
  if (known) {
    throw new StoryFileError(
      "unsupported-format",
      refusal("refusals.storyFile.unsupportedFormat", { format: phrase(`refusals.storyFile.formats.${known.format}`) }),
    );
  }
  return decodeText(bytes);
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

const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
// What a text file holds besides printable characters: tab, line feed, form feed, carriage return.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\x0b\x0e-\x1f\x7f]/u;

function decodeText(bytes: Buffer): StoryFileText {
  // Word's and Notepad's "Unicode" is UTF-16 with a byte-order mark. TextDecoder drops the BOM.
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes, "utf-16le", true);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes, "utf-16be", true);
  if (bytes.includes(0)) {
    // A text file in UTF-8 or an 8-bit encoding never holds a NUL byte: UTF-16 without a BOM, or binary.
    const order = utf16Order(bytes);
    if (order) return decodeUtf16(bytes, order, false);
    throw new StoryFileError("binary", refusal("refusals.storyFile.binaryData"));
  }
  // Valid UTF-8 is UTF-8: an old encoding's bytes almost never happen to form UTF-8 sequences.
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: bytes.some((b) => b >= 0x80) ? "utf-8" : "ascii" };
  // Not UTF-8: an old Vietnamese encoding, or something we name and refuse. DOS editors ended
  // a file with Ctrl-Z; it is not part of the story.
  const legacy = detectLegacyEncoding(bytes.at(-1) === 0x1a ? bytes.subarray(0, -1) : bytes);
  switch (legacy.status) {
    case "decoded":
      return { text: legacy.text, encoding: legacy.encoding };
    case "unsure":
      throw new StoryFileError(
        "not-utf8",
        phrase("refusals.storyFile.encodingUnsure", { encoding: phrase(`refusals.storyFile.encodings.${encodingKey[legacy.encoding]}`) }),
        legacy.encoding,
      );
    case "western":
      throw new StoryFileError(
        "not-utf8",
        phrase("refusals.storyFile.encodingNotVietnamese", { encoding: phrase("refusals.storyFile.encodings.windows1252") }),
        legacy.encoding,
      );
    case "unknown":
      throw new StoryFileError("not-utf8", phrase("refusals.storyFile.encodingUnknown"));
  }
}

const encodingKey = { tcvn3: "tcvn3", vni: "vni", viscii: "viscii", "windows-1258": "windows1258" } as const satisfies Record<LegacyEncoding, string>;

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM, by where its NULs fall: most characters of a Vietnamese (or any Latin)
 * text are below U+0100, so one byte of each pair is NUL, always the same one; the other byte of
 * a pair is NUL only for the rare U+0000, U+0100, U+1E00… Binary data has NULs in both places.
 */
function utf16Order(bytes: Buffer): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = bytes.length / 2;
  if (oddNul >= 0.3 * pairs && evenNul <= 0.01 * pairs) return "utf-16le";
  if (evenNul >= 0.3 * pairs && oddNul <= 0.01 * pairs) return "utf-16be";
  return undefined;
}

function decodeUtf16(bytes: Buffer, encoding: "utf-16le" | "utf-16be", bom: boolean): StoryFileText {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (bom) throw new StoryFileError("not-utf8", refusal("refusals.storyFile.notUtf8"), `not ${encoding}`);
    throw new StoryFileError("binary", refusal("refusals.storyFile.binaryData"), `not ${encoding}`);
  }
  // Without a BOM the guess must also read as text: binary data can put its NULs in one place.
  if (bom ? text.includes("\u0000") : CONTROL.test(text)) throw new StoryFileError("binary", refusal("refusals.storyFile.binaryChars"));
  return { text, encoding };
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

async function readDocx(name: string, bytes: Buffer): Promise<{ text: string; layout?: StoryLayout }> {
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
