// The audit trail as CSV for Excel and LibreOffice (written as every export is: lib/csv.ts).
// The export stays in Vietnamese whoever downloads it (headings, action labels, details): it is a
// record kept and handed on (to the governing body, an inspection, an archive), in the paper's
// language, so that two exports of the same period read the same whoever made them.
import { csvBom, csvLine } from "@/lib/csv";
import type { AuditEntry } from "./queries";
import { formatAuditTime } from "./time";

// The writer itself (quoting, formula-safe fields, the byte-order mark) is shared: lib/csv.ts.
export { csvBom, csvField, csvLine } from "@/lib/csv";

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
