import type { Metadata } from "next";
import Link from "next/link";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

const t = translator(paperLocale, "public.notFound");

export const metadata: Metadata = { title: t("title") };

// Addresses no route matches (/a/b/c): Next.js would answer in English. Outside the public layout
// and prerendered at build, so it reads no settings and stays self-contained; the words match
// app/(public)/not-found.tsx, which the reading pages show inside the masthead (public.notFound).
export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="font-serif text-6xl font-bold text-brand">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-stone-700">{t("outsideText")}</p>
      <p className="mt-6">
        <Link href="/" className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("home")}
        </Link>
      </p>
    </main>
  );
}
