import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { SectionPage, sectionMetadata } from "@/components/public/section-page";
import { parsePageParam } from "@/lib/reading/page-data";
import { listingMetadata } from "@/lib/seo/listing-metadata";

// Pages as paths, not "?trang=": reading searchParams would make the page render per request.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { section: string; page: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { section, page } = await params;
  const n = parsePageParam(page);
  return n ? listingMetadata(sectionMetadata(section, n)) : {};
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { section, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(`/${section}`);
  return <SectionPage slug={section} page={n} />;
}
