// The reading pages' answers, whole, in memory in front of Next.js (server/index.ts serves them).
// Next's own page cache (ISR) already spares the database; this spares Next, whose routing and
// rendering pipeline costs about a millisecond of CPU per request even for a cached page, so a
// story in the news is answered from a buffer. Only what Next marks as a shared cacheable page
// (Cache-Control with s-maxage) is kept, without Next's client runtime (withoutClientRuntime),
// for at most CACHE_TTL_MS, least recently used first out beyond MAX_BYTES. Whatever refreshes
// public pages forgets them too (lib/cache/refresh.ts); refilling costs one request to Next.
import { LRUCache } from "lru-cache";
import { processState } from "@/lib/server/process-state";
import { storyIdInPath } from "@/lib/stories/address";

/** A page as sent: the headers worth repeating and the body, plain and gzip-compressed. */
export type CachedPage = {
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
};

// As long as Next's own page cache calls a page fresh (revalidate = 300 on the reading pages).
export const CACHE_TTL_MS = 300_000;
// A story page is about 17 KB, 5 KB compressed: thousands of them fit.
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_UNCACHEABLE = 10_000;

// Time read from Date.now() on every call (no coarser clock), so tests can set it.
const clock = { perf: { now: () => Date.now() }, ttlResolution: 0 };

type Store = { pages: LRUCache<string, CachedPage>; uncacheable: LRUCache<string, true>; generation: number };
const store = () =>
  processState<Store>("page-cache", () => ({
    pages: new LRUCache({
      maxSize: MAX_BYTES,
      sizeCalculation: (page) => Math.max(1, page.body.length + (page.gzip?.length ?? 0)),
      ttl: CACHE_TTL_MS,
      ...clock,
    }),
    uncacheable: new LRUCache({ max: MAX_UNCACHEABLE, ttl: CACHE_TTL_MS, ...clock }),
    generation: 0,
  }));

// Addresses that are never a public reading page: the newsroom, APIs, assets, previews, search,
// and the one-time password pages (which speak the language the visitor's cookie remembers: a
// loopback fill carries no cookie).
const NEVER = /^\/(?:api|_next|toa-soan|media|xem-truoc|tim-kiem|dang-nhap|dat-mat-khau|xac-thuc-hai-buoc|bai-da-go)(?:\/|$)/;
// Headers by which Next answers something else than the page's HTML (client navigation payloads).
const NEXT_VARIANTS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range"];

// Plain path characters only: no "%", "\\" or "..", and one slash at a time, so a key is a path
// on this server and nothing else ("//other.host/x" would be another host to a URL parser).
const PLAIN_PATH = /^(?:\/[A-Za-z0-9._~!$&'()*+,;=:@-]+)*\/?$/;

/**
 * The cache key of a request, or null when its answer is never taken from the cache: only GET
 * and HEAD of a plain path without a query (a query may change the answer; tracking links reach Next).
 */
export function pageKey(method: string | undefined, url: string | undefined, headers: Record<string, string | string[] | undefined>): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url || !PLAIN_PATH.test(url) || url.split("/").includes("..") || NEVER.test(url)) return null;
  if (NEXT_VARIANTS.some((name) => headers[name] !== undefined)) return null;
  return url;
}

/** The page kept under the key, while fresh. */
export function cachedPage(key: string): CachedPage | undefined {
  return store().pages.get(key);
}

/** A token of the cache's present state: a page read before a forget must not be stored after it. */
export const cacheGeneration = () => store().generation;

/** Keeps a page read while the cache was at `generation`; ignored if the cache was emptied since. */
export function keepPage(key: string, page: CachedPage, generation: number): void {
  const state = store();
  if (generation === state.generation) state.pages.set(key, page);
}

/** Remembers that Next answers this key with something not to keep (a dynamic page, a 404). */
export function markUncacheable(key: string): void {
  store().uncacheable.set(key, true);
}

export function isMarkedUncacheable(key: string): boolean {
  return store().uncacheable.has(key);
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:modulepreload|preload"[^>]*\bas="script)"[^>]*\/?>/g;

/**
 * A reading page without Next's client runtime: every script but structured data (JSON-LD) and
 * those marked data-keep (the view beacon), and the preloads of the removed scripts. The reading
 * pages are complete server-rendered HTML whose links and search form work without script; the
 * runtime (about 140 KB compressed, plus the page's data again inline) would only make the next
 * click a client-side navigation. Next's inline payload escapes "</script", so no script ends early.
 */
export function withoutClientRuntime(html: string): string {
  return html
    .replace(SCRIPT, (script, attributes: string) => (/\btype="application\/ld\+json"|\bdata-keep\b/.test(attributes) ? script : ""))
    .replace(SCRIPT_PRELOAD, "");
}

/**
 * Forgets what readers may now see differently: every page, or, given the paths a change
 * touched, those stories' pages and every page that is not a story's (home, sections, tags,
 * authors, corrections, feeds: any of them may list it). Other stories' pages stay, as in Next's
 * own cache. Pages being read at this moment are not kept.
 */
export function forgetPages(paths?: readonly string[]): void {
  const state = store();
  state.generation += 1;
  state.uncacheable.clear();
  if (!paths) return state.pages.clear();
  const stories = new Set(paths.map(storyIdInPath).filter((id) => id !== null));
  for (const key of [...state.pages.keys()]) {
    const id = storyIdInPath(key);
    if (id === null || stories.has(id)) state.pages.delete(key);
  }
}

export function pageCacheSize(): { pages: number; bytes: number } {
  const { pages } = store();
  return { pages: pages.size, bytes: pages.calculatedSize };
}
