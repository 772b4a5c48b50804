import { z } from "zod";
import { db } from "@/db";
import { publicRoute } from "@/lib/actions/route";
import { searchPageNumber, searchQueryText } from "@/lib/search/query";
import { cachedSearch } from "@/lib/cache/search-cache";
import { searchResultsJson } from "@/lib/search/search";

export const dynamic = "force-dynamic";

const query = z.object({ q: searchQueryText, page: searchPageNumber.default(1) });

// Public search as JSON: published stories only, no account needed.
export const GET = publicRoute("readers search the paper", { query }, async ({ query: { q, page } }) =>
  searchResultsJson(await cachedSearch(await db(), q, { page })),
);
