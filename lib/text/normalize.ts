/**
 * Text as we store it: NFC, no leading byte-order mark, LF line ends.
 * Nothing else changes — a lookalike letter (Ð U+00D0 for Đ) or a non-breaking space
 * the reporter typed stays exactly as typed; search copes with those through fold.ts.
 */
export function normalizeText(s: string): string {
  const withoutBom = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  return withoutBom.replace(/\r\n?/g, "\n").normalize("NFC");
}

/**
 * Runs of ordinary spaces and tabs become one space. Non-breaking and other special
 * spaces are left alone: Word puts them there on purpose (e.g. "trung ương…\u00a0Đồng").
 */
export function collapseSpaces(s: string): string {
  return s.replace(/[ \t]+/g, " ");
}
