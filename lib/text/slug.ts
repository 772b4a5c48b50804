// Latin letters that Unicode decomposition leaves whole, so stripping marks alone misses them.
// Đ/đ matter for every Vietnamese title; Ð/ð is the lookalike reporters type for Đ.
const LETTER_MAP: Record<string, string> = {
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  þ: "th",
  Þ: "th",
};
const MAPPED_LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join("")}]`, "g");

export const SLUG_MAX_LENGTH = 80;

/**
 * URL slug of a title: no diacritics, đ→d, lowercase, words joined by single hyphens,
 * at most `maxLength` characters, cut at a word boundary. Accepts NFC or NFD input.
 * Returns "" when the title has no letters or digits; URLs also carry the story id,
 * so callers can still build a unique address.
 */
export function slugify(title: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const slug = title
    .normalize("NFC")
    .replace(MAPPED_LETTERS, (c) => LETTER_MAP[c] ?? c)
    // NFKD also folds compatibility forms such as full-width digits or ligatures.
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return truncateAtHyphen(slug, maxLength);
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  // Look one character past the limit: a hyphen there means the cut is already on a boundary.
  const boundary = slug.slice(0, maxLength + 1).lastIndexOf("-");
  // One very long "word" would leave almost nothing: cut it hard instead.
  const cut = boundary >= maxLength / 2 ? slug.slice(0, boundary) : slug.slice(0, maxLength);
  return cut.replace(/-+$/, "");
}
