import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite must not be bundled (every database request then fails); argon2 ships a native binary.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
