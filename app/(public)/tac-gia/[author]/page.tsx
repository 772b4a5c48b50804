import type { Metadata } from "next";
import { AuthorPage, authorMetadata } from "@/components/public/tag-author-pages";
import { listingMetadata } from "@/lib/seo/listing-metadata";

// ISR, nothing rendered at build; publishing refreshes it (lib/cache/paths.ts).
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { author: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return listingMetadata(authorMetadata((await params).author, 1));
}

export default async function Page({ params }: { params: Promise<Params> }) {
  return <AuthorPage slug={(await params).author} page={1} />;
}
