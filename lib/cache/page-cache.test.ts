// The reading pages' cache in front of Next: what it may answer, for how long, and that a
// revalidation empties it even while a page is being read.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CACHE_TTL_MS,
  cacheGeneration,
  cachedPage,
  forgetPages,
  isMarkedUncacheable,
  keepPage,
  markUncacheable,
  pageCacheSize,
  pageKey,
  withoutClientRuntime,
  type CachedPage,
} from "./page-cache";

const page = (text: string): CachedPage => ({ headers: { "content-type": "text/html" }, body: Buffer.from(text), gzip: null });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  forgetPages();
});
afterEach(() => vi.useRealTimers());
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe("which requests the cache may answer", () => {
  it("answers a reader's GET or HEAD of a reading page", () => {
    expect(pageKey("GET", "/chinh-tri/phan-dau-1", {})).toBe("/chinh-tri/phan-dau-1");
    expect(pageKey("HEAD", "/", {})).toBe("/");
    expect(pageKey("GET", "/the/chuyen-doi-so/trang/2", { cookie: "authjs.session-token=x" })).toBe("/the/chuyen-doi-so/trang/2");
  });

  it("leaves to Next the newsroom, APIs, assets, previews, search, queries and client navigation", () => {
    for (const url of [
      "/toa-soan",
      "/toa-soan/bai-viet/1",
      "/api/search",
      "/_next/static/x.js",
      "/media/1.webp",
      "/xem-truoc/5",
      "/tim-kiem",
      "/dang-nhap",
      "/dat-mat-khau/abc",
      "/dat-mat-khau/xong",
      "/bai-da-go",
    ]) {
      expect(pageKey("GET", url, {}), url).toBeNull();
    }
    expect(pageKey("GET", "/chinh-tri/bai-1?utm_source=facebook", {})).toBeNull();
    expect(pageKey("POST", "/chinh-tri/bai-1", {})).toBeNull();
    expect(pageKey("GET", "/chinh-tri/bai-1", { rsc: "1" })).toBeNull();
    expect(pageKey("GET", "/chinh-tri/bai-1", { "next-router-prefetch": "1" })).toBeNull();
  });

  it("takes nothing for a path that names another host or escapes itself", () => {
    for (const url of [
      "//evil.example/x",
      "/\\evil.example/x",
      "///evil.example",
      "/chinh-tri/%2e%2e/toa-soan",
      "/chinh-tri/../toa-soan",
      "/a//b",
      "http://evil.example/x",
      "",
    ]) {
      expect(pageKey("GET", url, {}), url).toBeNull();
    }
  });
});

describe("keeping pages", () => {
  it("keeps a page for CACHE_TTL_MS", () => {
    keepPage("/a", page("A"), cacheGeneration());
    later(CACHE_TTL_MS - 1);
    expect(cachedPage("/a")?.body.toString()).toBe("A");
    later(2);
    expect(cachedPage("/a")).toBeUndefined();
    expect(pageCacheSize()).toEqual({ pages: 0, bytes: 0 });
  });

  it("forgets everything on revalidation, and drops a page read before it", () => {
    const before = cacheGeneration();
    keepPage("/a", page("A"), before);
    forgetPages();
    expect(cachedPage("/a")).toBeUndefined();
    // A fill that started before the revalidation carries the old text: it must not be kept.
    keepPage("/b", page("old B"), before);
    expect(cachedPage("/b")).toBeUndefined();
    keepPage("/b", page("new B"), cacheGeneration());
    expect(cachedPage("/b")?.body.toString()).toBe("new B");
  });

  it("on a publication, forgets that story's pages and every listing, and keeps other stories", () => {
    const generation = cacheGeneration();
    for (const key of ["/", "/chinh-tri", "/the/xay-dung-dang", "/tac-gia/phuong-dung", "/chinh-tri/bai-moi-7", "/kinh-te/bai-khac-8", "/rss.xml"]) {
      keepPage(key, page(key), generation);
    }
    forgetPages(["/chinh-tri/ten-moi-cua-bai-7", "/chinh-tri"]);
    expect(["/", "/chinh-tri", "/the/xay-dung-dang", "/tac-gia/phuong-dung", "/chinh-tri/bai-moi-7", "/rss.xml"].filter((key) => cachedPage(key))).toEqual([]);
    expect(cachedPage("/kinh-te/bai-khac-8")?.body.toString()).toBe("/kinh-te/bai-khac-8");
  });

  it("remembers for a while that Next would not let a page be kept", () => {
    markUncacheable("/tac-gia/khong-co");
    later(1);
    expect(isMarkedUncacheable("/tac-gia/khong-co")).toBe(true);
    later(CACHE_TTL_MS);
    expect(isMarkedUncacheable("/tac-gia/khong-co")).toBe(false);
    markUncacheable("/tac-gia/khong-co");
    forgetPages();
    expect(isMarkedUncacheable("/tac-gia/khong-co")).toBe(false);
  });

  it("evicts the least recently used pages beyond its memory bound", () => {
    const big = (n: number) => ({ ...page(""), body: Buffer.alloc(20 * 1024 * 1024, n) });
    const generation = cacheGeneration();
    keepPage("/1", big(1), generation);
    keepPage("/2", big(2), generation);
    keepPage("/3", big(3), generation);
    cachedPage("/1"); // read: now the most recently used
    keepPage("/4", big(4), generation);
    expect(cachedPage("/2")).toBeUndefined();
    expect(cachedPage("/1")).toBeDefined();
    expect(pageCacheSize().bytes).toBeLessThanOrEqual(64 * 1024 * 1024);
  });
});

describe("the page readers get", () => {
  it("keeps the HTML, styles, structured data and the view beacon, and drops Next's client runtime", () => {
    const html = [
      '<html lang="vi"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<link rel="canonical" href="/chinh-tri/bai-1"/><title>Xây dựng Đảng</title></head><body><main><h1>Xây dựng Đảng</h1>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Xây dựng \\u003c/script\\u003e"}</script>',
      '<script data-keep="">navigator.sendBeacon("/api/views","{}")</script></main>',
      '<script>self.__next_f.push([1,"1:\\u003c/script>"])</script><script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>',
      "</body></html>",
    ].join("");
    const page = withoutClientRuntime(html);
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(page).toContain('<link rel="canonical" href="/chinh-tri/bai-1"/><title>Xây dựng Đảng</title>');
    expect(page).toContain('<script type="application/ld+json">');
    expect(page).toContain('<script data-keep="">navigator.sendBeacon');
    expect(page).not.toMatch(/_next\/static\/chunks\/[bc]\.js|__next_f|TURBOPACK/);
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain("<h1>Xây dựng Đảng</h1>");
  });
});
