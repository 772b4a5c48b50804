// Bundles the reading pages' player (lib/reading/player-client.ts: media-chrome, pinned in
// package.json) into public/js/player.js, a plain static file the page cache keeps and the reading
// pages' Content-Security-Policy allows ('self'). Run by `npm run build` (scripts/production-build.ts)
// and by hand after changing the player. The file is rewritten only when its bytes change, so the
// build stamp (which hashes public/) stays current.
import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

export const playerFile = path.join(process.cwd(), "public", "js", "player.js");

export function buildPlayer(): { bytes: number; written: boolean } {
  const result = buildSync({
    entryPoints: [path.join(process.cwd(), "lib", "reading", "player-client.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    legalComments: "eof",
    write: false,
  });
  const code = Buffer.from(result.outputFiles[0]!.contents);
  const same = fs.existsSync(playerFile) && fs.readFileSync(playerFile).equals(code);
  if (!same) {
    fs.mkdirSync(path.dirname(playerFile), { recursive: true });
    fs.writeFileSync(playerFile, code);
  }
  return { bytes: code.length, written: !same };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { bytes, written } = buildPlayer();
  console.log(`public/js/player.js: ${Math.round(bytes / 1024)} KB${written ? "" : " (unchanged)"}`);
}
