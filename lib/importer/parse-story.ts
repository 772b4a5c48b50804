import type { StoryKind } from "@/db/schema";
import { isDatelineShaped, parseDateline, toIsoDate } from "../text/dateline";
import { collapseSpaces, normalizeText } from "../text/normalize";

/**
 * A block of the body in reading order. A subheading is a short line that opens a section of a
 * long report (the editor renders it as a heading); a caption is the text under a photo.
 */
export type StoryBlock = { type: "paragraph" | "subheading" | "caption"; text: string };

export type ParsedStory = {
  /** Calendar date of the date line, "2022-07-04", or null when the text has none. */
  date: string | null;
  /** "notice" when the title opens with one of NOTICE_OPENINGS. */
  kind: StoryKind;
  title: string;
  /** The lead without its "– " / "(LSO) – " marker; "" when the story has none. */
  sapo: string;
  body: StoryBlock[];
  /** Pen names in capitals, as typed, without "Bài, ảnh:" style prefixes or notes. */
  byline: string[];
  /** The byline's remark as printed, "(tổng hợp)", "(theo TTXVN)", "(CTV)"; "" when none. */
  bylineNote: string;
};

/**
 * What a .docx says about its paragraphs beyond their text: the paragraphs whose formatting
 * differs from the document's usual body paragraph. A pasted text has no layout.
 */
export type StoryLayout = { setApart: readonly SetApartParagraph[] };
export type SetApartParagraph = {
  /** The paragraph's text as it appears in the converted text (manual breaks as "\n"). */
  text: string;
  /** Every run of text in it is bold / italic. */
  bold: boolean;
  italic: boolean;
  /** Its paragraph style's name when that differs from the usual one ("Heading 2", "Sapo"); "" otherwise. */
  style: string;
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
/** A caption or subheading is a short line: at most this many words and characters. */
const SHORT_LINE_MAX_WORDS = 25;
const SHORT_LINE_MAX_CHARS = 200;
/** A caption that carries a photo credit may be a sentence or two, not a paragraph. */
const CREDITED_CAPTION_MAX_WORDS = 60;
/** A subheading opens a paragraph at least this long, and at least twice its own length. */
const SECTION_MIN_WORDS = 8;
/**
 * A lone short line that opens a paragraph is a caption when it describes (longer than this),
 * a subheading when it is a label ("Nỗi lo nước sạch"). Two or more such lines make a pattern
 * of subheadings whatever their length.
 */
const LONE_SUBHEADING_MAX_WORDS = 6;
/** Among three or more subheadings, a line this long and over twice as long as any other is a caption. */
const OUTGROWN_SUBHEADING_WORDS = 10;
/** From this many short lines set off by wider gaps, the gaps are how the writer spaces sections. */
const SPACED_SECTIONS_MIN = 3;
/** An unmarked first paragraph is taken as the sapo only within these lengths. */
const LEAD_MIN_WORDS = 10;
const LEAD_MAX_WORDS = 100;
/** Bylines are read from at most this many final lines. */
const MAX_BYLINE_LINES = 3;

/**
 * Titles that open these words are notices: published as sent, with no sapo and no photos.
 * A closed list, compared without case; each must be followed by a non-letter or the end
 * ("Thông báo:", "THÔNG BÁO tuyển dụng", but not "Thư viện…").
 */
export const NOTICE_OPENINGS = [
  "thông báo",
  "thông cáo",
  "cáo phó",
  "tin buồn",
  "phân ưu",
  "cáo lỗi",
  "lời cáo lỗi",
  "đính chính",
  "cải chính",
  "thông tin cải chính",
  "lời xin lỗi",
  "thư xin lỗi",
  "xin lỗi bạn đọc",
  "thư cảm ơn",
  "thư cám ơn",
  "lời cảm ơn",
  "lời cám ơn",
  "lời cảm tạ",
  "cảm tạ",
  "thư ngỏ",
  "thư mời",
  "giấy mời",
  "thư chúc mừng",
  "thư khen",
  "thư chia buồn",
  "thư gửi",
  "lời kêu gọi",
  "nhắn tin tìm người",
] as const;

type Line = {
  text: string;
  /** Blank lines above and below it (0 at the edges of the text). */
  blankBefore: number;
  blankAfter: number;
  /** A blank line (or the edge of the text) above and below: "standing as its own paragraph". */
  alone: boolean;
};

/**
 * Reads a story pasted from Word or e-mail, or exported from the old website:
 *
 *   [date line]  "Thứ hai, 04/07/2022" (optional, first line only)
 *   title        the next line
 *   [captions]   photo captions may come before the sapo
 *   [sapo]       "– …", "- …", "(LSO) – …"; or, unmarked, the first paragraph when the layout
 *                sets it apart (see readSapo); notices have none unless marked
 *   body         paragraphs, subheadings and captions in order (see classifyBody)
 *   byline       final line(s) in capitals: "THU HÀ - MINH ĐỨC", "Bài, ảnh: HỒNG NHUNG",
 *                "MINH PHƯƠNG (tổng hợp)"
 *
 * Every non-empty line is a block: blank lines and single line breaks both separate
 * paragraphs, since tab-indented text, subheadings and lists come with single breaks.
 * Lines are trimmed and runs of ordinary spaces collapse; every other character stays as
 * typed (NBSP, lookalike letters, quotes, "…"). `layout` is what a .docx adds (docx.ts).
 */
export function parseStory(text: string, layout?: StoryLayout): ParsedStory {
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
  const bylineLines = takeBylineLines(rest).map((l) => parseBylineLine(l.text)!);
  const byline = bylineLines.flatMap((l) => l.names);
  const bylineNote = [...new Set(bylineLines.flatMap((l) => l.notes))].join(" ");
  if (rest.length === 0) {
    throw new StoryParseError("no-content", "Bài chỉ có tiêu đề, không có sapo hay nội dung.", "The story has only a title: no sapo and no body.");
  }

  const kind: StoryKind = isNotice(title) || (rest[0] !== undefined && isNoticeHeading(rest[0].text)) ? "notice" : "article";
  const story: StoryShape = { kind, lines: rest, usualGap: usualGap(lines), looks: looksOf(layout) };
  const { sapo, leadAt } = readSapo(story);
  const body = classifyBody(story, sapo === "" ? -1 : leadAt);
  for (const note of trailing) body.push({ type: "paragraph", text: note.text });

  return { date, kind, title, sapo, body, byline, bylineNote };
}

/** What the rules below read: the lines after the title (byline removed) and how the text is spaced. */
type StoryShape = {
  kind: StoryKind;
  lines: Line[];
  /** The number of blank lines most often found between two lines: a wider gap stands out. */
  usualGap: number;
  looks: Map<string, SetApartParagraph>;
};

// Word's manual line break (\v), form feed, NEL and the Unicode line separator are line
// breaks too; the Unicode paragraph separator counts as a blank line.
const LINE_BREAK = /[\n\v\f\u0085\u2028]/;

function readLines(text: string): Line[] {
  const raw = normalizeText(text)
    .replace(/\u2029/g, "\n\n")
    .split(LINE_BREAK)
    .map(cleanLine);
  const out: Line[] = [];
  let blanks = 0;
  raw.forEach((t, i) => {
    if (t === "") {
      blanks++;
      return;
    }
    const previous = out[out.length - 1];
    if (previous) previous.blankAfter = blanks;
    const blankBefore = i === 0 || raw[i - 1] === "";
    const blankAfter = i === raw.length - 1 || raw[i + 1] === "";
    out.push({ text: t, blankBefore: previous ? blanks : 0, blankAfter: 0, alone: blankBefore && blankAfter });
    blanks = 0;
  });
  return out;
}

function cleanLine(line: string): string {
  // Edges lose every kind of space (tab indents, NBSP indents, zero-width junk);
  // inside the line only runs of ordinary spaces collapse.
  return collapseSpaces(line.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, ""));
}

/** The most common gap between consecutive lines; on a tie the narrower one. */
function usualGap(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines.slice(1)) counts.set(line.blankBefore, (counts.get(line.blankBefore) ?? 0) + 1);
  let usual = 1;
  let most = 0;
  for (const [gap, count] of counts) {
    if (count > most || (count === most && gap < usual)) [usual, most] = [gap, count];
  }
  return usual;
}

/** A .docx's set-apart paragraphs by each of their lines, cleaned as readLines cleans them. */
function looksOf(layout: StoryLayout | undefined): Map<string, SetApartParagraph> {
  const looks = new Map<string, SetApartParagraph>();
  for (const paragraph of layout?.setApart ?? []) {
    for (const line of normalizeText(paragraph.text).split(LINE_BREAK).map(cleanLine)) {
      if (line !== "") looks.set(line, paragraph);
    }
  }
  return looks;
}

const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const isAllCaps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** "(Còn nữa)", "(Hết)", "(Kỳ 2)": editorial notes, never captions. */
const isParenthesized = (s: string): boolean => /^\([^()]*\)$/u.test(s);
/** "- ", "+ ", "• ", "1. ", "a) ", "II. ": list items and numbered subheadings. */
const LIST_MARKER = /^(?:[•●▪◦·*]\s*|[-–—+]\s+|\d{1,3}[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s)/u;
/** "II. KẾT QUẢ ĐẠT ĐƯỢC": a section number in Roman numerals before a heading in capitals. */
const ROMAN_HEADING = /^[IVXLC]{1,6}[.)]\s/u;
/** A finished sentence or a lead-in: ends with . ! ? … : ; , maybe inside quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?…:;,]["'”’»)\]]*$/u;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** "Ảnh: VĂN ĐẠT", "(Ảnh: TTXVN)", "Ảnh minh họa", "Ảnh tư liệu" — but not "hình ảnh: …". */
const PHOTO_CREDIT = /(?:^|[\s([–—-])(?<!hình\s)ảnh(?:\s*:|\s+minh\s+(?:họa|hoạ)|\s+tư\s+liệu)/iu;
/** A line that is only a photo credit, under or above its caption: "Ảnh: VĂN ĐẠT", "(Ảnh minh họa)". */
const CREDIT_ONLY = /^\(?\s*ảnh(?:\s*:[^()]{0,80}|\s+minh\s+(?:họa|hoạ)|\s+tư\s+liệu)\s*\)?\.?$/iu;

/** A caption by its own words: it names the photo's author or source. */
function isCreditedCaption(t: string): boolean {
  return !LIST_MARKER.test(t) && PHOTO_CREDIT.test(t) && wordCount(t) <= CREDITED_CAPTION_MAX_WORDS && !t.endsWith(":");
}

/**
 * The shape shared by captions and subheadings: a short line (≤ 25 words, ≤ 200 characters)
 * that does not end like a sentence and is not a list item or a parenthesised note. Lines in
 * capitals are subheadings only, never captions; "II. KẾT QUẢ" counts as one in capitals.
 */
function isShortLine(t: string): boolean {
  if (LIST_MARKER.test(t) && !(ROMAN_HEADING.test(t) && isAllCaps(t))) return false;
  if (isParenthesized(t) || FINAL_PUNCTUATION.test(t)) return false;
  const words = wordCount(t);
  return words >= 2 && words <= SHORT_LINE_MAX_WORDS && t.length <= SHORT_LINE_MAX_CHARS;
}

/** The line opens a section: the next line is a paragraph at least twice as long, of some length. */
function opensSection(story: StoryShape, at: number): boolean {
  const line = story.lines[at]!;
  const next = story.lines[at + 1];
  if (!next || isShortLine(next.text) || isCreditedCaption(next.text) || LIST_MARKER.test(next.text)) return false;
  const words = wordCount(next.text);
  return words >= SECTION_MIN_WORDS && words >= 2 * wordCount(line.text);
}

/** A gap wider than the story's usual one, on either side, within the body (not at its edges). */
function hasWideGap(story: StoryShape, at: number): boolean {
  const line = story.lines[at]!;
  const before = at > 0 && line.blankBefore > story.usualGap;
  const after = at < story.lines.length - 1 && line.blankAfter > story.usualGap;
  return before || after;
}

const isHeadingStyle = (style: string): boolean => /heading|tiêu\s*đề\s*\d|đề\s*mục/iu.test(style);

/**
 * Finds the sapo. Captions of the top photo may come first. A marked paragraph ("– ", "- ",
 * "(LSO) – ") is the sapo unless it starts a list; an unmarked one only when the layout sets it
 * apart, since notices, letters and many stories open straight with the body:
 *  - in a .docx, a lead-shaped paragraph all in bold or italic, or in a style of its own;
 *  - in a text, a lead-shaped paragraph followed by a wider gap than the story's usual one
 *    (the top photo's place) or by a credited caption.
 * Notices never take an unmarked sapo.
 */
function readSapo(story: StoryShape): { sapo: string; leadAt: number } {
  const { lines } = story;
  const leadAt = lines.findIndex((line) => !isTopCaption(story, line));
  const lead = lines[leadAt];
  if (!lead) return { sapo: "", leadAt };
  const next = lines[leadAt + 1];

  const marked = stripSapoMarker(lead.text);
  if (marked !== null) {
    const startsList = next !== undefined && lead.text[0] === next.text[0] && LIST_MARKER.test(next.text);
    return { sapo: startsList ? "" : marked, leadAt };
  }
  if (story.kind === "notice" || !next || !looksLikeLead(lead.text)) return { sapo: "", leadAt };
  const look = story.looks.get(lead.text);
  const setApartInDocx = look !== undefined && !isHeadingStyle(look.style) && (look.bold || look.italic || look.style !== "");
  const setApartInText = lead.blankAfter > story.usualGap || isCreditedCaption(next.text) || CREDIT_ONLY.test(next.text);
  return { sapo: setApartInDocx || setApartInText ? lead.text : "", leadAt };
}

/** Before the sapo, only a photo's caption may stand: credited, or (in an article) caption-shaped. */
function isTopCaption(story: StoryShape, line: Line): boolean {
  if (isCreditedCaption(line.text)) return true;
  const look = story.looks.get(line.text);
  if (look && (look.bold || isHeadingStyle(look.style))) return false;
  return story.kind === "article" && isShortLine(line.text) && !isAllCaps(line.text);
}

/**
 * Tells paragraphs, subheadings and captions apart. A caption sits where a photo was, so it
 * needs a sign of one: a photo credit on it or a credit line beside it, a wider gap before or
 * after it, the top photo's place (before the sapo or right after it, or after the title), or
 * italics in a .docx. A short line that opens a longer paragraph without such a sign is a
 * subheading when the story has several of them (a long report's sections) or when it is a
 * label of a few words; bold or a heading style in a .docx says subheading too. A lone
 * describing line (as in the seed article), or one far longer than every other subheading, is a
 * caption; when in doubt the line stays text (a subheading or a paragraph), since a caption is
 * split from the running text. A writer who sets off three or more sections with wider gaps
 * uses the gap for sections, not photos. Notices have no photos: only a credited line is a
 * caption there.
 */
function classifyBody(story: StoryShape, sapoAt: number): StoryBlock[] {
  const { lines } = story;
  const types: StoryBlock["type"][] = lines.map(() => "paragraph");
  // The first line after the title or the sapo, and any captions before the sapo.
  const topEnd = sapoAt >= 0 ? sapoAt + 1 : lines.findIndex((line) => !isTopCaption(story, line));
  const isTop = (at: number) => at <= Math.max(topEnd, 0) && at !== sapoAt;

  const undecided: number[] = [];
  lines.forEach((line, at) => {
    if (at === sapoAt) return;
    const t = line.text;
    if (isCreditedCaption(t)) {
      types[at] = "caption";
      return;
    }
    const look = story.looks.get(t);
    if (look && isHeadingStyle(look.style) && wordCount(t) <= SHORT_LINE_MAX_WORDS && !SENTENCE_END.test(t)) {
      types[at] = "subheading";
      return;
    }
    if (!isShortLine(t)) return;
    if (isAllCaps(t)) {
      if (opensSection(story, at)) types[at] = "subheading";
      return;
    }
    if (look?.bold) {
      types[at] = "subheading";
      return;
    }
    undecided.push(at);
  });

  // A writer who sets off every section with extra blank lines: the gap is not a photo's.
  const spacedSections = undecided.filter((at) => opensSection(story, at) && hasWideGap(story, at));
  const gapsAreSections = spacedSections.length >= SPACED_SECTIONS_MIN && undecided.every((at) => !opensSection(story, at) || hasWideGap(story, at));

  const photoSign = (at: number): boolean => {
    if (story.kind === "notice") return false;
    const line = lines[at]!;
    const next = lines[at + 1];
    const previous = lines[at - 1];
    if (next && CREDIT_ONLY.test(next.text)) return true;
    if (previous && CREDIT_ONLY.test(previous.text) && !opensSection(story, at)) return true;
    if (story.looks.get(line.text)?.italic) return true;
    if (isTop(at)) return true;
    return hasWideGap(story, at) && !(gapsAreSections && opensSection(story, at));
  };

  const sectionOpeners = undecided.filter((at) => !photoSign(at) && opensSection(story, at));
  const openerWords = new Map(sectionOpeners.map((at) => [at, wordCount(lines[at]!.text)]));
  for (const at of undecided) {
    const words = wordCount(lines[at]!.text);
    if (photoSign(at)) types[at] = "caption";
    else if (sectionOpeners.includes(at)) {
      // A lone describing line, or one far longer than every other subheading, describes a photo.
      const lone = sectionOpeners.length === 1 && words > LONE_SUBHEADING_MAX_WORDS;
      const longestOther = Math.max(0, ...[...openerWords].filter(([other]) => other !== at).map(([, n]) => n));
      const outgrown = sectionOpeners.length > 2 && words >= OUTGROWN_SUBHEADING_WORDS && words > 2 * longestOther;
      types[at] = (lone || outgrown) && story.kind === "article" ? "caption" : "subheading";
    } else if (lines[at]!.alone && story.kind === "article") types[at] = "caption";
  }

  return lines.flatMap((line, at) => (at === sapoAt ? [] : [{ type: types[at]!, text: line.text }]));
}

/** "– text", "- text", "(LSO) – text" → "text"; null when the line has no sapo marker. */
function stripSapoMarker(t: string): string | null {
  // An agency tag in brackets must contain a letter, so "(28/6) – …" is not taken for one.
  const m = /^(?:\([^()\d]*\p{L}[^()\d]*\)\s*[-–—]\s*|[–—]\s*|-\s+)/u.exec(t);
  if (!m) return null;
  const text = t.slice(m[0].length);
  return text === "" ? null : text;
}

/** Lead-shaped: a finished sentence of 10–100 words, not a list item, subheading or note. */
function looksLikeLead(t: string): boolean {
  if (LIST_MARKER.test(t) || isAllCaps(t) || isParenthesized(t)) return false;
  const words = wordCount(t);
  return words >= LEAD_MIN_WORDS && words <= LEAD_MAX_WORDS && SENTENCE_END.test(t);
}

// Compared in lowercase, with the lookalike Ð (U+00D0) read as Đ.
const foldForNotice = (s: string): string => s.replace(/[\u00d0\u00f0]/g, "đ").toLowerCase();
const NOTICE_OPENING = new RegExp(`^(?:${NOTICE_OPENINGS.join("|")})(?![\\p{L}\\p{M}])`, "u");

function isNotice(title: string): boolean {
  return NOTICE_OPENING.test(foldForNotice(title));
}

/** "THÔNG BÁO" or "Thông báo tuyển dụng" on the line after an organisation's name used as title. */
function isNoticeHeading(t: string): boolean {
  return isNotice(t) && wordCount(t) <= 15 && !FINAL_PUNCTUATION.test(t);
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
/** A pen name in capitals, "HỒNG NHUNG", "T.H", "PV"; no digits, no lowercase. */
const CAPS_NAME = /^\p{Lu}[\p{Lu}\p{M}.'’\- ]*$/u;
/** A note in brackets after a name: "(tổng hợp)", "(theo TTXVN)", "(CTV)". */
const BRACKETED_NOTE = /\s*\([^()]*\p{L}[^()]*\)/gu;
/** The same notes written without brackets at the end of the line: "MINH PHƯƠNG tổng hợp". */
const BARE_NOTE = /\s+(?:(?:[tT]ổng\s+hợp|[lL]ược\s+dịch|[bB]iên\s+dịch|[lL]ược\s+thuật|[sS]ưu\s+tầm)(?:\s+(?:từ|theo)\s+[^()]+)?|[tT]heo\s+[^()]+)$/u;
/** A line that is only the source: "(Theo TTXVN)", "(Nguồn: Báo Nhân Dân)". */
const SOURCE_LINE = /^\((?:theo|nguồn)[\s:][^()]*\)$/iu;

/**
 * "PHƯƠNG DUNG" → ["PHƯƠNG DUNG"]; "THU HÀ - MINH ĐỨC" → ["THU HÀ", "MINH ĐỨC"];
 * "NGỌC ANH - Ảnh: VĂN ĐẠT" → ["NGỌC ANH", "VĂN ĐẠT"] (the photographer is credited like
 * a writer); "Bài, ảnh: HỒNG NHUNG" → ["HỒNG NHUNG"]; anything else → null.
 * A note after a name, in any case ("THU HÀ (theo TTXVN)", "PV (lược dịch)", "HÀ LINH (CTV)"),
 * is not part of the name: it is returned as printed, and the byline shows it once after all
 * the names ("THU HÀ - MINH ĐỨC (tổng hợp)" → two names, one note); notes after several names
 * are all kept, in order, a repeated one once (in parseStory).
 */
function parseBylineLine(text: string): { names: string[]; notes: string[] } | null {
  if (text.length > 120) return null;
  if (SOURCE_LINE.test(text)) return { names: [], notes: [text] };
  const found: { at: number; note: string }[] = [];
  const take = (note: string, at: number) => {
    found.push({ at, note: note.trim() });
    return "";
  };
  // A note follows a name: a bracket at the start of the line is not a byline's note.
  const rest = text.replace(BARE_NOTE, take).replace(BRACKETED_NOTE, (note: string, at: number) => (at === 0 ? note : take(note, at)));
  const notes = found.sort((a, b) => a.at - b.at).map((f) => f.note);
  const names: string[] = [];
  for (const part of rest.split(NAME_SEPARATOR)) {
    const bare = part.replace(CREDIT_PREFIX, "").trim();
    if (bare === "") return null;
    for (const name of bare.split(NAME_LIST_SEPARATOR)) {
      if (name.length < 2 || wordCount(name) > 6 || !CAPS_NAME.test(name)) return null;
      names.push(name);
    }
  }
  return names.length > 0 ? { names, notes } : null;
}
