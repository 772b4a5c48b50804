// The production server: Next.js, with the reading pages' cache in front (lib/cache/page-cache.ts).
// A reader's request for a reading page is answered from the cache when it holds the page; when it
// does not, the page is asked of Next once over the loopback (readers asking at the same moment
// wait for that one answer), kept if Next calls it a shared cacheable page, and sent. Everything
// else (the newsroom, APIs, assets, pages Next will not let be kept) goes to Next directly.
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { gzipSync } from "node:zlib";
import next from "next";
import { isTakenDownAddress } from "@/lib/publishing/taken-down";
import { ownOrigin } from "@/lib/publishing/revalidate";
import {
  cacheGeneration,
  cachedPage,
  isMarkedUncacheable,
  keepPage,
  markUncacheable,
  pageKey,
  withoutClientRuntime,
  type CachedPage,
} from "@/lib/cache/page-cache";
import { env } from "@/lib/env";
import { readingPolicy, securityHeaders } from "@/lib/http/security-headers";
import { guardBody } from "./body-guard";
import { clientAddressResolver } from "./client-address";
import { serverTimeouts, socketIdleMs } from "./timeouts";

const { PORT: port, HOSTNAME: hostname, TRUSTED_PROXIES: trustedProxies } = env();
const resolveClientAddress = clientAddressResolver(trustedProxies);
const siteIsHttps = env().SITE_URL?.startsWith("https:") ?? false;

// Marks the loopback request for a page, which must reach Next rather than wait for itself.
const FILL_HEADER = "x-toasoan-page-fill";
const fillToken = randomUUID();
// Headers of Next's answer that a kept copy repeats (not Date, Connection, Content-Length…).
const KEPT_HEADERS = ["content-type", "cache-control", "vary", "link", "content-language", "x-nextjs-stale-time"];
// Not forwarded from a loopback answer: they describe that connection, or a body already decoded.
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date"]);

/** Next's answer to the loopback request: kept as a page, or to be passed on as it came. */
type Fetched = { page: CachedPage } | { status: number; headers: [string, string][]; body: Buffer };
const inFlight = new Map<string, Promise<Fetched>>();

function fetchPage(key: string): Promise<Fetched> {
  // Readers share an answer asked for since the last forget, never an older one.
  const flight = `${cacheGeneration()} ${key}`;
  let pending = inFlight.get(flight);
  if (!pending) {
    pending = askNext(key).finally(() => inFlight.delete(flight));
    inFlight.set(flight, pending);
  }
  return pending;
}

/** A GET over the loopback with node:http, whose parsed headers keep one Location (Next may send two). */
function loopbackGet(key: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  // Only the path comes from the reader, and pageKey let through plain paths only.
  const url = new URL(ownOrigin());
  url.pathname = key;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers: { [FILL_HEADER]: fillToken, "accept-encoding": "identity" }, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`no answer for ${key} within 30 s`)));
    request.on("error", reject);
  });
}

async function askNext(key: string): Promise<Fetched> {
  const generation = cacheGeneration();
  const response = await loopbackGet(key);
  const header = (name: string) => [response.headers[name]].flat()[0];
  // A page Next calls stale is sent once while it renders anew; keeping it would make it older still.
  const stale = header("x-nextjs-cache") === "STALE";
  if (stale || response.status !== 200 || !/\bs-maxage=/.test(header("cache-control") ?? "") || response.headers["set-cookie"]) {
    if (!stale) markUncacheable(key);
    const headers = Object.entries(response.headers).flatMap(([name, value]) =>
      HOP_HEADERS.has(name) || value === undefined ? [] : [value].flat().map((one): [string, string] => [name, one]),
    );
    return { status: response.status, headers, body: response.body };
  }
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = header(name);
    if (value !== undefined) headers[name] = value;
  }
  const body = headers["content-type"]?.startsWith("text/html") ? Buffer.from(withoutClientRuntime(response.body.toString("utf8"))) : response.body;
  // Its own validator: the kept body is not the one Next's ETag names.
  // Weak: the plain and the compressed bodies are the same page, not the same bytes.
  headers.etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
  const page: CachedPage = { headers, body, gzip: body.length > 1024 ? gzipSync(body) : null };
  keepPage(key, page, generation);
  return { page };
}

function send(request: http.IncomingMessage, response: http.ServerResponse, page: CachedPage, state: "HIT" | "MISS"): void {
  const etag = page.headers.etag;
  if (etag && request.headers["if-none-match"] === etag) {
    response.writeHead(304, { etag, "cache-control": page.headers["cache-control"] ?? "", vary: page.headers.vary ?? "Accept-Encoding" });
    response.end();
    return;
  }
  // A kept page runs no script of Next's: only the view beacon is allowed.
  response.setHeader("Content-Security-Policy", readingPolicy);
  const gzip = page.gzip !== null && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const body = gzip ? page.gzip! : page.body;
  response.writeHead(200, { ...page.headers, ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": body.length, "x-toasoan-cache": state });
  response.end(request.method === "HEAD" ? undefined : body);
}

function pass(request: http.IncomingMessage, response: http.ServerResponse, fetched: Exclude<Fetched, { page: CachedPage }>): void {
  const headers: [string, string][] = [...fetched.headers, ["content-length", String(fetched.body.length)]];
  response.writeHead(fetched.status, headers.flat());
  response.end(request.method === "HEAD" ? undefined : fetched.body);
}

async function main() {
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer(serverTimeouts, (request, response) => {
    resolveClientAddress(request);
    for (const [name, value] of Object.entries(securityHeaders(request.url ?? "/", { https: siteIsHttps }))) response.setHeader(name, value);
    if (!guardBody(request, response)) return;
    const key = request.headers[FILL_HEADER] === fillToken ? null : pageKey(request.method, request.url, request.headers);
    // A taken-down story is never answered from here: Next's proxy answers 410.
    if (!key || isTakenDownAddress(key) || isMarkedUncacheable(key)) return void handle(request, response);
    const page = cachedPage(key);
    if (page) return send(request, response, page, "HIT");
    fetchPage(key).then(
      (fetched) => ("page" in fetched ? send(request, response, fetched.page, "MISS") : pass(request, response, fetched)),
      // The loopback failed (a timeout, a restart): Next answers this reader itself.
      () => void handle(request, response),
    );
  });
  server.setTimeout(socketIdleMs, (socket) => socket.destroy());
  server.listen(port, hostname, () => console.log(`Tòa soạn: máy chủ sẵn sàng tại http://${hostname}:${port}`));
  // Draining: no new connections, idle ones closed, open requests answered, then Next closed.
  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
