import { isDatelineShaped, parseDateline, toIsoDate } from "../text/dateline";
import { collapseSpaces, normalizeText } from "../text/normalize";

export type StoryBlock = { type: "paragraph" | "caption"; text: string };

export type ParsedStory = {
  /** Calendar date of the date line, "2022-07-04", or null when the text has none. */
  date: string | null;
  title: string;
  /** The lead without its "– " / "(LSO) – " marker; "" when the story has none. */
  sapo: string;
  body: StoryBlock[];
  /** Pen names in capitals, as typed, without "Bài, ảnh:" style prefixes. */
  byline: string[];
};

export type StoryParseErrorCode = "empty" | "binary" | "invalid-date" | "no-title" | "title-too-long" | "no-content";

/** The text cannot be read as a story. `message` is Vietnamese, `english` for logs and CLIs. */
export class StoryParseError extends Error {
  readonly code: StoryParseErrorCode;
  readonly english: string;

  constructor(code: StoryParseErrorCode, message: string, english: string) {
    super(message);
    this.name = "StoryParseError";
    this.code = code;
    this.english = english;
  }
}

/** A title longer than this is a paragraph pasted without its title. */
export const MAX_TITLE_CHARS = 300;
/** Short-line caption rule: at most this many words and characters. */
const CAPTION_MAX_WORDS = 25;
const CAPTION_MAX_CHARS = 200;
/** A caption that carries a photo credit may be a sentence or two, not a paragraph. */
const CREDITED_CAPTION_MAX_WORDS = 60;
/** An unmarked first paragraph is taken as the sapo only within these lengths. */
const LEAD_MIN_WORDS = 10;
const LEAD_MAX_WORDS = 100;
/** Bylines are read from at most this many final lines. */
const MAX_BYLINE_LINES = 3;

type Line = {
  text: string;
  /** A blank line (or the edge of the text) above and below: "standing as its own paragraph". */
  alone: boolean;
};

/**
 * Reads a story pasted from Word or e-mail, or exported from the old website:
 *
 *   [date line]  "Thứ hai, 04/07/2022" (optional, first line only)
 *   title        the next line
 *   [captions]   photo captions may come before the sapo
 *   [sapo]       "– …", "- …", "(LSO) – …"; or, unmarked, the first paragraph when it
 *                reads like a lead (a finished sentence of 10–100 words, more text after it)
 *   body         paragraphs and captions in order
 *   byline       final line(s) in capitals: "THU HÀ - MINH ĐỨC", "Bài, ảnh: HỒNG NHUNG"
 *
 * Every non-empty line is a block: blank lines and single line breaks both separate
 * paragraphs, since tab-indented text, subheadings and lists come with single breaks.
 * Lines are trimmed and runs of ordinary spaces collapse; every other character stays as
 * typed (NBSP, lookalike letters, quotes, "…").
 */
export function parseStory(text: string): ParsedStory {
  if (text.includes("\u0000")) {
    throw new StoryParseError(
      "binary",
      "Tệp không phải văn bản (có ký tự nhị phân). Hãy lưu bài dưới dạng văn bản thuần (.txt, UTF-8).",
      "The file is not text (it contains binary data). Save the story as plain text (.txt, UTF-8).",
    );
  }
  const lines = readLines(text);
  if (lines.length === 0) {
    throw new StoryParseError("empty", "Văn bản trống, không có bài để nhập.", "The text is empty: there is no story to import.");
  }

  let pos = 0;
  let date: string | null = null;
  const first = lines[0];
  if (first && isDatelineShaped(first.text)) {
    const d = parseDateline(first.text);
    if (!d) {
      throw new StoryParseError(
        "invalid-date",
        `Dòng ngày tháng không hợp lệ: «${first.text}». Hãy sửa ngày (dd/mm/yyyy) hoặc xóa dòng này.`,
        `The date line is not a valid date: "${first.text}". Fix the date (dd/mm/yyyy) or remove the line.`,
      );
    }
    date = toIsoDate(d);
    pos = 1;
  }

  const titleLine = lines[pos];
  if (!titleLine) {
    throw new StoryParseError("no-title", "Không tìm thấy tiêu đề: sau dòng ngày tháng không còn gì.", "No title found: nothing follows the date line.");
  }
  if (titleLine.text.length > MAX_TITLE_CHARS) {
    throw new StoryParseError(
      "title-too-long",
      `Không tìm thấy tiêu đề: dòng đầu dài ${titleLine.text.length} ký tự, giống một đoạn văn. Hãy đặt tiêu đề lên dòng đầu (sau dòng ngày tháng nếu có).`,
      `No title found: the first line is ${titleLine.text.length} characters long, like a paragraph. Put the title on the first line (after the date line, if any).`,
    );
  }
  const title = titleLine.text;

  const rest = lines.slice(pos + 1);
  const trailing = takeTrailingNotes(rest);
  const bylineLines = takeBylineLines(rest);
  const byline = bylineLines.flatMap((l) => parseBylineLine(l.text) ?? []);
  if (rest.length === 0) {
    throw new StoryParseError("no-content", "Bài chỉ có tiêu đề, không có sapo hay nội dung.", "The story has only a title: no sapo and no body.");
  }

  // Captions of the top photo may sit between the title and the sapo.
  const leadAt = rest.findIndex((line) => !isCaption(line));
  const lead = rest[leadAt];
  let sapo = "";
  if (lead) {
    const marked = stripSapoMarker(lead.text);
    if (marked !== null) sapo = marked;
    else if (looksLikeLead(lead.text) && leadAt < rest.length - 1) sapo = lead.text;
  }

  const body: StoryBlock[] = rest
    .filter((line) => !(line === lead && sapo !== ""))
    .map((line) => ({ type: isCaption(line) ? "caption" : "paragraph", text: line.text }));
  for (const note of trailing) body.push({ type: "paragraph", text: note.text });

  return { date, title, sapo, body, byline };
}

// Word's manual line break (\v), form feed, NEL and the Unicode line separator are line
// breaks too; the Unicode paragraph separator counts as a blank line.
const LINE_BREAK = /[\n\v\f\u0085\u2028]/;

function readLines(text: string): Line[] {
  const raw = normalizeText(text)
    .replace(/\u2029/g, "\n\n")
    .split(LINE_BREAK)
    .map(cleanLine);
  const out: Line[] = [];
  raw.forEach((t, i) => {
    if (t === "") return;
    const blankBefore = i === 0 || raw[i - 1] === "";
    const blankAfter = i === raw.length - 1 || raw[i + 1] === "";
    out.push({ text: t, alone: blankBefore && blankAfter });
  });
  return out;
}

function cleanLine(line: string): string {
  // Edges lose every kind of space (tab indents, NBSP indents, zero-width junk);
  // inside the line only runs of ordinary spaces collapse.
  return collapseSpaces(line.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, ""));
}

const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const isAllCaps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** "(Còn nữa)", "(Hết)", "(Kỳ 2)": editorial notes, never captions. */
const isParenthesized = (s: string): boolean => /^\([^()]*\)$/u.test(s);
/** "- ", "+ ", "• ", "1. ", "a) ", "II. ": list items and numbered subheadings. */
const LIST_MARKER = /^(?:[•●▪◦·*]\s*|[-–—+]\s+|\d{1,3}[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s)/u;
/** A finished sentence or a lead-in: ends with . ! ? … : ; , maybe inside quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?…:;,]["'”’»)\]]*$/u;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** "Ảnh: VĂN ĐẠT", "(Ảnh: TTXVN)", "Ảnh minh họa", "Ảnh tư liệu" — but not "hình ảnh: …". */
const PHOTO_CREDIT = /(?:^|[\s([–—-])(?<!hình\s)ảnh(?:\s*:|\s+minh\s+(?:họa|hoạ)|\s+tư\s+liệu)/iu;

/**
 * A photo caption: a line with a photo credit, or a short line (≤ 25 words, ≤ 200
 * characters) standing between blank lines, not ending like a sentence, not all capitals
 * (those are subheadings), not a list item or a parenthesised note. A short line joined to
 * its neighbours by single line breaks is a subheading, so it stays a paragraph.
 */
function isCaption(line: Line): boolean {
  const t = line.text;
  if (LIST_MARKER.test(t)) return false;
  if (PHOTO_CREDIT.test(t)) return wordCount(t) <= CREDITED_CAPTION_MAX_WORDS && !t.endsWith(":");
  if (!line.alone || isAllCaps(t) || isParenthesized(t)) return false;
  const words = wordCount(t);
  return words >= 2 && words <= CAPTION_MAX_WORDS && t.length <= CAPTION_MAX_CHARS && !FINAL_PUNCTUATION.test(t);
}

/** "– text", "- text", "(LSO) – text" → "text"; null when the line has no sapo marker. */
function stripSapoMarker(t: string): string | null {
  // An agency tag in brackets must contain a letter, so "(28/6) – …" is not taken for one.
  const m = /^(?:\([^()\d]*\p{L}[^()\d]*\)\s*[-–—]\s*|[–—]\s*|-\s+)/u.exec(t);
  if (!m) return null;
  const text = t.slice(m[0].length);
  return text === "" ? null : text;
}

/**
 * An unmarked first paragraph is the sapo when it reads like a lead: a finished sentence,
 * 10–100 words, not a list item, subheading or note (the caller also requires more text
 * after it). A short or headline-like first line stays in the body.
 */
function looksLikeLead(t: string): boolean {
  if (LIST_MARKER.test(t) || isAllCaps(t) || isParenthesized(t)) return false;
  const words = wordCount(t);
  return words >= LEAD_MIN_WORDS && words <= LEAD_MAX_WORDS && SENTENCE_END.test(t);
}

/** "(Còn nữa)" and friends written after the byline: moved to the end of the body. */
const TRAILING_NOTE = /^\((?:còn nữa|còn tiếp|hết|tiếp theo[^()]*|kỳ sau[^()]*)\)$/iu;

function takeTrailingNotes(rest: Line[]): Line[] {
  const notes: Line[] = [];
  let last = rest[rest.length - 1];
  while (last && TRAILING_NOTE.test(last.text) && rest.length > 1) {
    notes.unshift(last);
    rest.pop();
    last = rest[rest.length - 1];
  }
  return notes;
}

/** Removes the byline lines from the end of `rest` and returns them in reading order. */
function takeBylineLines(rest: Line[]): Line[] {
  const taken: Line[] = [];
  let last = rest[rest.length - 1];
  while (last && taken.length < MAX_BYLINE_LINES && parseBylineLine(last.text)) {
    taken.unshift(last);
    rest.pop();
    last = rest[rest.length - 1];
  }
  return taken;
}

const CREDIT_WORD = String.raw`(?:bài|tin|ảnh|video|clip|đồ\s+h(?:ọa|oạ)|thực\s+hiện)`;
/** "Bài, ảnh:", "Tin và ảnh:", "Ảnh:", "Video:" before a name. */
const CREDIT_PREFIX = new RegExp(String.raw`^${CREDIT_WORD}(?:\s*(?:,|và|/|&|\+)\s*${CREDIT_WORD})*\s*:\s*`, "iu");
/** Between names: a spaced dash, an en/em dash, or a hyphen glued to the next credit ("-Ảnh:"). */
const NAME_SEPARATOR = new RegExp(String.raw`\s+-\s+|\s*[–—]\s*|\s*-\s*(?=${CREDIT_WORD}(?:\s*(?:,|và|/|&|\+)\s*${CREDIT_WORD})*\s*:)`, "iu");
const NAME_LIST_SEPARATOR = /\s*[,;&]\s*|\s+(?:và|VÀ)\s+/u;
/** A pen name in capitals, "HỒNG NHUNG", "T.H", "HÀ LINH (CTV)"; no digits, no lowercase. */
const CAPS_NAME = /^\p{Lu}[\p{Lu}\p{M}.'’\- ]*(?:\s*\([\p{Lu}\p{M}.' ]+\))?$/u;

/**
 * "PHƯƠNG DUNG" → ["PHƯƠNG DUNG"]; "THU HÀ - MINH ĐỨC" → ["THU HÀ", "MINH ĐỨC"];
 * "NGỌC ANH - Ảnh: VĂN ĐẠT" → ["NGỌC ANH", "VĂN ĐẠT"] (the photographer is credited like
 * a writer); "Bài, ảnh: HỒNG NHUNG" → ["HỒNG NHUNG"]; anything else → null.
 */
function parseBylineLine(text: string): string[] | null {
  if (text.length > 120) return null;
  const names: string[] = [];
  for (const part of text.split(NAME_SEPARATOR)) {
    const bare = part.replace(CREDIT_PREFIX, "").trim();
    if (bare === "") return null;
    for (const name of bare.split(NAME_LIST_SEPARATOR)) {
      if (name.length < 2 || wordCount(name) > 6 || !CAPS_NAME.test(name)) return null;
      names.push(name);
    }
  }
  return names.length > 0 ? names : null;
}
