import Link from "next/link";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

const t = translator(paperLocale, "public.notFound");

// The reading pages' 404: inside the paper's masthead, with the way on (search, home, sections).
export default function PublicNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="font-serif text-6xl font-bold text-brand">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-stone-700">{t("text")}</p>
      <p className="mt-6">
        <Link href="/" className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
