import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { getNavSections, getSettings } from "@/lib/reading/page-data";

const t = translator(paperLocale, "public.layout");

// Rendered inside each reading page's ISR render (never at build: no page under (public) is
// prerendered), so the cached page carries the settings of its render. Saving settings or
// sections revalidates the whole site (revalidatePath("/", "layout") in the admin actions).
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [settings, sections] = await Promise.all([getSettings(), getNavSections()]);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#noi-dung" className="sr-only z-50 bg-white px-3 py-2 font-semibold text-brand focus:not-sr-only focus:absolute focus:top-2 focus:left-2">
        {t("skipToContent")}
      </a>
      <SiteHeader paperName={settings.paperName} governingBody={settings.governingBody} logoUrl={settings.logoUrl} sections={sections} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </div>
  );
}
