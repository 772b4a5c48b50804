import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AssignmentForm } from "@/components/newsroom/assignment-form";
import { getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { toDayFirst } from "@/lib/i18n/time";
import { newAssignmentPath, planPath } from "@/lib/plan/links";
import { requirePlanActor } from "@/lib/plan/page-access";
import { getPlanChoices } from "@/lib/plan/queries";
import { leadsPlan } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("plan.assignForm");
  return { title: t("directHeading") };
}

// Giao việc trực tiếp: a desk head (or the chief editor) gives work without a proposal. Which
// desk's work it is follows the section chosen; the command asks the policy about that desk.
export default async function NewAssignmentPage() {
  const actor = await requirePlanActor(newAssignmentPath);
  if (!leadsPlan(actor, null) && !actor.desks?.headOf.length) redirect("/toa-soan?loi=quyen");
  const [choices, t, timeZone] = await Promise.all([getPlanChoices(actor), getNewsroomT("plan"), getPaperTimeZone()]);
  const tomorrow = toDayFirst(new Date(Date.now() + 86_400_000), timeZone);
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={planPath} className="underline">
          ← {t("assignment.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("assignForm.directHeading")}</h1>
      <p className="mt-1 mb-4 text-muted">{t("assignForm.directIntro")}</p>
      <AssignmentForm choices={choices} defaultDeadline={{ date: tomorrow.date, time: "17:00" }} heading={t("assignForm.directHeading")} />
    </div>
  );
}
