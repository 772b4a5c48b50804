import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { Fragment } from "react";
import { withElement } from "@/components/public/with-element";
import { Pagination } from "@/components/ui/pagination";
import { clientAddress } from "@/lib/auth/request";
import { overLimit } from "@/lib/http/rate-limits";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { Segment } from "@/lib/search/highlight";
import { searchPageNumber, searchQueryText } from "@/lib/search/query";
import { searchPublicStories } from "@/lib/reading/page-data";
import type { SearchHit } from "@/lib/search/search";
import { formatDateline } from "@/lib/text/dateline";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);

// The paper's language, as on every reading page (never the reader's cookies or headers).
const t = translator(paperLocale, "public.search");

// Results depend on the query: rendered on every request, never prerendered by `next build`.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: t("title"),
  // Result pages are endless combinations of words: keep them out of search engines.
  robots: { index: false, follow: true },
};

const pageHref = (q: string, page: number) => `/tim-kiem?q=${encodeURIComponent(q)}${page > 1 ? `&trang=${page}` : ""}`;

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.mark ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
        {s.text}
      </mark>
    ) : (
      <Fragment key={i}>{s.text}</Fragment>
    ),
  );
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <article>
      <p className="text-sm text-muted">
        <Link href={`/${hit.sectionSlug}`} className="font-semibold text-brand">
          {hit.sectionName}
        </Link>{" "}
        · <time dateTime={hit.publishedAt.toISOString()}>{formatDateline(hit.publishedAt, { withTime: true })}</time>
        {hit.byline.length > 0 ? (
          <>
            {" "}
            · <Marked segments={hit.marked.byline} />
          </>
        ) : null}
      </p>
      <h2 className="mt-1 font-serif text-xl font-bold sm:text-2xl">
        <Link href={hit.url} className="hover:text-brand">
          <Marked segments={hit.marked.title} />
        </Link>
      </h2>
      {hit.sapo ? (
        <p className="mt-1 text-stone-700">
          <Marked segments={hit.marked.sapo} />
        </p>
      ) : null}
      {hit.marked.excerpt?.some((s) => s.mark) ? (
        <p className="mt-1 text-sm text-stone-600">
          <Marked segments={hit.marked.excerpt} />
        </p>
      ) : null}
    </article>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection(); // read at request time, never at build time
  const params = await searchParams;
  const raw = first(params.q) ?? "";
  const page = searchPageNumber.default(1).safeParse(first(params.trang));
  if (!page.success) notFound();
  const query = raw.trim() ? searchQueryText.safeParse(raw) : null;
  const q = query?.success ? query.data : "";
  const wait = q ? await overLimit("search", clientAddress(await headers())) : null;
  const results = q && !wait ? await searchPublicStories(q, page.data) : null;
  if (results && results.total > 0 && page.data > results.pageCount) notFound();

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold text-brand">{t("heading")}</h1>
      {/* A plain GET form: works without JavaScript, and its address can be shared. */}
      <form action="/tim-kiem" method="get" role="search" aria-label={t("form")} className="mt-4 flex gap-2">
        <label htmlFor="tim-kiem-q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="tim-kiem-q"
          name="q"
          type="search"
          defaultValue={raw}
          maxLength={200}
          required
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded border border-stone-400 px-3 py-2 text-base focus:border-brand focus:outline-none"
        />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("submit")}
        </button>
      </form>
      <p className="mt-2 text-sm text-muted">{t("hint")}</p>

      {query && !query.success ? (
        <p className="mt-6 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{query.error.issues[0]?.message}</p>
      ) : null}

      {wait ? (
        <p className="mt-6 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {translator(paperLocale, "limits")("search", { seconds: wait })}
        </p>
      ) : null}

      {results?.correctedQuery ? (
        <p className="mt-6 text-sm">{withElement((corrected) => t("corrected", { corrected, query: q }), <strong>{results.correctedQuery}</strong>)}</p>
      ) : null}

      {results && results.total === 0 ? <p className="mt-6">{t("none", { query: q })}</p> : null}

      {results && results.total > 0 ? (
        <>
          <p className="mt-6 text-sm text-muted" aria-live="polite">
            {t(results.truncated ? "foundNewest" : "found", { count: results.total, query: q })}
            {results.pageCount > 1 ? ` ${t("pageOf", { page: results.page, pageCount: results.pageCount })}` : ""}
          </p>
          <ol className="mt-2 divide-y divide-stone-200" aria-label={t("results")}>
            {results.hits.map((hit) => (
              <li key={hit.id} className="py-4">
                <Result hit={hit} />
              </li>
            ))}
          </ol>
          <Pagination page={results.page} pageCount={results.pageCount} href={(p) => pageHref(q, p)} className="mt-6" />
        </>
      ) : null}
    </div>
  );
}
