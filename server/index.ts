// The production server: Next.js, with the reading pages' cache in front (lib/reading/page-cache.ts).
// A reader's request for a kept page is answered here from a buffer; everything else, and every
// first request for a page, goes to Next as with `next start`. A page is kept by asking Next for
// it once more over the loopback, marked so that request itself passes through.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { gzipSync } from "node:zlib";
import next from "next";
import { isTakenDownAddress } from "@/lib/publishing/taken-down";
import { ownOrigin } from "@/lib/publishing/revalidate";
import { cacheGeneration, cachedPage, isMarkedUncacheable, keepPage, markUncacheable, pageKey, type CachedPage } from "@/lib/reading/page-cache";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

const FILL_HEADER = "x-toasoan-page-fill";
const fillToken = randomUUID();
const filling = new Set<string>();
// Headers of Next's answer that a kept copy repeats (not Date, Connection, Content-Length…).
const KEPT_HEADERS = ["content-type", "cache-control", "etag", "vary", "link", "content-language", "x-nextjs-stale-time"];

/** Asks Next for the page again and keeps the answer if Next calls it a shared, cacheable page. */
async function fill(key: string): Promise<void> {
  if (filling.has(key)) return;
  filling.add(key);
  const generation = cacheGeneration();
  try {
    const response = await fetch(`${ownOrigin()}${key}`, {
      headers: { [FILL_HEADER]: fillToken, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const body = Buffer.from(await response.arrayBuffer());
    const cacheControl = response.headers.get("cache-control") ?? "";
    if (response.status !== 200 || !/\bs-maxage=/.test(cacheControl) || response.headers.has("set-cookie")) {
      markUncacheable(key);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const page: CachedPage = { headers, body, gzip: body.length > 1024 ? gzipSync(body) : null, etag: response.headers.get("etag"), storedAt: Date.now() };
    keepPage(key, page, generation);
  } catch {
    // Not kept this time: the next request for the page tries again.
  } finally {
    filling.delete(key);
  }
}

function send(request: http.IncomingMessage, response: http.ServerResponse, page: CachedPage): void {
  if (page.etag && request.headers["if-none-match"] === page.etag) {
    response.writeHead(304, { etag: page.etag, "cache-control": page.headers["cache-control"] ?? "" });
    response.end();
    return;
  }
  const gzip = page.gzip !== null && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const body = gzip ? page.gzip! : page.body;
  response.writeHead(200, { ...page.headers, ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": body.length, "x-toasoan-cache": "HIT" });
  response.end(request.method === "HEAD" ? undefined : body);
}

async function main() {
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    const key = request.headers[FILL_HEADER] === fillToken ? null : pageKey(request.method, request.url, request.headers);
    // A taken-down story is never answered from here: Next's proxy answers 410.
    if (key && !isTakenDownAddress(key)) {
      const page = cachedPage(key);
      if (page) return send(request, response, page);
      if (!isMarkedUncacheable(key)) void fill(key);
    }
    void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`Tòa soạn: máy chủ sẵn sàng tại http://${hostname}:${port}`));
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
