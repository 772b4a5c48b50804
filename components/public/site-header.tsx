import Link from "next/link";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formatDateline } from "@/lib/text/dateline";

// The paper's language, never the reader's request: the pages are cached.
const t = translator(paperLocale, "public.header");

type Props = {
  paperName: string;
  governingBody: string;
  logoUrl: string;
  sections: { id: number; slug: string; name: string }[];
};

/**
 * The masthead on every reading page: governing body, the paper's name, today's date line, the
 * sections and a plain GET search form (no script: it works before any JavaScript loads).
 */
export function SiteHeader({ paperName, governingBody, logoUrl, sections }: Props) {
  return (
    <header className="site-header border-b-4 border-brand bg-white">
      <div className="mx-auto max-w-6xl px-4 pt-3">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm text-muted">
          <p>{governingBody}</p>
          <p>{formatDateline(new Date())}</p>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 py-3">
          <Link href="/" className="flex items-center gap-3 font-serif text-3xl leading-tight font-bold text-brand sm:text-5xl">
            {/* eslint-disable-next-line @next/next/no-img-element -- a logo URL may point anywhere (settings) */}
            {logoUrl ? <img src={logoUrl} alt="" className="h-12 w-auto sm:h-16" /> : null}
            <span>{paperName}</span>
          </Link>
          <form action="/tim-kiem" method="get" role="search" className="site-search flex w-full items-stretch sm:w-auto">
            <label htmlFor="site-search-q" className="sr-only">
              {t("searchLabel")}
            </label>
            <input
              id="site-search-q"
              type="search"
              name="q"
              placeholder={t("searchPlaceholder")}
              className="min-w-0 flex-1 rounded-l border border-stone-400 px-3 py-2 text-base sm:w-64"
            />
            <button type="submit" className="rounded-r bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
              {t("searchSubmit")}
            </button>
          </form>
        </div>
      </div>
      <nav aria-label={t("sectionsNav")} className="site-nav border-t border-stone-200">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold whitespace-nowrap sm:flex-wrap">
          <li>
            <Link href="/" className="block px-2 py-2 hover:text-brand">
              {t("home")}
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link href={`/${s.slug}`} className="block px-2 py-2 hover:text-brand">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
