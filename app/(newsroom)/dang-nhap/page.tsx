import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/newsroom/login-form";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("login");
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; "doi-mat-khau"?: string }> }) {
  if (await getActor()) redirect("/toa-soan");
  const { callbackUrl, "doi-mat-khau": passwordChanged } = await searchParams;
  const [t, common] = await Promise.all([getNewsroomT("login"), getNewsroomT("common")]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-8 shadow">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{common("newsroom")}</p>
        <h1 className="mt-1 mb-6 text-2xl font-bold">{t("heading")}</h1>
        {passwordChanged ? (
          <Notice tone="success" className="mb-4">
            {t("passwordChanged")}
          </Notice>
        ) : null}
        <LoginForm callbackUrl={callbackUrl?.startsWith("/toa-soan") ? callbackUrl : undefined} />
      </div>
    </main>
  );
}
