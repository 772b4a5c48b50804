// The audit trail as CSV (RFC 4180) for Excel and LibreOffice: UTF-8 with a byte-order mark, since
// without it Excel reads the file as the local code page and mangles every Vietnamese letter.
// The export stays in Vietnamese whoever downloads it (headings, action labels, details): it is a
// record kept and handed on (to the governing body, an inspection, an archive), in the paper's
// language, so that two exports of the same period read the same whoever made them.
import type { AuditEntry } from "./queries";
import { formatAuditTime } from "./time";

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

export const auditCsvHeader = [
  "Thời gian",
  "Người thực hiện",
  "Thao tác",
  "Mã thao tác",
  "Đối tượng",
  "Loại đối tượng",
  "Mã đối tượng",
  "Chi tiết",
  "Địa chỉ IP",
  "Thời gian (UTC, ISO 8601)",
  "Dữ liệu ghi nhận (JSON)",
] as const;

// Chi tiết is the sentence people read; the data as recorded follows it for whoever checks the
// record itself (an inspection, a script). A secret that slipped into it is hidden there too.
const secretKey = /pass|token|hash|secret/i;
const recordedData = (data: AuditEntry["data"]) =>
  data && Object.keys(data).length ? JSON.stringify(data, (key, value: unknown) => (key && secretKey.test(key) ? "[đã ẩn]" : value)) : "";

export function auditCsvRow(entry: AuditEntry): string {
  return csvLine([
    formatAuditTime(entry.at),
    entry.actorName ?? "Hệ thống",
    entry.actionLabel,
    entry.action,
    entry.entityLabel,
    entry.entityTypeLabel,
    entry.entityId,
    entry.details,
    entry.address,
    entry.at.toISOString(),
    recordedData(entry.data),
  ]);
}

/** A whole file at once, for small exports and tests; the route streams the same lines. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return csvBom + csvLine(auditCsvHeader) + entries.map(auditCsvRow).join("");
}
