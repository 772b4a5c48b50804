// Server side of withSharing: the listing pages hand over the metadata they state, the paper's
// settings come from the render's cached read (no second query), the origin from lib/seo/origin.ts.
import type { Metadata } from "next";
import { getSettings } from "@/lib/reading/page-data";
import { publicOrigin } from "./origin";
import { withSharing } from "./page-metadata";

export async function listingMetadata(metadata: Metadata | Promise<Metadata>): Promise<Metadata> {
  const [meta, settings] = await Promise.all([metadata, getSettings()]);
  return withSharing(meta, settings, publicOrigin(settings.domain));
}
