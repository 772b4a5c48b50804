import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { correctionsCachePath, homeCachePath, sitewidePaths } from "./paths";

describe("the paths publishing refreshes", () => {
  it("include where next.config.ts renders and caches the rewritten home and corrections pages", async () => {
    const rewrites = await nextConfig.rewrites!();
    const beforeFiles = (Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles) ?? [];
    expect(beforeFiles).toContainEqual({ source: "/", destination: homeCachePath });
    expect(beforeFiles).toContainEqual({ source: "/dinh-chinh", destination: correctionsCachePath });
    for (const { source, destination } of beforeFiles) {
      expect(sitewidePaths).toContain(source);
      expect(sitewidePaths).toContain(destination);
    }
  });
});
