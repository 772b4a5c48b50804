// The search engine's own latency, without the server or its answer cache: each query of a set
// no cache has seen is searched once, one after another, straight against the bench database.
import type { Database } from "@/db/client";
import { searchStories } from "@/lib/search/search";

export type SearchLatency = {
  queries: number;
  withResults: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  slowest: { q: string; ms: number; total: number }[];
};

export async function measureSearchLatency(db: Database, warmup: readonly string[], queries: readonly string[]): Promise<SearchLatency> {
  for (const q of warmup) await searchStories(db, q); // the database's own caches, as on a live server
  const timings: { q: string; ms: number; total: number }[] = [];
  for (const q of queries) {
    const started = performance.now();
    const { total } = await searchStories(db, q);
    timings.push({ q, ms: performance.now() - started, total });
  }
  const sorted = [...timings].sort((a, b) => a.ms - b.ms);
  const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!.ms * 10) / 10;
  return {
    queries: timings.length,
    withResults: timings.filter((t) => t.total > 0).length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
    slowest: sorted.slice(-5).map((t) => ({ ...t, ms: Math.round(t.ms) })),
  };
}
