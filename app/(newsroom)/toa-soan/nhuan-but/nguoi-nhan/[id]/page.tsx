import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PayeeDetailsPanel } from "@/components/newsroom/payee-details-panel";
import { PayeeForm } from "@/components/newsroom/payee-form";
import { PayeeSharedWarnings } from "@/components/newsroom/payee-shared-warnings";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getPayee } from "@/lib/payees/queries";
import { canRoyalty } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("payees.editPage");
  return { title: t("title") };
}

const listPath = "/toa-soan/nhuan-but/nguoi-nhan";

/** One payee: "12" (a row) or "tk-7" (an account without a row yet, made on its first save). */
export default async function PayeePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const actor = await requireActor("newsroom.enter", `${listPath}/${id}`);
  if (!canRoyalty(actor, "payees.manage")) redirect("/toa-soan?loi=quyen");
  const payee = await getPayee(actor, id);
  if (!payee) notFound();
  // An account that has its row now: the row's page is the one address.
  if (payee.payeeId && id !== String(payee.payeeId)) redirect(`${listPath}/${payee.payeeId}`);
  const t = await getNewsroomT("payees");
  const target = payee.payeeId ? { id: payee.payeeId } : { userId: payee.userId! };

  return (
    <div className="space-y-6">
      <div>
        <Link href={listPath} className="text-sm underline">
          {t("editPage.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{payee.name}</h1>
        <p className="mt-1 text-muted">
          {t(`kinds.${payee.kind}`)} · {payee.active ? t("states.active") : t("states.inactive")}
        </p>
        {payee.account ? <p className="mt-1 text-sm text-muted">{t("editPage.accountNote", { email: payee.account.email })}</p> : null}
        {payee.payeeId ? null : <p className="mt-1 text-sm text-muted">{t("editPage.noRowYet")}</p>}
        {payee.payeeId ? (
          <p className="mt-2">
            <Link href={`${listPath}/${payee.payeeId}/sao-ke`} className="text-sm underline">
              {t("editPage.statement")}
            </Link>
          </p>
        ) : null}
        <PayeeSharedWarnings shared={payee.shared} />
      </div>
      {raw["da-luu"] ? <Notice tone="success">{t("editPage.saved", { name: payee.name })}</Notice> : null}

      <section aria-labelledby="thong-tin-nguoi-nhan" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="thong-tin-nguoi-nhan" className="mb-3 text-lg font-semibold">
          {t("editPage.formLabel")}
        </h2>
        <PayeeForm
          key={payee.key}
          target={target}
          payee={{ name: payee.name, penNames: payee.penNames, phone: payee.phone, kind: payee.kind, active: payee.active }}
        />
      </section>

      {canRoyalty(actor, "payees.details") ? <PayeeDetailsPanel key={payee.key} target={target} /> : null}
    </div>
  );
}
