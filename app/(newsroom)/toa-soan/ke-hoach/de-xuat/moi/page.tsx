import type { Metadata } from "next";
import Link from "next/link";
import { ProposalForm } from "@/components/newsroom/proposal-form";
import { getNewsroomT } from "@/lib/i18n/server";
import { newProposalPath, planPath } from "@/lib/plan/links";
import { requirePlanActor } from "@/lib/plan/page-access";
import { getPlanChoices } from "@/lib/plan/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("plan.proposalForm");
  return { title: t("heading") };
}

// Đề xuất đề tài: anyone in the newsroom proposes; the desk head decides.
export default async function NewProposalPage() {
  const actor = await requirePlanActor(newProposalPath);
  const [choices, t, nav] = await Promise.all([getPlanChoices(actor), getNewsroomT("plan.proposalForm"), getNewsroomT("plan.proposal")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={planPath} className="underline">
          ← {nav("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 mb-4 text-muted">{t("intro")}</p>
      <ProposalForm choices={choices} cancelHref={planPath} />
    </>
  );
}
