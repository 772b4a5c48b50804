import type { AuditEntry } from "@/lib/audit/queries";
import { formatAuditTime } from "@/lib/audit/time";

/** One page of the audit trail: when, who, what, to what, and the details. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted">Không có mục nào khớp với bộ lọc.</p>;
  return (
    <div className="overflow-x-auto rounded border border-stone-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Nhật ký</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              Thời gian
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              Người thực hiện
            </th>
            <th scope="col" className="px-3 py-2">
              Thao tác
            </th>
            <th scope="col" className="px-3 py-2">
              Đối tượng
            </th>
            <th scope="col" className="px-3 py-2">
              Chi tiết
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {entries.map((entry) => (
            <tr key={entry.key} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>{formatAuditTime(entry.at)}</time>
              </td>
              <td className="px-3 py-2">{entry.actorName ?? <span className="text-muted italic">Hệ thống</span>}</td>
              <td className="px-3 py-2">
                <span className="font-medium">{entry.actionLabel}</span>
                {entry.actionLabel !== entry.action ? <span className="block font-mono text-xs text-muted">{entry.action}</span> : null}
              </td>
              <td className="min-w-48 px-3 py-2">
                {/* Plain text: the audit log is the admin's, and admins have no editorial access to open stories. */}
                {entry.entityLabel}
                <span className="block text-xs text-muted">
                  {entry.entityTypeLabel}
                  {entry.entityId ? ` #${entry.entityId}` : ""}
                </span>
              </td>
              <td className="max-w-md px-3 py-2 break-words whitespace-pre-line text-stone-700">
                {entry.details || "—"}
                {entry.address ? <span className="block text-xs text-muted">IP: {entry.address}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
