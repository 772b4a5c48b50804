import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { searchPageNumber, searchQueryText } from "@/lib/search/query";
import { cachedSearch } from "@/lib/search/cache";
import { searchResultsJson } from "@/lib/search/search";

export const dynamic = "force-dynamic";

const params = z.object({ q: searchQueryText, page: searchPageNumber.default(1) });

// Public search as JSON: published stories only, no account needed.
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const parsed = params.safeParse({ q: search.get("q") ?? undefined, page: search.get("page") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "Yêu cầu tìm kiếm không hợp lệ." }, { status: 400 });
  const results = await cachedSearch(await db(), parsed.data.q, { page: parsed.data.page });
  return NextResponse.json(searchResultsJson(results), { headers: { "Cache-Control": "no-store" } });
}
