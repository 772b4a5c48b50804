import type { Metadata } from "next";
import { TagPage, tagMetadata } from "@/components/public/tag-author-pages";
import { listingMetadata } from "@/lib/seo/listing-metadata";

// ISR, nothing rendered at build; publishing refreshes it (lib/cache/paths.ts).
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { tag: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return listingMetadata(tagMetadata((await params).tag, 1));
}

export default async function Page({ params }: { params: Promise<Params> }) {
  return <TagPage slug={(await params).tag} page={1} />;
}
