import { z } from "zod";
import { withReader } from "@/db";
import { publicRoute } from "@/lib/actions/route";
import { clientAddress } from "@/lib/auth/request";
import { overLimit, tooManyRequests } from "@/lib/http/rate-limits";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { searchPageNumber, searchQueryText } from "@/lib/search/query";
import { cachedSearch } from "@/lib/cache/search-cache";
import { searchResultsJson } from "@/lib/search/search";

export const dynamic = "force-dynamic";

const query = z.object({ q: searchQueryText, page: searchPageNumber.default(1) });

// Public search as JSON: published stories only, no account needed.
export const GET = publicRoute("readers search the paper", { query }, async ({ request, query: { q, page } }) => {
  const wait = await overLimit("search", clientAddress(request.headers));
  if (wait) return tooManyRequests(wait, translator(paperLocale, "limits")("search", { seconds: wait }));
  return searchResultsJson(await withReader((db) => cachedSearch(db, q, { page })));
});
