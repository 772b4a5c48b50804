// `npm run bench -- --instances N --front nginx`: the pieces for several instances behind the
// shipped nginx front (deploy/nginx): wrk (autocannon tops out below what nginx serves), the story
// page's HTML served by the same nginx as a static file (the ceiling to compare with), and each
// instance's memory split sampled under load.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { MemorySplit } from "@/lib/server/memory";
import { startFront, type RunningFront } from "@/deploy/nginx/standalone";
import { fetchMemorySplit } from "./memory-day";
import { freePort } from "./server";

export function wrkPath(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export type WrkFigures = {
  target: string;
  url: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number };
  non2xx: number;
  socketErrors: number;
};

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);

/** One wrk run, as a browser asks (gzip accepted), two threads (the machine's cores are shared with everything else). */
export async function runWrk(target: string, url: string, { connections, duration }: { connections: number; duration: number }): Promise<WrkFigures> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", ["-t2", `-c${connections}`, `-d${duration}s`, "--latency", "-H", "Accept-Encoding: gzip", url], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}:\n${text}`))));
  });
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? Math.round(toMs(match[1]!, match[2]!) * 100) / 100 : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    target,
    url,
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN)),
    latencyMs: { p50: percentile("50"), p90: percentile("90"), p99: percentile("99") },
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

export type BenchFront = RunningFront & { staticUrl: (html: string) => string };

/**
 * The shipped front before the instances, plus a static server in the same nginx: the story
 * page's HTML saved as a file with its gzip beside it (gzip_static), so both serve compressed
 * bytes from memory or disk without compressing per request.
 */
export async function startBenchFront(upstreams: readonly string[]): Promise<BenchFront> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-static-"));
  fs.chmodSync(staticDir, 0o755);
  const staticPort = await freePort();
  const front = await startFront({
    upstreams,
    workers: "auto",
    extraHttp: `  server {\n    listen 127.0.0.1:${staticPort};\n    root ${staticDir};\n    gzip_static on;\n    location / { try_files $uri =404; }\n  }`,
  });
  return {
    ...front,
    stop: async () => {
      await front.stop();
      fs.rmSync(staticDir, { recursive: true, force: true });
    },
    staticUrl: (html: string) => {
      fs.writeFileSync(path.join(staticDir, "story.html"), html, { mode: 0o644 });
      fs.writeFileSync(path.join(staticDir, "story.html.gz"), gzipSync(html, { level: 9 }), { mode: 0o644 });
      return `http://127.0.0.1:${staticPort}/story.html`;
    },
  };
}

export type InstanceMemory = { origin: string; peakRssMb: number; heapMb: number; cachesMb: number; restMb: number; pageCachePages: number };

/**
 * Asks each instance for its memory split (app/api/internal/memory) every second and keeps the
 * sample with the highest resident size: JavaScript heap (V8's total), our caches (the page
 * cache's bytes, held outside the heap), and the rest (code, Next, buffers, the database driver).
 */
export function sampleSplits(origins: readonly string[]) {
  const peaks = new Map<string, MemorySplit>();
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      await Promise.all(
        origins.map(async (origin) => {
          try {
            const split = await fetchMemorySplit(origin);
            if (split.rssMb > (peaks.get(origin)?.rssMb ?? 0)) peaks.set(origin, split);
          } catch {
            // busy or restarting: the next sample counts
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  };
  const running = loop();
  return {
    stop: async (): Promise<InstanceMemory[]> => {
      stopped = true;
      await running;
      return origins.map((origin) => {
        const split = peaks.get(origin);
        if (!split) return { origin, peakRssMb: NaN, heapMb: NaN, cachesMb: NaN, restMb: NaN, pageCachePages: 0 };
        const rest = split.rssMb - split.heapTotalMb - split.pageCache.mb;
        return {
          origin,
          peakRssMb: Math.round(split.rssMb),
          heapMb: Math.round(split.heapTotalMb),
          cachesMb: Math.round(split.pageCache.mb),
          restMb: Math.round(rest),
          pageCachePages: split.pageCache.pages,
        };
      });
    },
  };
}
