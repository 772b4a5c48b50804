import type { Metadata } from "next";
import Link from "next/link";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

const t = translator(paperLocale, "public.takenDown");

// Rendered on request: a static page would be prerendered by `next build`, whose public layout
// must not read the database then. Only taken-down addresses lead here, so it is rare.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t("title"), robots: { index: false } };

// Shown with status 410 by the proxy at the address of a taken-down story. The story itself is
// kept (the law requires it) but no longer shown.
export default function TakenDownPage() {
  return (
    <div className="mx-auto max-w-2xl py-12 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("text")}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
