// The production build and its stamp: a hash of the sources (names, sizes, times) and of what the
// build embeds from configuration, written beside the build. `npm start` builds only when the stamp
// does not match (scripts/start.ts); `npm run build` always builds and writes it, so a start after
// it (CI, a deployment) does not build again.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildPlayer } from "./build-player";

const root = process.cwd();
const stampFile = path.join(root, ".next", "toa-soan-source-hash");
const sourceRoots = [
  "app",
  "components",
  "lib",
  "db",
  "messages",
  "types",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function sourceHash(): string {
  const digest = crypto.createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      digest.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  sourceRoots.forEach(visit);
  // What the build embeds from configuration (next.config.ts): changing it means building again.
  digest.update(`${process.env.TOASOAN_BUILD_ID ?? ""}\0${process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? ""}`);
  return digest.digest("hex");
}

/** Whether .next/ holds a build of the sources as they are now. */
export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === sourceHash();
}

/** The player bundle (public/js/player.js), `next build`, then the stamp; returns next build's exit status. */
export function build(): number {
  buildPlayer();
  const hash = sourceHash();
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status === 0) fs.writeFileSync(stampFile, hash);
  return result.status ?? 1;
}
