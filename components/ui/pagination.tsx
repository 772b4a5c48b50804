import Link from "next/link";
import { paperLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * "Trang trước · Trang 2/5 · Trang sau", shown only when there is more than one page. In the
 * paper's language unless told otherwise: a newsroom screen passes its reader's locale.
 */
export function Pagination({
  page,
  pageCount,
  href,
  className = "",
  locale = paperLocale,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  className?: string;
  locale?: Locale;
}) {
  if (pageCount <= 1) return null;
  const t = translator(locale, "public.pagination");
  return (
    <nav aria-label={t("label")} className={`flex items-center gap-4 text-sm ${className}`}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="underline">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("current", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
