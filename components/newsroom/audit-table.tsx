import Link from "next/link";
import type { AuditEntry } from "@/lib/audit/queries";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";

const columns = [
  { key: "time", className: "px-3 py-2 whitespace-nowrap" },
  { key: "person", className: "px-3 py-2 whitespace-nowrap" },
  { key: "action", className: "px-3 py-2" },
  { key: "target", className: "px-3 py-2" },
  { key: "details", className: "px-3 py-2" },
] as const;

/** One page of the audit trail: when (in the paper's time zone), who, what, to what, and the details. */
export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [t, said, formatWhen] = await Promise.all([getNewsroomT("admin.audit.table"), getNewsroomT("auditLabels.sentences"), getNewsroomFormatWhen()]);
  if (entries.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded border border-stone-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-stone-100">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {t(column.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {entries.map((entry) => (
            <tr key={entry.key} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>{formatWhen(entry.at)}</time>
              </td>
              <td className="px-3 py-2">{entry.actorName ?? <span className="text-muted italic">{t("system")}</span>}</td>
              <td className="px-3 py-2">
                <span className="font-medium">{entry.actionLabel}</span>
              </td>
              <td className="min-w-48 px-3 py-2">
                {/* The audit log is the admin's, who opens no newsroom story: a story links to its public page, if it has one. */}
                {entry.storyHref ? (
                  <Link href={entry.storyHref} className="underline">
                    {entry.entityLabel}
                  </Link>
                ) : (
                  entry.entityLabel
                )}
                <span className="block text-xs text-muted">
                  {entry.entityTypeLabel}
                  {/* A number people can search by; a key such as the settings' "site" means nothing to them. */}
                  {entry.entityId && /^\d+$/.test(entry.entityId) ? ` #${entry.entityId}` : ""}
                </span>
              </td>
              <td className="max-w-md px-3 py-2 break-words whitespace-pre-line text-stone-700">
                {entry.details || "—"}
                {entry.detailStories.some((story) => story.href) ? (
                  <span className="mt-1 block text-xs">
                    {said("storyLinks")}{" "}
                    {entry.detailStories
                      .filter((story) => story.href)
                      .map((story, i) => (
                        <span key={story.id}>
                          {i > 0 ? ", " : null}
                          <Link href={story.href!} className="underline">
                            {story.title}
                          </Link>
                        </span>
                      ))}
                  </span>
                ) : null}
                {entry.address ? <span className="block text-xs text-muted">{t("address", { address: entry.address })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
