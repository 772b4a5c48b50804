import Link from "next/link";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { originForPage } from "@/lib/seo/origin";
import type { Settings } from "@/lib/settings/settings";
import { withElement } from "./with-element";

const t = translator(paperLocale, "public.footer");

/** The information a Vietnamese e-newspaper must show: governing body, licence, editor-in-chief, contact. */
export function SiteFooter({ settings }: { settings: Settings }) {
  // The address readers can type: the public one, or where this server answers (port included).
  const origin = originForPage(settings.domain);
  return (
    <footer className="site-footer mt-10 border-t-4 border-brand bg-stone-100 text-sm text-stone-800">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 sm:grid-cols-2">
        <div className="space-y-1">
          <p className="font-serif text-xl font-bold text-brand">{settings.paperName}</p>
          <p>{settings.governingBody}</p>
          <p>{t("licence", { number: settings.licenceNumber, date: settings.licenceDate, issuer: settings.licenceIssuer })}</p>
          <p>{settings.editorInChief}</p>
        </div>
        <div className="space-y-1">
          <p>{t("address", { address: settings.address })}</p>
          <p>{t("phone", { phone: settings.phone })}</p>
          <p>
            {withElement(
              (email) => t("email", { email }),
              <a href={`mailto:${settings.email}`} className="underline">
                {settings.email}
              </a>,
            )}
          </p>
          <p>
            {withElement(
              (domain) => t("website", { domain }),
              <a href={origin} className="underline">
                {new URL(origin).host}
              </a>,
            )}
          </p>
          <p>
            <Link href="/dinh-chinh" className="underline">
              {t("corrections")}
            </Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
