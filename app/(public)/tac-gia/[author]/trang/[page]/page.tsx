import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AuthorPage, authorMetadata } from "@/components/public/tag-author-pages";
import { pagedPath, parsePageParam } from "@/lib/reading/page-data";
import { listingMetadata } from "@/lib/seo/listing-metadata";

// Pages as paths, not "?trang=": reading searchParams would make the page render per request.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { author: string; page: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { author, page } = await params;
  const n = parsePageParam(page);
  return n ? listingMetadata(authorMetadata(author, n)) : {};
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { author, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(pagedPath(`/tac-gia/${author}`, 1));
  return <AuthorPage slug={author} page={n} />;
}
