// The frame of a proposal's and an assignment's page: the way back to Kế hoạch, the title with its
// state, a line under it, and the details as label and value. Server components, for both pages.
import Link from "next/link";
import { planPath } from "@/lib/plan/links";

export function PlanPageHeading({ back, title, badge, children }: { back: string; title: string; badge: React.ReactNode; children: React.ReactNode }) {
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={planPath} className="underline">
          ← {back}
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words">
        {title} {badge}
      </h1>
      <p className="mt-1 text-sm">{children}</p>
    </div>
  );
}

export type PlanDetail = [label: string, value: React.ReactNode];

export function PlanDetails({ rows }: { rows: PlanDetail[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 whitespace-pre-line sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
