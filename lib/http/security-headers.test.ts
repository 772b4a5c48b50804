// Which security headers each kind of answer carries.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { viewBeaconScript } from "@/lib/reading/view-beacon-script";
import { newsroomPolicy, readingPolicy, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("let a reading page from the page cache run the view beacon and no other inline script", () => {
    const csp = readingPolicy;
    // What Next answers itself (a 404, search) keeps its bootstrap; the cache sends readingPolicy.
    expect(securityHeaders("/chinh-tri/bai-1", { https: false })["Content-Security-Policy"]).toContain("script-src 'self' 'unsafe-inline'");
    const hash = createHash("sha256").update(viewBeaconScript).digest("base64");
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toContain("unsafe-inline' 'self' 'sha");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
  });

  it("leave the newsroom's policy to the proxy's nonce and forbid framing it", () => {
    const headers = securityHeaders("/toa-soan/bai-viet/5", { https: false });
    expect(headers["Content-Security-Policy"]).toBeUndefined();
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(newsroomPolicy("abc")).toMatch(/script-src 'self' 'nonce-abc' 'strict-dynamic'.*frame-ancestors 'none'/);
    expect(securityHeaders("/dang-nhap?callbackUrl=%2Ftoa-soan", { https: false })["X-Frame-Options"]).toBe("DENY");
  });

  it("give API answers nothing to run, and every answer the common headers; HSTS only over https", () => {
    const api = securityHeaders("/api/search?q=x", { https: false });
    expect(api["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    for (const headers of [api, securityHeaders("/", { https: false })]) {
      expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
      expect(headers["Permissions-Policy"]).toContain("camera=()");
      expect(headers["Strict-Transport-Security"]).toBeUndefined();
    }
    expect(securityHeaders("/", { https: true })["Strict-Transport-Security"]).toBe("max-age=15552000");
  });

  it("let pages load photos from MEDIA_PUBLIC_URL's origin, newsroom included", async () => {
    expect(newsroomPolicy("abc")).toContain("img-src 'self' data: blob:;");
    vi.resetModules();
    vi.stubEnv("MEDIA_PUBLIC_URL", "http://anh.baolangson.vn:9000/toasoan-media");
    const withMedia = await import("./security-headers");
    vi.unstubAllEnvs();
    expect(withMedia.newsroomPolicy("abc")).toContain("img-src 'self' data: blob: http://anh.baolangson.vn:9000;");
    expect(withMedia.readingPolicy).toContain("img-src 'self' data: https: http://anh.baolangson.vn:9000;");
    // Videos and recordings play from there too.
    expect(withMedia.readingPolicy).toContain("media-src 'self' http://anh.baolangson.vn:9000;");
    expect(withMedia.newsroomPolicy("abc")).toMatch(/media-src 'self' blob: http:\/\/anh.baolangson.vn:9000(;|$)/);
  });

  it("let reading pages frame the three embed providers, and nothing else", () => {
    for (const csp of [readingPolicy, securityHeaders("/chinh-tri/bai-1", { https: false })["Content-Security-Policy"]!]) {
      expect(csp).toContain("frame-src https://www.youtube-nocookie.com https://www.facebook.com https://www.tiktok.com");
      expect(csp).toContain("media-src 'self'");
      expect(csp).toContain("default-src 'self'");
    }
    // The newsroom frames nothing of theirs; API answers nothing at all.
    expect(newsroomPolicy("abc")).not.toContain("frame-src");
    expect(securityHeaders("/api/x", { https: false })["Content-Security-Policy"]).not.toContain("frame-src");
  });
});
