import { route } from "@/lib/actions/route";
import { candidateSearchSchema, searchLineupCandidates } from "@/lib/home/commands";

export const dynamic = "force-dynamic";

// Type-ahead for Trang chủ: public stories matching what the chief editor typed, a dozen at most.
export const GET = route("homepage.curate", { query: candidateSearchSchema }, async ({ db, actor, query: { q } }) => ({
  choices: (await searchLineupCandidates(db, actor, q)).map((c) => ({ ...c, publishedAt: c.publishedAt.toISOString() })),
}));
