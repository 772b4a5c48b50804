import Link from "next/link";
import { AssignmentStatusBadge, DeadlineWarning } from "@/components/newsroom/assignment-status-badge";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";
import { assignmentPath, newProposalPath, planPath } from "@/lib/plan/links";
import { getMyAssignments } from "@/lib/plan/queries";
import type { Actor } from "@/lib/policy/policy";

// Việc được giao, on the start page: the person's open work, soonest deadline first, each leading
// to its assignment; with the ways to Kế hoạch and to propose a topic. `quiet`: nothing at all
// when there is no open work (the desk's start page, where the queue comes first).
export async function MyAssignments({ actor, quiet = false }: { actor: Actor; quiet?: boolean }) {
  const [items, t, when] = await Promise.all([getMyAssignments(actor), getNewsroomT("plan"), getNewsroomFormatWhen()]);
  if (quiet && items.length === 0) return null;
  const now = Date.now();
  return (
    <section aria-labelledby="viec-duoc-giao" className="my-4 rounded border border-stone-300 bg-white p-3">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="viec-duoc-giao" className="text-lg font-bold">
          {t("mine.heading")}
        </h2>
        <p className="flex gap-3 text-sm">
          <Link href={newProposalPath} className="underline">
            {t("mine.propose")}
          </Link>
          <Link href={planPath} className="underline">
            {t("mine.planLink")}
          </Link>
        </p>
      </div>
      {items.length ? (
        <ul className="divide-y divide-stone-200 text-sm">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <Link href={assignmentPath(a.id)} className="font-semibold underline">
                {a.title}
              </Link>
              <span>{t(`tasks.${a.task}`)}</span>
              <span className="text-muted">
                {t("mine.deadline", { when: when(a.deadline) })}
                {a.deadline.getTime() <= now ? <DeadlineWarning tone="overdue" label={t("assignment.overdue")} /> : null}
              </span>
              <AssignmentStatusBadge status={a.status} label={t(`assignmentStatus.${a.status}`)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t("mine.empty")}</p>
      )}
    </section>
  );
}
