// The audit trail as CSV (RFC 4180) for Excel and LibreOffice: UTF-8 with a byte-order mark, since
// without it Excel reads the file as the local code page and mangles every Vietnamese letter.
import type { AuditEntry } from "./queries";
import { formatAuditTime } from "./time";

export const csvBom = "\ufeff";
const lineEnd = "\r\n";

/**
 * One field. Quoted when it holds a comma, a quote or a line break (quotes doubled). A field that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: titles
 * and notes are typed by people, and an export must not execute what they typed.
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
] as const;

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
  ]);
}

/** A whole file at once, for small exports and tests; the route streams the same lines. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return csvBom + csvLine(auditCsvHeader) + entries.map(auditCsvRow).join("");
}
