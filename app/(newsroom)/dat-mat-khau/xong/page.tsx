import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Notice } from "@/components/ui/notice";
import { getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("setPassword.done");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function PasswordSetPage() {
  const [t, common] = await Promise.all([getNewsroomT("setPassword.done"), getNewsroomT("common")]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-md space-y-4 rounded-lg bg-white p-8 shadow">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{common("newsroom")}</p>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <Notice tone="success">{t("notice")}</Notice>
        <Link href="/dang-nhap" className={cn(buttonVariants({ variant: "primary", size: "lg" }), "block w-full")}>
          {t("logIn")}
        </Link>
      </div>
    </main>
  );
}
