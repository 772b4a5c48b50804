// `npm run bench [-- --stories N --duration S --connections C --keep]`, or
// `npm run bench -- --import N` for the archive import alone (scripts/bench/archive-import.ts),
// `npm run bench -- --weights` for the newsroom's script weights alone (scripts/bench/script-weight.ts),
// `npm run bench -- --day` for the embedded server's memory over a scripted day (scripts/bench/memory-day.ts),
// `npm run bench -- --royalties` for nhuận bút at scale alone: a year of graded months, the month
// view and the month's and year's .xlsx (scripts/bench/royalties.ts; it also ends the full bench).
// `npm run bench -- --keep` keeps the database and prints its name; `--database <name>` runs on that
// kept database again (PostgreSQL name, or PGlite directory) without populating it, and `--search`
// measures search alone there: the engine, then the popular and the distinct queries under load.
// `npm run bench -- --media` for the multimedia story pages alone: page and script weights and req/s of
// the photo, video, audio, E-magazine and infographic pages (scripts/bench/media-pages.ts).
// `npm run bench -- --plan` for Kế hoạch alone: the plan board and the desk's measures on 5,000
// assignments (scripts/bench/plan-board.ts).
// `npm run bench -- --instances N --front nginx` runs N instances on PostgreSQL behind the shipped
// nginx front (deploy/nginx): the usual table through the front, publish-to-visible through it and
// at each instance, each instance's memory split, and wrk against the story page's HTML as a static
// file, through the front and at one instance (scripts/bench/front.ts).
// Builds a benchmark database of N realistic Vietnamese stories, starts the production server on
// it, drives the reading routes with autocannon, measures publish-to-visible for scheduled
// stories and the server's memory, prints the figures and saves them to bench/results/.
// It prints figures; it asserts nothing (the aims are in README.md).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchArchiveImport } from "./archive-import";
import { searchQueries, variedSearchQueries } from "./corpus";
import { drive, prewarm, type RouteFigures } from "./load";
import {
  countStories,
  createBenchDatabase,
  insertScheduledStories,
  insertStories,
  sampleStoryPaths,
  seedNewsroom,
  type BenchDatabase,
  type ScheduledStory,
} from "./populate";
import { benchMemoryDay } from "./memory-day";
import { benchMediaPages, printMediaPages } from "./media-pages";
import { benchPlanBoard, printPlanBoard } from "./plan-board";
import { benchRoyalties, printRoyalties } from "./royalties";
import { measurePublishNow, measureScheduled, type VisibleFigures } from "./publish-latency";
import { measureScriptWeights, printScriptWeights, type ScriptWeights } from "./script-weight";
import { measureSearchLatency, type SearchLatency } from "./search-latency";
import { freePort, sampleMemory, startServer, waitForHealth, type RunningServer } from "./server";
import { nginxAvailable } from "@/deploy/nginx/standalone";
import { runWrk, sampleSplits, startBenchFront, wrkPath, type BenchFront, type InstanceMemory, type WrkFigures } from "./front";

const { values: args } = parseArgs({
  options: {
    stories: { type: "string", default: "100000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    import: { type: "string" },
    weights: { type: "boolean", default: false },
    day: { type: "boolean", default: false },
    royalties: { type: "boolean", default: false },
    plan: { type: "boolean", default: false },
    media: { type: "boolean", default: false },
    instances: { type: "string", default: "1" },
    front: { type: "string" },
    database: { type: "string" },
    search: { type: "boolean", default: false },
  },
});
const positive = (name: string, raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number (got ${raw})`);
  return n;
};
const options = {
  stories: positive("stories", args.stories),
  duration: Math.max(1, positive("duration", args.duration)),
  connections: Math.max(1, positive("connections", args.connections)),
  warmup: positive("warmup", args.warmup),
  // A database named on the command line is never dropped.
  keep: args.keep || args.database !== undefined,
  instances: Math.max(1, positive("instances", args.instances)),
  front: args.front,
};
/** Several instances, or one, behind the shipped nginx front. */
const behindFront = options.front !== undefined || options.instances > 1;

const SAMPLE_STORIES = 1_000;
const SEARCH_LATENCY_QUERIES = 300;
/** Distinct queries for the search load: more than the server's answer cache keeps. */
const SEARCH_LOAD_QUERIES = 2_000;
/** Seconds after the server is launched at which the three scheduled stories fall due. */
const SCHEDULE_OFFSETS_S = [60, 75, 90];
const START_TIMEOUT_MS = 20 * 60_000; // includes a production build on a busy machine

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let database: BenchDatabase | undefined;
let server: RunningServer | undefined;
const instances: RunningServer[] = [];
let front: BenchFront | undefined;
let cleaning: Promise<void> | undefined;
let preflightDir: string | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await server?.stop().catch((e: unknown) => console.error("stopping the server:", e));
    await Promise.all(instances.map((i) => i.stop().catch((e: unknown) => console.error("stopping an instance:", e))));
    await front?.stop().catch((e: unknown) => console.error("stopping nginx:", e));
    if (preflightDir) fs.rmSync(preflightDir, { recursive: true, force: true });
    if (database && !options.keep) await database.destroy().catch((e: unknown) => console.error("removing the bench database:", e));
    else if (database) log(`kept the bench database: ${database.where}`);
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

/**
 * Starts and stops the server once on a throwaway embedded database, so that a build (when the
 * sources changed) happens before the scheduled stories' clock starts ticking. Its demo newsroom
 * is where the screens' script weights are measured.
 */
async function preflight(): Promise<{ ms: number; weights: ScriptWeights }> {
  const dataDir = (preflightDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-preflight-")));
  const started = Date.now();
  const probe = startServer({ DATA_DIR: dataDir, PGLITE_DIR: "", DATABASE_URL: "" }, await freePort(), path.join(dataDir, "server.log"));
  server = probe;
  try {
    await waitForHealth(probe, START_TIMEOUT_MS);
    const ms = Date.now() - started;
    log("script weight of the newsroom's screens (Chromium, demo newsroom)…");
    return { ms, weights: await measureScriptWeights(probe.origin) };
  } finally {
    await probe.stop();
    server = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (args.import !== undefined) return benchArchiveImport(Math.max(1, positive("import", args.import)), log);
  if (args.royalties) return printRoyalties(await benchRoyalties(log));
  if (args.plan) return printPlanBoard(await benchPlanBoard(log));
  if (args.media) return printMediaPages(await benchMediaPages(log, { duration: Math.min(options.duration, 10), connections: options.connections }));
  if (behindFront) refuseFrontWithout();
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  log(`${options.stories.toLocaleString("en")} stories, ${options.connections} connections, ${options.duration} s per route (warm-up ${options.warmup} s)`);
  log(`${os.cpus().length} CPUs, load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} — other work on this machine lowers every figure`);

  log("preflight: building if the sources changed, then a test start…");
  const { ms: preflightMs, weights } = await preflight();
  log(`preflight done in ${seconds(preflightMs)}`);
  printScriptWeights(weights);
  if (args.weights) return;
  if (args.day) return benchMemoryDay(log);

  database = await createBenchDatabase(process.env.DATABASE_URL || undefined, args.database);
  log(`benchmark database (${database.kind}): ${database.where}`);
  const populateStarted = Date.now();
  const handle = await database.open();
  let storyPaths: string[];
  let scheduled: ScheduledStory[];
  let counts: { total: number; public: number };
  let serverLaunch: number;
  let searchLatency: SearchLatency;
  try {
    if (args.database === undefined) {
      await seedNewsroom(handle.db);
      let lastPrint = 0;
      await insertStories(handle.db, options.stories, (done) => {
        if (done === options.stories || Date.now() - lastPrint > 5_000) {
          lastPrint = Date.now();
          const rate = done / ((Date.now() - populateStarted) / 1000);
          log(`  ${done.toLocaleString("en")} / ${options.stories.toLocaleString("en")} stories (${Math.round(rate).toLocaleString("en")}/s)`);
        }
      });
    }
    if (handle.kind === "postgres") {
      const { sql } = await import("drizzle-orm");
      await handle.db.execute(sql`analyze`); // fresh statistics, as autovacuum would give a real database
    }
    counts = await countStories(handle.db);
    log(`search latency: ${SEARCH_LATENCY_QUERIES} different queries, one at a time, straight to the database (no server, no cache)…`);
    searchLatency = await measureSearchLatency(handle.db, searchQueries, variedSearchQueries(SEARCH_LATENCY_QUERIES));
    log(
      `  p50 ${searchLatency.p50Ms} ms, p95 ${searchLatency.p95Ms} ms, p99 ${searchLatency.p99Ms} ms, max ${searchLatency.maxMs} ms (${searchLatency.withResults} with results)`,
    );
    storyPaths = await sampleStoryPaths(handle.db, SAMPLE_STORIES);
    serverLaunch = Date.now() + 2_000; // the handle closes and the server launches right after this
    scheduled = await insertScheduledStories(
      handle.db,
      SCHEDULE_OFFSETS_S.map((s) => new Date(serverLaunch + s * 1000)),
    );
  } finally {
    await handle.close();
  }
  const populateMs = Date.now() - populateStarted;
  log(`database ready in ${seconds(populateMs)}: ${counts.total.toLocaleString("en")} stories, ${counts.public.toLocaleString("en")} public`);

  const logFile = path.join(os.tmpdir(), `toasoan-bench-server-${Date.now()}.log`);
  let readyMs: number;
  let memory: { phasePeak: () => number; peak: () => { treeMb: number; largestProcessMb: number }; stop: () => void };
  let origin: string;
  let splits: ReturnType<typeof sampleSplits> | undefined;
  if (!behindFront) {
    server = startServer(database.env, await freePort(), logFile);
    memory = sampleMemory(server.pid);
    readyMs = await waitForHealth(server, START_TIMEOUT_MS);
    log(`server ready in ${seconds(readyMs)} at ${server.origin} (log: ${logFile})`);
    origin = server.origin;
  } else {
    ({ readyMs, memory } = await startInstances(database.env, logFile));
    front = await startBenchFront(instances.map((i) => new URL(i.origin).host));
    log(`nginx front at ${front.origin} (purge ${front.purgeOrigin}), before ${instances.map((i) => i.origin).join(", ")}`);
    origin = front.origin;
    splits = sampleSplits(instances.map((i) => i.origin));
  }
  if (args.search) return benchSearchAlone(origin, searchLatency, memory);
  const sectionPath = "/thoi-su";
  // First, before any warming: the scheduled stories fall due about a minute after the launch.
  log("publish-to-visible for the 3 scheduled stories (sequential, no other load)…");
  const visible: VisibleFigures[] = [];
  const visibleAtInstances: VisibleFigures[][] = [];
  // Behind the front: each story polled through it and at each instance at once, and the stories
  // side by side (each poll waits for its own time), so an instance that never shows one story
  // does not make the next one's polling start late.
  const polled = await Promise.all(
    scheduled.map((story) => Promise.all([origin, ...(behindFront ? instances.map((i) => i.origin) : [])].map((o) => measureScheduled(o, story)))),
  );
  for (const [n, [figures, ...atInstances]] of polled.entries()) {
    visible.push(figures!);
    visibleAtInstances.push(atInstances);
    const delay = (v: VisibleFigures) => (v.delayMs === null ? "never visible" : `${v.delayMs} ms`);
    log(`  ${scheduled[n]!.path}: ${delay(figures!)} after its time${figures!.note ? ` (${figures!.note})` : ""}${behindFront ? " through the front" : ""}`);
    atInstances.forEach((v, i) => log(`    at instance ${i + 1}: ${delay(v)}${v.note ? ` (${v.note})` : ""}`));
  }
  const publishNow = await measurePublishNow(origin);
  const searchPaths = searchQueries.map(searchPath);
  // Seeded apart from the latency set: these too are new to every cache.
  const variedSearchPaths = variedSearchQueries(SEARCH_LOAD_QUERIES, 29).map(searchPath);
  const searchProbe = await fetch(`${origin}${searchPaths[0]}`, { redirect: "manual" });
  await searchProbe.arrayBuffer();
  const searchAvailable = searchProbe.status !== 404;
  if (!searchAvailable) log("search: /api/search answers 404 (not built on this branch yet); skipped");

  log(`pre-warming home, section, feed and ${storyPaths.length} stories…`);
  memory.phasePeak(); // from here on, memory is reported per phase
  const warm = {
    ...(await prewarm(origin, ["/", sectionPath, "/rss.xml", ...storyPaths, ...(searchAvailable ? searchPaths : [])])),
    peakRssMb: memory.phasePeak(),
  };
  log(`  ${seconds(warm.ms)}, statuses ${JSON.stringify(warm.statuses)}, server peak RSS ${warm.peakRssMb} MB`);

  // Feeds and sitemaps: the first answer reads the database, the second should come from the data cache.
  const feeds: FeedCheck[] = [];
  for (const feedPath of ["/rss.xml", `${sectionPath}/rss.xml`, "/sitemap.xml", "/sitemap.xml?trang=1", "/news-sitemap.xml", "/robots.txt"]) {
    const check = await checkFeed(origin, feedPath);
    feeds.push(check);
    log(`  ${feedPath}: ${check.status} ${check.contentType}, ${check.bytes.toLocaleString("en")} bytes, ${check.firstMs} ms then ${check.secondMs} ms`);
  }

  const routes: { name: string; paths: string[] }[] = [
    { name: "home /", paths: ["/"] },
    { name: `story (random of ${storyPaths.length})`, paths: storyPaths },
    { name: `section ${sectionPath}`, paths: [sectionPath] },
    ...(searchAvailable
      ? [
          { name: `search (${searchPaths.length} popular queries)`, paths: searchPaths },
          { name: `search (${variedSearchPaths.length} distinct queries)`, paths: variedSearchPaths },
        ]
      : []),
    { name: "feed /rss.xml", paths: ["/rss.xml"] },
  ];
  const figures: (RouteFigures & { peakRssMb: number })[] = [];
  for (const route of routes) {
    log(`driving ${route.name}…`);
    const result = { ...(await drive(origin, route.name, route.paths, options)), peakRssMb: memory.phasePeak() };
    figures.push(result);
    log(
      `  ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}, server peak RSS ${result.peakRssMb} MB`,
    );
  }
  const wrk = front ? await measureWithWrk(front, storyPaths[0]!) : undefined;
  const instanceMemory = await splits?.stop();
  memory.stop();
  const peak = memory.peak();
  // Nhuận bút on a database of its own (no server): the month view and the sheets at a year's scale.
  const royalties = await benchRoyalties(log);
  const loadAfter = os.loadavg();

  printTable(figures);
  printScriptWeights(weights);
  console.log(
    `\nsearch engine alone (${searchLatency.queries} different queries, sequential, no cache): p50 ${searchLatency.p50Ms} ms, p95 ${searchLatency.p95Ms} ms, p99 ${searchLatency.p99Ms} ms, max ${searchLatency.maxMs} ms`,
  );
  printRoyalties(royalties);
  const delays = (list: VisibleFigures[]) => list.map((v) => (v.delayMs === null ? "never" : `${v.delayMs} ms`)).join(", ");
  console.log(`publish-to-visible (scheduled)${behindFront ? " through the front" : ""}: ${delays(visible)}`);
  if (behindFront) {
    instances.forEach((instance, i) => console.log(`  at instance ${i + 1} (${instance.origin}): ${delays(visibleAtInstances.map((list) => list[i]!))}`));
    if (wrk) printWrk(wrk);
    if (instanceMemory) printInstanceMemory(instanceMemory);
  }
  console.log(`server peak RSS: ${peak.largestProcessMb} MB (largest process), ${peak.treeMb} MB (whole tree incl. tsx/npx wrappers)`);
  console.log(`database: ${database.kind}, ${counts.total.toLocaleString("en")} stories written in ${seconds(populateMs)}`);
  console.log(
    `load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")} (${os.cpus().length} CPUs shared)`,
  );

  const record = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadBefore,
      loadAfter,
    },
    options: { ...options, sampleStories: storyPaths.length },
    database: {
      kind: database.kind,
      stories: counts.total,
      publicStories: counts.public,
      populateMs,
      storiesPerSecond: Math.round(counts.total / (populateMs / 1000)),
    },
    server: { preflightMs, readyMs, peakRssMb: peak.largestProcessMb, peakTreeRssMb: peak.treeMb },
    ...(behindFront ? { front: { instances: instances.map((i) => i.origin), wrk, instanceMemory, visibleAtInstances } } : {}),
    prewarm: warm,
    scriptWeights: weights,
    feeds,
    search: searchAvailable ? { engine: searchLatency } : "404: /api/search not available on this build",
    routes: figures,
    publishToVisible: { scheduled: visible, publishNow },
    royalties,
  };
  const file = saveResults(record);
  log(`saved ${path.relative(process.cwd(), file)}`);
}

/** Refuses what the front's bench cannot run with, before anything is built or written. */
function refuseFrontWithout(): void {
  if (options.front !== "nginx") throw new Error("--instances N needs --front nginx (the only front this bench knows)");
  if (!process.env.DATABASE_URL)
    throw new Error("--instances/--front need PostgreSQL: set DATABASE_URL (the embedded PGlite belongs to one process, so it cannot serve several instances)");
  if (!nginxAvailable()) throw new Error("--front nginx needs Debian's nginx and its purge module: apt-get install -y nginx libnginx-mod-http-cache-purge");
  if (!wrkPath()) throw new Error("--front nginx measures with wrk, which is missing: apt-get install -y wrk");
}

/**
 * The instances on the bench database, one after another (each runs the migrations at start),
 * told where the front's purge listener will be, trusting the front's forwarded addresses.
 * Memory is sampled per instance; the table's RSS column is the largest of them.
 */
async function startInstances(databaseEnv: Record<string, string>, logFile: string) {
  const started = Date.now();
  const samplers: ReturnType<typeof sampleMemory>[] = [];
  for (let i = 1; i <= options.instances; i++) {
    const file = logFile.replace(/\.log$/, `-${i}.log`);
    const instance = startServer({ ...databaseEnv, TRUSTED_PROXIES: "loopback", WEB_CONCURRENCY: "1" }, await freePort(), file);
    instances.push(instance);
    samplers.push(sampleMemory(instance.pid));
    await waitForHealth(instance, START_TIMEOUT_MS);
    log(`instance ${i} ready at ${instance.origin} (log: ${file})`);
  }
  const memory = {
    phasePeak: () => Math.max(...samplers.map((s) => s.phasePeak())),
    peak: () => {
      const peaks = samplers.map((s) => s.peak());
      return { treeMb: peaks.reduce((sum, p) => sum + p.treeMb, 0), largestProcessMb: Math.max(...peaks.map((p) => p.largestProcessMb)) };
    },
    stop: () => samplers.forEach((s) => s.stop()),
  };
  return { readyMs: Date.now() - started, memory };
}

type WrkRun = { connections: number; duration: number; figures: WrkFigures[] };

/**
 * wrk against: the story page's HTML as a static file in the same nginx (the ceiling), the story
 * page through the front, the same page at one instance alone, and the feed through the front.
 */
async function measureWithWrk(bench: BenchFront, storyPath: string): Promise<WrkRun> {
  const page = await fetch(`${bench.origin}${storyPath}`);
  const html = await page.text();
  const staticUrl = bench.staticUrl(html);
  const targets: [string, string][] = [
    ["static story.html (nginx)", staticUrl],
    ["story page through the front", `${bench.origin}${storyPath}`],
    ["story page at instance 1", `${instances[0]!.origin}${storyPath}`],
    ["/rss.xml through the front", `${bench.origin}/rss.xml`],
  ];
  const settings = { connections: options.connections, duration: options.duration };
  const figures: WrkFigures[] = [];
  for (const [target, url] of targets) {
    log(`wrk: ${target}…`);
    if (options.warmup > 0) await runWrk(target, url, { ...settings, duration: options.warmup });
    const result = await runWrk(target, url, settings);
    figures.push(result);
    log(
      `  ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, non-2xx ${result.non2xx}, socket errors ${result.socketErrors}`,
    );
  }
  return { ...settings, figures };
}

function printWrk({ connections, duration, figures }: WrkRun) {
  const base = figures[0]!.requestsPerSecond;
  console.log(`\nwrk, ${connections} connections, ${duration} s, Accept-Encoding: gzip (aims: front ≥ 80 % of static with p99 < 20 ms; one instance ≥ 50 %)`);
  console.log("target                             req/s     p50 ms   p90 ms   p99 ms  vs static  non-2xx  errors");
  for (const f of figures) {
    console.log(
      [
        f.target.padEnd(32),
        String(f.requestsPerSecond).padStart(8),
        String(f.latencyMs.p50).padStart(9),
        String(f.latencyMs.p90).padStart(8),
        String(f.latencyMs.p99).padStart(8),
        `${Math.round((f.requestsPerSecond / base) * 100)} %`.padStart(10),
        String(f.non2xx).padStart(8),
        String(f.socketErrors).padStart(7),
      ].join(" "),
    );
  }
}

function printInstanceMemory(list: InstanceMemory[]) {
  console.log("\ninstance peak RSS (MB; aim < 300 each): sample with the highest RSS, split");
  for (const [i, m] of list.entries()) {
    console.log(`  instance ${i + 1} ${m.origin}: ${m.peakRssMb} = heap ${m.heapMb} + caches ${m.cachesMb} (${m.pageCachePages} pages) + rest ${m.restMb}`);
  }
}

const searchPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}`;

/** `--search`: the engine's figures, then the popular and the distinct queries under load; nothing saved. */
async function benchSearchAlone(origin: string, engine: SearchLatency, memory: ReturnType<typeof sampleMemory>) {
  const popular = searchQueries.map(searchPath);
  const distinct = variedSearchQueries(SEARCH_LOAD_QUERIES, 29).map(searchPath);
  await prewarm(origin, popular);
  const figures: (RouteFigures & { peakRssMb: number })[] = [];
  for (const route of [
    { name: `search (${popular.length} popular queries)`, paths: popular },
    { name: `search (${distinct.length} distinct queries)`, paths: distinct },
  ]) {
    log(`driving ${route.name}…`);
    figures.push({ ...(await drive(origin, route.name, route.paths, options)), peakRssMb: memory.phasePeak() });
  }
  memory.stop();
  printTable(figures);
  console.log(
    `\nsearch engine alone (${engine.queries} different queries, sequential, no cache): p50 ${engine.p50Ms} ms, p95 ${engine.p95Ms} ms, p99 ${engine.p99Ms} ms, max ${engine.maxMs} ms`,
  );
  console.log(`slowest: ${JSON.stringify(engine.slowest)}`);
  console.log(
    `load average after ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (${os.cpus().length} CPUs shared)`,
  );
}

type FeedCheck = { path: string; status: number; contentType: string; bytes: number; firstMs: number; secondMs: number };

async function checkFeed(origin: string, feedPath: string): Promise<FeedCheck> {
  const timed = async () => {
    const started = Date.now();
    const response = await fetch(`${origin}${feedPath}`, { redirect: "manual", signal: AbortSignal.timeout(120_000) });
    const body = await response.arrayBuffer();
    return { response, bytes: body.byteLength, ms: Date.now() - started };
  };
  const first = await timed();
  const second = await timed();
  return {
    path: feedPath,
    status: first.response.status,
    contentType: first.response.headers.get("content-type") ?? "",
    bytes: first.bytes,
    firstMs: first.ms,
    secondMs: second.ms,
  };
}

function printTable(figures: (RouteFigures & { peakRssMb: number })[]) {
  console.log("\nroute                             req/s     p50 ms   p90 ms   p97.5 ms  p99 ms   errors  non-2xx  RSS MB");
  for (const f of figures) {
    console.log(
      [
        f.route.padEnd(32),
        String(f.requestsPerSecond).padStart(8),
        String(f.latencyMs.p50).padStart(9),
        String(f.latencyMs.p90).padStart(8),
        String(f.latencyMs.p97_5).padStart(10),
        String(f.latencyMs.p99).padStart(8),
        String(f.errors + f.timeouts).padStart(8),
        String(f.non2xx).padStart(8),
        String(f.peakRssMb).padStart(7),
      ].join(" "),
    );
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

/** bench/results/<YYYY-MM-DD>.json holds the day's runs, newest last. */
function saveResults(record: object): string {
  const dir = path.join(process.cwd(), "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}.json`);
  let runs: unknown[] = [];
  try {
    const previous: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    runs = Array.isArray(previous) ? previous : [previous];
  } catch {
    // first run of the day
  }
  fs.writeFileSync(file, `${JSON.stringify([...runs, record], null, 2)}\n`);
  return file;
}

main()
  .then(() => cleanup())
  .catch(async (error: unknown) => {
    // Drizzle's errors carry every parameter of a 1,000-row insert: print the message and cause only.
    const cause = error instanceof Error && error.cause instanceof Error ? `\n  cause: ${error.cause.message}` : "";
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message).slice(0, 2_000) : String(error)}${cause}`);
    await cleanup();
    process.exitCode = 1;
  });
