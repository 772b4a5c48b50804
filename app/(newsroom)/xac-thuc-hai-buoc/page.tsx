import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TwoFactorEnrolment } from "@/components/newsroom/two-factor-enrolment";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getMyTwoFactorState } from "@/lib/profile/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("twoFactor");
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Outside /toa-soan on purpose: someone Cài đặt requires to enrol reaches this page and nothing else.
export default async function TwoFactorPage() {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  const [t, common, state] = await Promise.all([getNewsroomT("twoFactor"), getNewsroomT("common"), getMyTwoFactorState(actor)]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4 py-8">
      <div className="w-full max-w-md space-y-4 rounded-lg bg-white p-6 shadow sm:p-8">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{common("newsroom")}</p>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        {actor.mustEnrol ? <Notice tone="warning">{t("required")}</Notice> : null}
        {state === "on" && !actor.mustEnrol ? (
          <>
            <Notice tone="success">{t("alreadyOn")}</Notice>
            <Link href="/toa-soan/ho-so" className="text-brand underline">
              {t("backToProfile")}
            </Link>
          </>
        ) : (
          <TwoFactorEnrolment />
        )}
      </div>
    </main>
  );
}
