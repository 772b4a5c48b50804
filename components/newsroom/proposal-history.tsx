import { auditActionLabel } from "@/lib/audit/labels";
import { getNewsroomFormatWhen, getNewsroomLocale, getNewsroomT } from "@/lib/i18n/server";
import type { HistoryEntry } from "@/lib/plan/queries";

// A proposal's or an assignment's decisions, oldest first, as Nhật ký recorded them: who, what,
// when, and the note or reason given. A server component, for both pages.
export async function PlanHistory({ entries }: { entries: HistoryEntry[] }) {
  const [t, when, locale] = await Promise.all([getNewsroomT("plan.proposal"), getNewsroomFormatWhen(), getNewsroomLocale()]);
  return (
    <section aria-labelledby="lich-su" className="space-y-2">
      <h2 id="lich-su" className="text-lg font-bold">
        {t("history")}
      </h2>
      {entries.length ? (
        <ol className="space-y-2 border-l-2 border-stone-300 pl-4 text-sm">
          {entries.map((e, i) => (
            <li key={i}>
              <span className="font-semibold">{auditActionLabel(e.action, locale)}</span>
              {e.actorName ? ` — ${e.actorName}` : null}
              <span className="text-muted">
                {" · "}
                <time dateTime={e.at}>{when(e.at)}</time>
              </span>
              {e.note ? <p className="whitespace-pre-line text-stone-700">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted">{t("noHistory")}</p>
      )}
    </section>
  );
}
