import { getNewsroomT } from "@/lib/i18n/server";
import type { PayeeListItem } from "@/lib/payees/queries";

/** "“THU HÀ”: bút danh này cũng là của …": the grader will have to choose who a byline means. */
export async function PayeeSharedWarnings({ shared }: { shared: PayeeListItem["shared"] }) {
  if (shared.length === 0) return null;
  const t = await getNewsroomT("payees");
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-amber-900">
      {shared.map((s) => (
        <li key={s.penName}>
          <span aria-hidden="true">⚠ </span>
          {t("sharedWith", { penName: s.penName, names: s.names.join(", ") })}
        </li>
      ))}
    </ul>
  );
}
