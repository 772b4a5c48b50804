// The reading pages' answers, whole, in memory in front of Next.js (server/index.ts serves them).
// Next's own page cache (ISR) already spares the database; this spares Next, whose routing and
// rendering pipeline costs about a millisecond of CPU per request even for a cached page, so a
// story in the news is answered from a buffer. Only what Next marks as a shared cacheable page
// (Cache-Control with s-maxage) is kept, without Next's client runtime (withoutClientRuntime),
// for at most CACHE_TTL_MS. Whatever revalidates public pages forgets them too (forgetPages): a
// publication its story's pages and every listing, sections and settings everything; refilling
// costs one request to Next per page.
// State lives on globalThis: the server and the app's route handlers are bundled apart.
import { storyIdInPath } from "@/lib/stories/address";

/** A page as sent: the headers worth repeating and the body, plain and gzip-compressed. */
export type CachedPage = {
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
  storedAt: number;
};

type Store = { pages: Map<string, CachedPage>; bytes: number; generation: number; uncacheable: Map<string, number> };

// As long as Next's own page cache calls a page fresh (revalidate = 300 on the reading pages).
export const CACHE_TTL_MS = 300_000;
// A story page is about 17 KB, 5 KB compressed: thousands of them fit.
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_UNCACHEABLE = 10_000;

const holder = globalThis as typeof globalThis & { __toaSoanPageCache?: Store };
const store = (): Store => (holder.__toaSoanPageCache ??= { pages: new Map(), bytes: 0, generation: 0, uncacheable: new Map() });

// Addresses that are never a public reading page: the newsroom, APIs, assets, previews, search,
// and the one-time password pages (which speak the language the visitor's cookie remembers: a
// loopback fill carries no cookie).
const NEVER = /^\/(?:api|_next|toa-soan|media|xem-truoc|tim-kiem|dang-nhap|dat-mat-khau|bai-da-go)(?:\/|$)/;
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

const sizeOf = (page: CachedPage) => page.body.length + (page.gzip?.length ?? 0);

function drop(key: string): void {
  const { pages } = store();
  const page = pages.get(key);
  if (!page) return;
  pages.delete(key);
  store().bytes -= sizeOf(page);
}

/** The page kept under the key, while fresh. */
export function cachedPage(key: string, now = Date.now()): CachedPage | undefined {
  const { pages } = store();
  const page = pages.get(key);
  if (!page) return undefined;
  if (now - page.storedAt >= CACHE_TTL_MS) {
    drop(key);
    return undefined;
  }
  // Map order is insertion order: a hit moves to the end, so eviction takes the least recently used.
  pages.delete(key);
  pages.set(key, page);
  return page;
}

/** A token of the cache's present state: a page read before a forget must not be stored after it. */
export const cacheGeneration = () => store().generation;

/** Keeps a page read while the cache was at `generation`; ignored if the cache was emptied since. */
export function keepPage(key: string, page: CachedPage, generation: number): void {
  const state = store();
  if (generation !== state.generation) return;
  drop(key);
  state.pages.set(key, page);
  state.bytes += sizeOf(page);
  for (const oldest of state.pages.keys()) {
    if (state.bytes <= MAX_BYTES) break;
    drop(oldest);
  }
}

/** Remembers that Next answers this key with something not to keep (a dynamic page, a 404). */
export function markUncacheable(key: string, now = Date.now()): void {
  const { uncacheable } = store();
  if (uncacheable.size >= MAX_UNCACHEABLE) uncacheable.clear();
  uncacheable.set(key, now);
}

export function isMarkedUncacheable(key: string, now = Date.now()): boolean {
  const at = store().uncacheable.get(key);
  return at !== undefined && now - at < CACHE_TTL_MS;
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
  if (!paths) {
    state.pages.clear();
    state.bytes = 0;
    return;
  }
  const stories = new Set(paths.map(storyIdInPath).filter((id) => id !== null));
  for (const key of [...state.pages.keys()]) {
    const id = storyIdInPath(key);
    if (id === null || stories.has(id)) drop(key);
  }
}

export function pageCacheSize(): { pages: number; bytes: number } {
  return { pages: store().pages.size, bytes: store().bytes };
}
