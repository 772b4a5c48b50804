// Invisible characters Word and web pages leave inside words; a reader cannot type them.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// \s covers the non-breaking space and the other Unicode spaces (U+2000–U+200A, U+202F, U+3000…).
const ANY_SPACE = /\s+/gu;

/**
 * The one folding function for search: indexing and querying both go through it, so
 * "xay dung dang" meets "xây dựng Đảng", "uỷ ban" meets "ủy ban" and the lookalike
 * "Ð" meets "Đ". Lowercase, no diacritics, đ→d, plain single spaces, trimmed.
 * Punctuation is kept; tokenising is the search module's business.
 */
export function foldForSearch(s: string): string {
  return (
    s
      .normalize("NFC")
      .replace(INVISIBLE, "")
      .toLowerCase()
      // toLowerCase has already turned Đ into đ and the lookalike Ð into ð.
      .replace(/[đð]/g, "d")
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(ANY_SPACE, " ")
      .trim()
  );
}

/**
 * Folding that keeps the diacritics, for ranking exact matches above unaccented
 * collisions (Đảng vs đang vs dáng): lowercase, NFC, lookalike Ð→đ, tone placement
 * unified, plain single spaces.
 */
export function foldAccentSensitive(s: string): string {
  return normalizeTonePlacement(s.normalize("NFC").replace(INVISIBLE, "").replace(/[Ðð]/g, "đ").toLowerCase()).replace(ANY_SPACE, " ").trim();
}

// Tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE = "\u0300\u0301\u0303\u0309\u0323";
// A tone on the last letter of a word-final "oa"/"oe" (plain o, plain a/e): hoà, khoẻ.
const OA_OE = new RegExp(`([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])`, "gu");
// Word-final "uy" with the tone on y (thuỷ, uỷ) — except after q, where u belongs to the
// consonant "qu" and the tone is on y in every spelling (quý, quỷ).
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`, "gu");

/**
 * Unifies the two ways of placing the tone in open syllables with oa, oe, uy:
 * hoà→hòa, khoẻ→khỏe, thuỷ→thủy, uỷ→ủy (the target is the placement on the first vowel,
 * which most of our archive uses). Syllables with a final consonant (hoàng, quyết) and
 * triple vowels (ngoài, khuỷu) are spelled alike in both systems and stay untouched.
 * Keeps every diacritic; returns NFC.
 */
export function normalizeTonePlacement(s: string): string {
  return s.normalize("NFD").replace(OA_OE, "$1$3$2").replace(UY, "$1$3$2").normalize("NFC");
}
