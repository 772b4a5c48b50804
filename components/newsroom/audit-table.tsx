import Link from "next/link";
import { listCell, listRow, listTable, listTbody, listThead } from "@/components/newsroom/list-classes";
import type { AuditEntry } from "@/lib/audit/queries";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";

const columns = ["time", "person", "action", "target", "details"] as const;

/**
 * One page of the audit trail: when (in the paper's time zone), who, what, to what, and the details.
 * A table at desktop width, a card per entry on a phone (list-classes.ts), as the other lists.
 */
export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [t, said, formatWhen] = await Promise.all([getNewsroomT("admin.audit.table"), getNewsroomT("auditLabels.sentences"), getNewsroomFormatWhen()]);
  if (entries.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <div className="rounded border border-stone-300 bg-white">
      <table className={listTable}>
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={listThead}>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={`px-3 py-2 ${column === "time" || column === "person" ? "whitespace-nowrap" : ""}`}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={listTbody}>
          {entries.map((entry) => (
            <tr key={entry.key} className={`${listRow} md:align-top`}>
              <td data-label={t("time")} className={`${listCell} md:whitespace-nowrap`}>
                <time dateTime={entry.at.toISOString()}>{formatWhen(entry.at)}</time>
              </td>
              <td data-label={t("person")} className={listCell}>
                {entry.actorName ?? <span className="text-muted italic">{t("system")}</span>}
              </td>
              <td data-label={t("action")} className={listCell}>
                <span className="font-medium">{entry.actionLabel}</span>
              </td>
              <td data-label={t("target")} className={`${listCell} max-md:w-full md:min-w-48`}>
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
              <td data-label={t("details")} className={`${listCell} whitespace-pre-line text-stone-700 max-md:w-full md:max-w-md`}>
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
