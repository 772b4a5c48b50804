import type { Metadata } from "next";
import { SectionPage, sectionMetadata } from "@/components/public/section-page";
import { listingMetadata } from "@/lib/seo/listing-metadata";

// ISR: rendered on the first request and cached; publishing refreshes it (lib/cache/paths.ts),
// the revalidate time is only a safety net. Nothing is rendered at build time.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { section: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return listingMetadata(sectionMetadata((await params).section, 1));
}

export default async function Page({ params }: { params: Promise<Params> }) {
  return <SectionPage slug={(await params).section} page={1} />;
}
