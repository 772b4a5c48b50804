// purgeFront's promises to its callers: configured by FRONT_PURGE_URL (checked at boot), it asks
// every front for the named and sitewide pages, and never throws, whatever the fronts do. What
// nginx does with the purges is deploy/nginx/nginx.test.ts.
import http from "node:http";
import type net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { env, resetEnv } from "@/lib/env";
import { purgeFront } from "./front-purge";
import { sitewidePaths } from "./paths";

afterEach(() => {
  delete process.env.FRONT_PURGE_URL;
  resetEnv();
  vi.restoreAllMocks();
});

function setFronts(value: string) {
  process.env.FRONT_PURGE_URL = value;
  resetEnv();
}

/** A front that records purges and answers with `status`, or never answers when status is null. */
async function fakeFront(status: number | null) {
  const purged: string[] = [];
  const server = http.createServer((request, response) => {
    purged.push(`${request.method} ${request.url}`);
    if (status !== null) response.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}`, purged, close: () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve))) };
}

describe("FRONT_PURGE_URL", () => {
  it("takes base URLs, comma-separated, and refuses a path", () => {
    setFronts(" http://10.0.0.10:8081/ , https://front.example ");
    expect(env().FRONT_PURGE_URL).toEqual(["http://10.0.0.10:8081", "https://front.example"]);
    setFronts("http://10.0.0.10:8081/purge");
    expect(() => env()).toThrow(/FRONT_PURGE_URL/);
  });
});

describe("purgeFront", () => {
  it("purges the named pages and the sitewide ones at every front", async () => {
    const fronts = [await fakeFront(200), await fakeFront(404)];
    setFronts(fronts.map((f) => f.url).join(","));
    await purgeFront(["/thoi-su/bai-1", "/"]);
    for (const front of fronts) expect(front.purged.sort()).toEqual([...new Set(["/thoi-su/bai-1", ...sitewidePaths])].map((p) => `PURGE ${p}`).sort());
    await Promise.all(fronts.map((f) => f.close()));
  });

  it("never throws: a front that is down, refuses or does not answer is logged and the caller carries on", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const refusing = await fakeFront(403);
    const silent = await fakeFront(null);
    setFronts(`http://127.0.0.1:1,${refusing.url},${silent.url}`);
    await expect(purgeFront(["/thoi-su/bai-1"])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/403/);
    await Promise.all([refusing.close(), silent.close()]);
  });

  it("does nothing without fronts", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    await purgeFront(["/"]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
