// CSV (RFC 4180) for Excel and LibreOffice, as every export of the newsroom writes it: UTF-8 with a
// byte-order mark, since without it Excel reads the file as the local code page and mangles every
// Vietnamese letter; CRLF line ends; every field quoted and made safe from formula injection.
export const csvBom = "\ufeff";
const lineEnd = "\r\n";

/**
 * One field, always quoted (quotes doubled). Titles and notes are typed by people, and an export
 * must not execute what they typed: whatever a spreadsheet could take for the start of a formula
 * (=, +, -, @, or a tab or CR first) gets an apostrophe in front, at the start of the field and
 * after every character that some spreadsheet setting splits cells on (Excel with a `;` list
 * separator, tab- or pipe-separated imports, line breaks), so no split can expose one.
 */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? "" : String(value);
  const safe = s.replace(/(^|[,;|\t\r\n])([ ]*)([=+\-@\t\r])/g, "$1$2'$3");
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(",") + lineEnd;
}
