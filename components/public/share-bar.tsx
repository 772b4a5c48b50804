import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

const t = translator(paperLocale, "public.share");

// Plain links to the networks' own share pages: no script of theirs on our pages, so nothing
// about readers reaches them until a reader chooses to share (and no referrer then either).
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

export function zaloShareUrl(url: string): string {
  return `https://sp.zalo.me/share?url=${encodeURIComponent(url)}`;
}

const linkClass =
  "inline-flex min-h-9 items-center gap-1.5 rounded border border-stone-300 px-3 py-1 text-sm font-semibold text-stone-800 hover:border-brand hover:text-brand";

/**
 * Share and print for a story. `url` is its full address. The print button is hidden until the
 * reading page's one script shows it (lib/reading/view-beacon-script.ts): without script it
 * could not print, and the browser's own Print still does, with the print stylesheet.
 */
export function ShareBar({ url }: { url: string }) {
  return (
    <ul aria-label={t("label")} className="share-bar mt-3 flex flex-wrap gap-2">
      <li>
        <a href={facebookShareUrl(url)} target="_blank" rel="noopener noreferrer" aria-label={`${t("facebookLabel")} ${t("newWindow")}`} className={linkClass}>
          <span aria-hidden="true" className="font-sans text-base leading-none font-bold text-[#1259c3]">
            f
          </span>
          {t("facebook")}
        </a>
      </li>
      <li>
        <a href={zaloShareUrl(url)} target="_blank" rel="noopener noreferrer" aria-label={`${t("zaloLabel")} ${t("newWindow")}`} className={linkClass}>
          <span aria-hidden="true" className="font-sans text-xs leading-none font-bold text-[#0057d9]">
            Z
          </span>
          {t("zalo")}
        </a>
      </li>
      <li>
        <button type="button" data-print="" hidden className={linkClass}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" />
          </svg>
          {t("print")}
        </button>
      </li>
    </ul>
  );
}
