// The few XML rules every feed and sitemap needs. Text is NFC-normalised and escaped, never
// transliterated: a Vietnamese title reaches the reader's feed letter for letter.

// Code points XML 1.0 cannot carry at all, even escaped (C0 controls except tab/LF/CR, lone
// surrogates, U+FFFE/U+FFFF). They are never typed on purpose; dropping them keeps the document
// well-formed, which a feed reader requires before it shows anything.
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for an element's content or an attribute value (double or single quoted). */
export function escapeXml(text: string): string {
  return text
    .normalize("NFC")
    .replace(notXmlChar, "")
    .replace(/[&<>"']/g, (c) => entities[c]!);
}

/** `<name>text</name>`, escaped. */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** RFC 822 (as updated by RFC 1123) date for RSS: "Mon, 04 Jul 2022 01:30:00 GMT". */
export function rfc822Date(date: Date): string {
  return date.toUTCString();
}

/** W3C Datetime for sitemaps, in UTC and to the second: "2022-07-04T01:30:00Z". */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';
