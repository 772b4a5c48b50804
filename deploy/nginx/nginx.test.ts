// The shipped front (deploy/nginx) in Debian's nginx, rendered for a temporary prefix, in front of
// two upstream servers this test runs: what it caches and what it never does, one fill per page,
// purges from the app (lib/cache/front-purge.ts) and from nobody else, failing over when an
// instance dies, body bounds, and the client's address passed on.
import http from "node:http";
import type net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requirement } from "@/db/testing";
import { purgeFront } from "@/lib/cache/front-purge";
import { resetEnv } from "@/lib/env";
import { bodyLimitFor, bodyLimits } from "@/lib/http/body-limits";
import { nginxAvailable, startFront, type RunningFront } from "./standalone";

const run = requirement("Debian's nginx with libnginx-mod-http-cache-purge (apt-get install nginx libnginx-mod-http-cache-purge)", nginxAvailable());

type Upstream = { name: string; address: string; fills: Map<string, number>; seen: http.IncomingHttpHeaders[]; close: () => Promise<void> };
/** What the pages say; bumped to stand for a change in the newsroom. */
let edition = 1;

async function startUpstream(name: string): Promise<Upstream> {
  const fills = new Map<string, number>();
  const seen: http.IncomingHttpHeaders[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    fills.set(url, (fills.get(url) ?? 0) + 1);
    seen.push({ ...request.headers, ":path": url });
    request.resume();
    request.on("end", () => {
      const page = !url.startsWith("/_next/static/");
      // Feeds are rendered per request (force-dynamic), as Next marks them.
      const headers = page
        ? // What Next sends for an ISR page; the "dong" pages are dynamic, as Next marks them.
          {
            "content-type": "text/html; charset=utf-8",
            "cache-control":
              url.includes("dong") || url.endsWith(".xml")
                ? "private, no-cache, no-store, max-age=0, must-revalidate"
                : "s-maxage=300, stale-while-revalidate=31535700",
          }
        : { "content-type": "application/javascript", "cache-control": "public, max-age=31536000, immutable" };
      // Slow enough that concurrent readers arrive while the first is being answered.
      setTimeout(() => {
        response.writeHead(200, { ...headers, "x-upstream": name });
        response.end(`<p>${name} ${url} edition ${edition}</p>`);
      }, 100);
    });
  });
  server.on("connection", (socket) => (sockets.add(socket), socket.on("close", () => sockets.delete(socket))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    name,
    address: `127.0.0.1:${port}`,
    fills,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

let front: RunningFront;
let upstreams: Upstream[];
const fills = (path: string) => upstreams.reduce((sum, u) => sum + (u.fills.get(path) ?? 0), 0);

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${front.origin}${path}`, { headers, redirect: "manual" });
  return { status: response.status, cache: response.headers.get("x-cache-status"), headers: response.headers, body: await response.text() };
}

/** Sends only the headers of a request whose declared body is `bytes` long, and reads the answer. */
function declare(path: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${front.origin}${path}`, {
      method: "POST",
      headers: { "content-length": String(bytes), "content-type": "application/octet-stream" },
    });
    request.on("response", (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body });
        request.destroy();
      });
    });
    request.on("error", reject);
    request.write(Buffer.alloc(1024));
  });
}

describe.skipIf(!run)("the nginx front (deploy/nginx)", () => {
  beforeAll(async () => {
    upstreams = [await startUpstream("a"), await startUpstream("b")];
    front = await startFront({ upstreams: upstreams.map((u) => u.address), pageLifetime: "1s" });
    process.env.FRONT_PURGE_URL = front.purgeOrigin;
    resetEnv();
  });
  afterAll(async () => {
    delete process.env.FRONT_PURGE_URL;
    resetEnv();
    await front?.stop();
    await Promise.all((upstreams ?? []).map((u) => u.close()));
  });

  it("keeps a reading page: the second request is a HIT, and concurrent readers cause one fill", async () => {
    expect((await get("/thoi-su/bai-1")).cache).toBe("MISS");
    const second = await get("/thoi-su/bai-1");
    expect(second.cache).toBe("HIT");
    expect(second.body).toContain("/thoi-su/bai-1 edition 1");
    expect(fills("/thoi-su/bai-1")).toBe(1);

    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/the-thao/bai-2")));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(fills("/the-thao/bai-2")).toBe(1);
  });

  it("never keeps the newsroom, APIs, previews, search, sessions, queries, Next's variants or dynamic pages", async () => {
    const cases: [string, Record<string, string>][] = [
      ["/toa-soan/bai-viet", {}],
      ["/api/stories", {}],
      ["/xem-truoc/12", {}],
      ["/tim-kiem", {}],
      ["/dang-nhap", {}],
      ["/thoi-su/co-phien-1", { cookie: "authjs.session-token=abc" }],
      ["/thoi-su/co-phien-2", { cookie: "theme=dark; __Secure-authjs.session-token.0=abc" }],
      ["/thoi-su/xem-thu", { cookie: "__prerender_bypass=1" }],
      ["/thoi-su?trang=2", {}],
      ["/thoi-su/rsc-1", { rsc: "1" }],
      ["/thoi-su/%62ai-5", {}],
      ["/thoi-su/dong-1", {}],
    ];
    for (const [path, headers] of cases) {
      for (let i = 0; i < 3; i++) expect((await get(path, headers)).status).toBe(200);
      expect(fills(path), path).toBe(3);
    }
    // A session cookie on a page others have cached: not answered from the cache either.
    await get("/thoi-su/bai-6");
    expect((await get("/thoi-su/bai-6")).cache).toBe("HIT");
    expect((await get("/thoi-su/bai-6", { cookie: "authjs.session-token=abc" })).cache).toBe("BYPASS");
  });

  it("forgets a page purgeFront names at once, the sitewide pages too, and the rest within the page lifetime", async () => {
    for (const path of ["/thoi-su/bai-3", "/the-thao/bai-4", "/"]) {
      await get(path);
      expect((await get(path)).cache).toBe("HIT");
    }
    edition = 2;
    await purgeFront(["/thoi-su/bai-3"]);
    const named = await get("/thoi-su/bai-3");
    expect(named.cache).toBe("MISS");
    expect(named.body).toContain("edition 2");
    expect((await get("/")).cache).toBe("MISS");

    edition = 3;
    await purgeFront();
    const home = await get("/");
    expect(home.cache).toBe("MISS");
    expect(home.body).toContain("edition 3");
    // Not named: kept until its lifetime ends, then refreshed in the background.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    let body = "";
    for (let tries = 0; tries < 50 && !body.includes("edition 3"); tries++) {
      body = (await get("/the-thao/bai-4")).body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(body).toContain("edition 3");
  });

  it("takes purges only on the purge listener, from allowed addresses", async () => {
    await get("/thoi-su/bai-7");
    // On the public listener PURGE is just a request passed on: the page stays.
    await fetch(`${front.origin}/thoi-su/bai-7`, { method: "PURGE" }).then((r) => r.text());
    expect((await get("/thoi-su/bai-7")).cache).toBe("HIT");
    // From 127.0.0.2 (loopback, but not in the allowed list): refused.
    const refused = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${front.purgeOrigin}/thoi-su/bai-7`, { method: "PURGE", localAddress: "127.0.0.2" }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.end();
    });
    expect(refused).toBe(403);
    expect((await get("/thoi-su/bai-7")).cache).toBe("HIT");
  });

  it("keeps feeds and sitemaps though the app marks them dynamic, and forgets them with a purge", async () => {
    for (const path of ["/rss.xml", "/thoi-su/rss.xml", "/sitemap.xml"]) {
      await get(path);
      expect((await get(path)).cache, path).toBe("HIT");
    }
    await purgeFront(["/thoi-su/rss.xml"]);
    expect((await get("/thoi-su/rss.xml")).cache).toBe("MISS");
    expect((await get("/rss.xml")).cache).toBe("MISS");
  });

  it("keeps hashed assets, with the app's year-long Cache-Control", async () => {
    await get("/_next/static/chunks/app-1234.js");
    const second = await get("/_next/static/chunks/app-1234.js");
    expect(second.cache).toBe("HIT");
    expect(second.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("passes the client's address, scheme and host", async () => {
    await get("/api/ping", { "x-forwarded-for": "203.0.113.9" });
    const headers = upstreams.flatMap((u) => u.seen).find((h) => h[":path"] === "/api/ping")!;
    expect(headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
    expect(headers["x-forwarded-proto"]).toBe("http");
    expect(headers.host).toBe(new URL(front.origin).host.split(":")[0]);
  });

  it("bounds request bodies as the app does, answering 413 in the app's words", async () => {
    const page = await declare("/thoi-su/bai-1", bodyLimits.serverAction + 1);
    expect(page.status).toBe(413);
    expect(JSON.parse(page.body)).toEqual({ error: bodyLimitFor("POST", "/", true).message });
    const photo = await declare("/api/media", bodyLimits.mediaUpload + 1);
    expect(photo.status).toBe(413);
    expect(JSON.parse(photo.body)).toEqual({ error: bodyLimitFor("POST", "/api/media", false).message });
    // Within the bound the upload reaches the app (whose own bound is tighter for most routes).
    const small = await fetch(`${front.origin}/api/media`, { method: "POST", body: Buffer.alloc(bodyLimits.serverAction + 1) });
    expect(small.status).toBe(200);
  });

  it("sends every request of one person's resumable upload to one instance, by session cookie", async () => {
    const upstreamOf = async (path: string, cookie: string) => {
      const response = await fetch(`${front.origin}${path}`, { method: "PATCH", headers: { cookie }, body: Buffer.alloc(bodyLimits.uploadChunk) });
      expect(response.status).toBe(200);
      return response.headers.get("x-upstream");
    };
    const instancesOf = async (token: string) => {
      const cookie = `theme=sang; authjs.session-token=${token}; other=1`;
      const seen = new Set<string | null>();
      // The creation, then pieces of the upload at its own address.
      for (const path of ["/api/media/tai-len", "/api/media/tai-len/abc123", "/api/media/tai-len/abc123", "/api/media/tai-len/def456"])
        seen.add(await upstreamOf(path, cookie));
      return seen;
    };
    const chosen = new Set<string | null>();
    for (let person = 0; person < 12; person++) {
      const seen = await instancesOf(`phien-${person}`);
      expect(seen.size, `person ${person}`).toBe(1);
      chosen.add([...seen][0]!);
    }
    // Different people are spread over both instances.
    expect(chosen).toEqual(new Set(["a", "b"]));
    // HTTPS's cookie name leads to the same instance as the plain one for the same session.
    expect(await instancesOf("phien-3")).toEqual(await instancesOf("phien-3"));
    expect([...(await instancesOf("phien-3"))][0]).toBe(await upstreamOf("/api/media/tai-len/x", "__Secure-authjs.session-token=phien-3"));
  });

  it("answers every request when one instance dies", async () => {
    await upstreams[0]!.close();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await get(`/api/after-${i}`)).status);
    // Reading pages are filled by address (a consistent hash): those of the dead instance too.
    for (let i = 0; i < 10; i++) statuses.push((await get(`/thoi-su/sau-${i}`)).status);
    expect(statuses).toEqual(Array(20).fill(200));
    expect(upstreams[1]!.fills.get("/api/after-9")).toBe(1);
  });
});
