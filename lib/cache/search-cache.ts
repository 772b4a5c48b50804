// Readers' searches, answered from memory for a minute: a story in the news brings the same few
// queries from thousands of readers, and each costs a database round of tens of milliseconds.
// Identical searches in flight share one database query (the cache keeps the promise). Whatever
// changes what readers may see forgets every answer (lib/cache/refresh.ts); a search still in
// flight then answers its readers but is not kept, since the forget dropped its entry.
import { LRUCache } from "lru-cache";
import type { Database } from "@/db/client";
import { parseQuery } from "@/lib/search/query";
import { searchStories, type SearchResults } from "@/lib/search/search";
import { processState } from "@/lib/server/process-state";

const TTL_MS = 60_000;
// An answer is a page of ten stories with their excerpts, a few kilobytes.
const MAX_ENTRIES = 500;

const answers = () => processState("search-cache", () => new LRUCache<string, Promise<SearchResults>>({ max: MAX_ENTRIES, ttl: TTL_MS }));

/** searchStories through the cache. Queries that read alike ("Đảng", "ĐẢNG") share an answer. */
export function cachedSearch(db: Database, q: string, options: { page: number; perPage?: number }): Promise<SearchResults> {
  const key = JSON.stringify([parseQuery(q), options.page, options.perPage ?? null]);
  const cache = answers();
  const hit = cache.get(key);
  if (hit) return hit;
  const results = searchStories(db, q, options);
  cache.set(key, results);
  // A failed search is not kept: the next reader tries again.
  results.catch(() => cache.peek(key) === results && cache.delete(key));
  return results;
}

/** Forgets every answer: called when what readers may see has changed. */
export function forgetSearches(): void {
  answers().clear();
}

export function searchCacheSize(): number {
  return answers().size;
}
