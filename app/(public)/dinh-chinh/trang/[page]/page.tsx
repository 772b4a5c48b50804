import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { getCorrections, getSettings, pagedPath, parsePageParam } from "@/lib/reading/page-data";
import { listingMetadata } from "@/lib/seo/listing-metadata";
import { storyPath } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";

const t = translator(paperLocale, "public");

// "/dinh-chinh" is rewritten here as page 1 (next.config.ts): a static route would be prerendered
// by `next build`, which must not read the database; a dynamic one is rendered on the first
// request and cached (ISR), like every reading page.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { page: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const n = parsePageParam((await params).page);
  if (!n) return {};
  const settings = await getSettings();
  return listingMetadata({
    title: t("meta.listingTitle", { name: t("corrections.heading"), page: n, paper: settings.paperName }),
    description: t("meta.correctionsDescription", { paper: settings.paperName }),
    alternates: { canonical: pagedPath("/dinh-chinh", n) },
  });
}

export default async function CorrectionsPage({ params }: { params: Promise<Params> }) {
  const n = parsePageParam((await params).page);
  if (n === null) notFound();
  const settings = await getSettings();
  const list = await getCorrections(n, settings.storiesPerPage);
  if (n > list.pageCount) notFound();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold text-brand">
        {t("corrections.heading")}
        {n > 1 ? <span className="ml-2 text-lg font-normal text-muted">{t("listing.pageSuffix", { page: n })}</span> : null}
      </h1>
      <p className="mt-1 text-stone-700">{t("corrections.intro")}</p>
      {list.items.length === 0 ? <p className="mt-6">{t("corrections.empty")}</p> : null}
      <ol className="mt-4 divide-y divide-stone-200">
        {list.items.map((c) => (
          <li key={c.id} className="py-4">
            <article>
              <p className="text-sm text-muted">
                <time dateTime={c.createdAt.toISOString()}>{formatDateline(c.createdAt, { withTime: true })}</time>
              </p>
              <h2 className="mt-1 font-serif text-xl font-bold">
                <Link href={storyPath(c.story)} className="hover:text-brand">
                  {c.story.title}
                </Link>
              </h2>
              <p className="mt-2">
                <span className="font-semibold">{t("corrections.wrong")}</span> {c.wrong}
              </p>
              <p>
                <span className="font-semibold">{t("corrections.right")}</span> {c.right}
              </p>
              {c.note ? <p className="mt-1 text-stone-700">{c.note}</p> : null}
            </article>
          </li>
        ))}
      </ol>
      <Pagination page={n} pageCount={list.pageCount} href={(p) => pagedPath("/dinh-chinh", p)} className="mt-6" />
    </div>
  );
}
