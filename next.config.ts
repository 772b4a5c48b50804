import { execFileSync } from "node:child_process";
import type { NextConfig } from "next";
import { bodyLimits } from "./lib/http/body-limits";

/**
 * One build id for every instance of a release, even when each machine builds it: browsers hold
 * pages of one instance and ask another. TOASOAN_BUILD_ID (e.g. the release tag), else the git
 * commit, else Next's own random id. The server actions' key must agree too: set
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY for the build (README, "Running several instances").
 */
function buildId(): string | null {
  if (process.env.TOASOAN_BUILD_ID) return process.env.TOASOAN_BUILD_ID;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

const nextConfig: NextConfig = {
  // PGlite must not be bundled (every database request then fails); argon2 ships a native binary.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  generateBuildId: buildId,
  typedRoutes: false,
  // The in-memory ISR cache (a story page with its RSC payload is roughly 100 KB). Readers are
  // answered from the server's own page cache in front (lib/cache/page-cache.ts), which keeps
  // the hot pages; this one mainly spares renders of RSC payloads for client navigation. 16 MB:
  // a day of the embedded paper's readers filled 32 MB of it with pages the page cache already
  // answers (`npm run bench -- --day`).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  experimental: {
    // No source maps of the server's bundles: Node loads each one whole beside its chunk once
    // source maps are on (tsx turns them on), about 60 MB of the embedded server's JavaScript heap
    // (`npm run bench -- --day`). Browser bundles have none in production anyway.
    turbopackSourceMaps: false,
    // Next counts a server action's body while it streams; the import form's file is the largest.
    serverActions: { bodySizeLimit: bodyLimits.serverAction },
    // The proxy skips server actions (proxy.ts); should a body reach it, it must see all of it.
    proxyClientMaxBodySize: bodyLimits.serverAction,
    // The ISR cache of the reading pages lives in the server's memory, not in .next/ on disk: it
    // was rendered from this process's database, so a restart on another database (a fresh demo,
    // every e2e run, DATA_DIR changed) must not serve pages of the old one. Several instances
    // will share a cache handler (Redis) instead.
    isrFlushToDisk: false,
  },
  // Reading pages are ISR pages of dynamic routes, rendered on their first request. "/" and
  // "/dinh-chinh" would be static routes, which `next build` prerenders — reading the database at
  // build time, which getDatabase() refuses. So they are served by dynamic routes instead; the
  // destinations are the cache paths in lib/cache/paths.ts (paths.test.ts checks).
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/trang-nhat/hom-nay" },
        { source: "/dinh-chinh", destination: "/dinh-chinh/trang/1" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
