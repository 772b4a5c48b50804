// Vietnamese text from before Unicode, as an old archive holds it: TCVN3 (ABC, the .VnTime
// fonts), VNI (VNI-Times), VISCII and Windows-1258. None of them says what it is, so the reader
// decodes the bytes every way and keeps the way whose words are Vietnamese syllables.
//
// Tables: TCVN3 is the VN3 table of TCVN 5712:1993, VISCII the table of RFC 1456 (both checked
// byte for byte against glibc iconv's TCVN5712-1 and VISCII), VNI the VNI-Windows layout (a base
// letter followed by one mark byte, checked against xvnkb's vni.h), Windows-1258 the WHATWG
// table in Node's TextDecoder.

export const LEGACY_ENCODINGS = ["tcvn3", "vni", "viscii", "windows-1258"] as const;
/** In order of preference when two readings are equally good (TCVN3 was by far the commonest). */
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

// Windows-1252 at 0x80–0x9F. TCVN3 and VNI files were typed in Word with 8-bit fonts and saved
// as "plain text" in the Western code page, so their curly quotes, dashes and ellipses sit here.
// The five bytes Windows-1252 leaves undefined become U+FFFD, which disqualifies the reading.
const CP1252_HIGH = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ";
const LATIN1_HIGH = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join("");

// TCVN3 at 0xA0–0xFF. VN3 itself assigns the lowercase letters with every tone, the seven
// capitals Ă Â Ê Ô Ơ Ư Đ and nothing else; the free places (0xAF, 0xB0–0xB4, 0xBA, 0xBF–0xC5,
// 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) are read as VN1, the full table of the same standard, which
// puts capitals and postfix combining tone marks there. Writers made other toned capitals by
// switching the letter to the .VnTimeH font, which draws the lowercase bytes as capitals: plain
// text keeps the byte and loses the font, so "Ủy" reads back as "ủy" (see restoreCapitals).
const TCVN3_HIGH =
  "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ" + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + "éẹềểễếệìỉỄẾỒĩíịò" + "Ổỏõóọồổỗốộờởỡớợù" + "ỖủũúụừửữứựỳỷỹýỵỐ";

// VISCII at 0x80–0xFF, and the six control positions it takes for the capitals that did not fit.
const VISCII_HIGH =
  "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ" +
  "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ" +
  "Õắằặấầẩậẽẹếềểễệố" +
  "ồổỗỠƠộờởịỰỨỪỬơớƯ" +
  "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ" +
  "ĐứÒÓÔạỷừửÙÚỹỵÝỡư" +
  "àáâãảăữẫèéêẻìíĩỉ" +
  "đựòóôõỏọụùúũủýợỮ";
const VISCII_LOW: Record<number, string> = { 0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1e: "Ỵ" };

function byteTable(high: string, low: Record<number, string> = {}): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 0x80; b++) table[b] = low[b]?.charCodeAt(0) ?? b;
  for (let b = 0x80; b < 0x100; b++) table[b] = high.charCodeAt(b - 0x80);
  return table;
}

const TABLES = {
  tcvn3: byteTable(CP1252_HIGH + TCVN3_HIGH),
  viscii: byteTable(VISCII_HIGH, VISCII_LOW),
  // VNI's bytes are Windows-1252 characters first; the marks are combined afterwards.
  cp1252: byteTable(CP1252_HIGH + LATIN1_HIGH),
};

/** Every table here maps a byte to one UTF-16 code unit (little-endian, as Node runs everywhere). */
function mapBytes(bytes: Uint8Array, table: Uint16Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]!]!;
  return new TextDecoder("utf-16le").decode(units);
}

/** TCVN3 (ABC) bytes as Unicode NFC; toned capitals recovered only inside all-capital words. */
export function decodeTcvn3(bytes: Uint8Array): string {
  return restoreCapitals(mapBytes(bytes, TABLES.tcvn3).normalize("NFC"));
}

/**
 * TCVN3 has no byte for most toned capitals, so a heading typed in .VnTimeH reads "ĐồNG CHí".
 * A word whose other letters are all capitals, at least two of them, is a capital word: its
 * lowercase toned letters become capitals. A word with one capital ("Hà" or "HÀ", "Bộ" or
 * "BỘ": the same bytes) is capital when its neighbours on the line are capital words (not
 * abbreviations like UBND, which stand in ordinary sentences: "UBND Hà Nội"). "Ủy" in running
 * text reads "ủy": nothing in the bytes tells it from the lowercase word.
 */
function restoreCapitals(text: string): string {
  // Only a line with a word of two capitals can change; most lines of a story have none.
  return text
    .split("\n")
    .map((line) => (/\p{Lu}\p{L}*\p{Lu}/u.test(line) ? restoreLine(line) : line))
    .join("\n");
}

function restoreLine(line: string): string {
  const words = [...line.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], at: m.index, kind: capitalKind(m[0]) }));
  const headingWord = (i: number) => {
    const w = words[i];
    return w !== undefined && w.kind === "capital" && /[aeiouy]/u.test(w.word.toLowerCase().normalize("NFD"));
  };
  const inHeading = (i: number) => {
    const neighbours = [i - 1, i + 1].filter((j) => words[j] !== undefined);
    return neighbours.length > 0 && neighbours.every(headingWord);
  };
  let out = "";
  let last = 0;
  words.forEach(({ word, at, kind }, i) => {
    if (kind === "capital" || (kind === "one-capital" && inHeading(i))) {
      out += line.slice(last, at) + word.toUpperCase();
      last = at + word.length;
    }
  });
  return out + line.slice(last);
}

/** "capital": all capitals or capitals with TCVN3's lowercase-only letters; "one-capital": Hà. */
function capitalKind(word: string): "capital" | "one-capital" | "other" {
  let upper = 0;
  for (const ch of word) {
    if (ch !== ch.toLowerCase()) upper++;
    // An ASCII lowercase letter was typed lowercase; an uncased letter decides nothing.
    else if (ch < "\u0080" || ch === ch.toUpperCase()) return "other";
  }
  if (upper >= 2) return "capital";
  return upper === 1 && word.length >= 2 ? "one-capital" : "other";
}

/** VISCII (RFC 1456) bytes as Unicode NFC. */
export function decodeViscii(bytes: Uint8Array): string {
  return mapBytes(bytes, TABLES.viscii).normalize("NFC");
}

/** Windows-1258 bytes (base letters plus combining tone marks) as Unicode NFC. */
export function decodeWindows1258(bytes: Uint8Array): string {
  return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
}

// VNI: the mark bytes that follow a vowel, as Windows-1252 characters (lowercase; the capital
// forms, 0x20 lower, follow capitals). Tones follow a e o u y ơ ư; circumflex a e o; breve a.
const VNI_TONES: Record<string, string> = { ø: "\u0300", ù: "\u0301", û: "\u0309", õ: "\u0303", ï: "\u0323" };
const VNI_CIRCUMFLEX: Record<string, string> = { â: "", à: "\u0300", á: "\u0301", å: "\u0309", ã: "\u0303", ä: "\u0323" };
const VNI_BREVE: Record<string, string> = { ê: "", è: "\u0300", é: "\u0301", ú: "\u0309", ü: "\u0303", ë: "\u0323" };
// Letters that are one byte of their own: ơ ư đ, and i and ỵ with the tones that would not fit.
const VNI_SINGLE: Record<string, string> = { ô: "ơ", ö: "ư", ñ: "đ", æ: "ỉ", ó: "ĩ", ò: "ị", î: "ỵ" };
const VNI_PATTERN = /([aeouyôö])([à-åè-ëïõø-ü])|[ôöñæóòî]/giu;

/** VNI (VNI-Windows) bytes as Unicode NFC. A mark byte after anything else is left as it is. */
export function decodeVni(bytes: Uint8Array): string {
  const latin = mapBytes(bytes, TABLES.cp1252);
  return latin
    .replace(VNI_PATTERN, (match: string, base: string | undefined, mark: string | undefined) => {
      const single = (ch: string) => {
        const lower = VNI_SINGLE[ch.toLowerCase()];
        if (lower === undefined) return ch;
        return ch === ch.toLowerCase() ? lower : lower.toUpperCase();
      };
      if (base === undefined) return single(match);
      const letter = single(base);
      if (mark === undefined) return letter;
      const key = mark.toLowerCase();
      const vowel = base.toLowerCase();
      const tone = VNI_TONES[key];
      if (tone !== undefined) return letter + tone;
      const circumflex = VNI_CIRCUMFLEX[key];
      if (circumflex !== undefined && "aeo".includes(vowel)) return `${base}\u0302${circumflex}`;
      const breve = VNI_BREVE[key];
      if (breve !== undefined && vowel === "a") return `${base}\u0306${breve}`;
      return letter + mark;
    })
    .normalize("NFC");
}

/** Bytes in one of the old encodings as Unicode NFC. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case "tcvn3":
      return decodeTcvn3(bytes);
    case "vni":
      return decodeVni(bytes);
    case "viscii":
      return decodeViscii(bytes);
    case "windows-1258":
      return decodeWindows1258(bytes);
  }
}

// ---------------------------------------------------------------------------------------------
// Is it Vietnamese? A syllable is an onset, a rhyme (medial, vowel nucleus, final) and at most
// one tone mark, on a vowel; a syllable closed by p, t, c or ch takes only the acute or the dot.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSETS = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", ..."bcdđghklmnprstvx", ""];
// Rhymes without tone, from the orthography's chart (oo and uyu included: xoong, khuỷu).
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
   o oc oi om on ong op ot ooc oong oa oac oach oai oam oan oang oanh oao oap oat oay
   oăc oăm oăn oăng oăp oăt oe oec oem oen oeo oet
   ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
   u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôt uân uâng uât uây uê uêch uênh uơ
   uy uya uych uyn uynh uyp uyt uyu uyên uyêt
   ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu
   y ynh yt yêm yên yêng yêt yêu`.split(/\s+/),
);
const FRONT = "ieêy";

function onsetFits(onset: string, rhyme: string): boolean {
  const first = rhyme[0]!;
  if (onset === "k" || onset === "gh" || onset === "ngh") return FRONT.includes(first);
  if (onset === "c" || onset === "ng") return !FRONT.includes(first);
  if (onset === "g") return first !== "e" && first !== "ê";
  if (onset === "qu") return !"uưo".includes(first);
  return true;
}

/** True for one Vietnamese syllable in any case ("Việt", "NAM", "gì", "khuỷu"); NFC or NFD. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const tone = tones[0];
  if (tone !== undefined) {
    const carrier = decomposed.slice(0, decomposed.search(TONE_MARKS)).replace(/[\u0302\u0306\u031b]+$/u, "");
    if (!"aeiouy".includes(carrier.slice(-1) || "-")) return false;
  }
  const bare = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  if (!/^[a-zđăâêôơư]+$/u.test(bare)) return false;
  if (/(?:[cpt]|ch)$/u.test(bare) && tone !== "\u0301" && tone !== "\u0323") return false;
  // "gì": gi alone, the i both onset and vowel; "giếng": gi before iê drops the i.
  if (bare === "gi") return true;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    let rhyme = bare.slice(onset.length);
    if (onset === "gi" && rhyme.startsWith("ê")) rhyme = `i${rhyme}`;
    if (RHYMES.has(rhyme) && onsetFits(onset, rhyme)) return true;
  }
  return false;
}

// Words are split at spaces and at punctuation that any of the readings may hold; a symbol a
// wrong reading puts inside a word (§, ¸, ¶) stays in it and makes it fail.
const SEPARATORS = /[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u00a0\u00ab\u00bb\u00b7\u2010-\u2027\u2030-\u203a]+/u;

/** Words holding a letter beyond ASCII: how many are Vietnamese syllables and how many not. */
export function scoreVietnamese(text: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const seen = new Map<string, boolean>();
  for (const word of text.split(SEPARATORS)) {
    // Words in ASCII read the same every way; abbreviations (HĐND, UBND) are not syllables.
    if (!/[^\0-\x7f]/u.test(word) || /^[B-DF-HJ-NP-TV-XZĐ]+$/u.test(word)) continue;
    let ok = seen.get(word);
    if (ok === undefined) seen.set(word, (ok = isVietnameseSyllable(word)));
    if (ok) valid++;
    else invalid++;
  }
  return { valid, invalid };
}

// A reading holding these is not text: controls other than tab, line and page breaks, and the
// undefined bytes of a table.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/u;

/** How much of a file the readings are scored on (a long story is some 30 KB). */
const SAMPLE_BYTES = 128 * 1024;
/** A reading is taken when at least this share of its non-ASCII words are Vietnamese. */
const ACCEPT = 0.9;
/** Below ACCEPT but above this, with a few good words, the file is named but not read. */
const SUSPECT = 0.5;

export type LegacyDetection =
  | { status: "decoded"; encoding: LegacyEncoding; text: string }
  /** Probably this encoding, but too many words do not read as Vietnamese to trust it. */
  | { status: "unsure"; encoding: LegacyEncoding }
  /** Western European text (French, German…) in Windows-1252: not Vietnamese, refused. */
  | { status: "western"; encoding: "windows-1252" }
  | { status: "unknown" };

/**
 * Which old encoding bytes that are not UTF-8 are in, and the text. Every reading is scored by
 * its non-ASCII words; the best one with at least 90 % Vietnamese syllables wins (ties go to the
 * order of LEGACY_ENCODINGS). Call it only for bytes that are not valid UTF-8.
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyDetection {
  // The start of a long file is evidence enough; the winner is then read whole.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const readings = LEGACY_ENCODINGS.flatMap((encoding) => {
    const text = decodeLegacy(sample, encoding);
    if (NOT_TEXT.test(text)) return [];
    const { valid, invalid } = scoreVietnamese(text);
    return valid === 0 ? [] : [{ encoding, valid, invalid, share: valid / (valid + invalid) }];
  });
  const net = (r: { valid: number; invalid: number }) => r.valid - 2 * r.invalid;
  // A stable sort keeps LEGACY_ENCODINGS' order among equals.
  const best = readings.filter((r) => r.share >= ACCEPT).sort((a, b) => net(b) - net(a))[0];
  if (best) {
    const text = bytes.length > sample.length ? decodeLegacy(bytes, best.encoding) : decodeLegacy(sample, best.encoding);
    return NOT_TEXT.test(text) ? { status: "unknown" } : { status: "decoded", encoding: best.encoding, text };
  }
  const likely = readings.filter((r) => r.share >= SUSPECT && r.valid >= 3).sort((a, b) => b.share - a.share)[0];
  if (likely) return { status: "unsure", encoding: likely.encoding };
  return isWestern(bytes) ? { status: "western", encoding: "windows-1252" } : { status: "unknown" };
}

/** Windows-1252 text whose non-ASCII words are made of Latin letters only (é, ß, ñ, œ…). */
function isWestern(bytes: Uint8Array): boolean {
  const text = mapBytes(bytes.subarray(0, SAMPLE_BYTES), TABLES.cp1252);
  if (NOT_TEXT.test(text)) return false;
  const words = text.split(SEPARATORS).filter((w) => /[^\0-\x7f]/u.test(w));
  const latin = words.filter((w) => /^[\p{Script=Latin}\d]+$/u.test(w) && !/[×÷ªº]/u.test(w));
  return words.length === 0 || latin.length >= 0.9 * words.length;
}
