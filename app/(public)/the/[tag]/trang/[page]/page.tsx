import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { TagPage, tagMetadata } from "@/components/public/tag-author-pages";
import { pagedPath, parsePageParam } from "@/lib/reading/page-data";
import { listingMetadata } from "@/lib/seo/listing-metadata";

// Pages as paths, not "?trang=": reading searchParams would make the page render per request.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { tag: string; page: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tag, page } = await params;
  const n = parsePageParam(page);
  return n ? listingMetadata(tagMetadata(tag, n)) : {};
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { tag, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(pagedPath(`/the/${tag}`, 1));
  return <TagPage slug={tag} page={n} />;
}
