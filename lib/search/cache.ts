// Readers' searches, answered from memory for a minute: a story in the news brings the same few
// queries from thousands of readers, and each costs a database round of tens of milliseconds.
// Identical searches in flight share one database query. Whatever changes what readers may see
// (publication, correction, takedown, a scheduled time passing) goes through the publication
// worker's revalidation, which forgets every answer; other instances follow within TTL_MS.
// Kept on globalThis: route handlers and the revalidation route are bundled apart.
import type { Database } from "@/db/client";
import { parseQuery } from "./query";
import { searchStories, type SearchResults } from "./search";

const TTL_MS = 60_000;
// An answer is a page of ten stories with their excerpts, a few kilobytes.
const MAX_ENTRIES = 500;

type Entry = { storedAt: number; results: Promise<SearchResults> };
const store = globalThis as typeof globalThis & { __toaSoanSearches?: Map<string, Entry> };
const entries = () => (store.__toaSoanSearches ??= new Map<string, Entry>());

/** searchStories through the cache. Queries that read alike ("Đảng", "ĐẢNG") share an answer. */
export function cachedSearch(db: Database, q: string, options: { page: number; perPage?: number }): Promise<SearchResults> {
  const key = JSON.stringify([parseQuery(q), options.page, options.perPage ?? null]);
  const cache = entries();
  const hit = cache.get(key);
  if (hit && Date.now() - hit.storedAt < TTL_MS) {
    // Map order is insertion order: moving a hit to the end keeps the eviction least-recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit.results;
  }
  const results = searchStories(db, q, options);
  cache.set(key, { storedAt: Date.now(), results });
  // A failed search is not kept: the next reader tries again.
  results.catch(() => cache.get(key)?.results === results && cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return results;
}

/** Forgets every answer: called when what readers may see has changed. */
export function forgetSearches(): void {
  entries().clear();
}
