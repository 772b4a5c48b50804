// The server's loopback routes answer only the key derived from its auth secret: the worker's
// refresh and the memory split the benchmark reads (what a process holds is nobody's business).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const header = "x-toasoan-internal-key";
/** The e2e server generated its secret in its data directory (lib/env.ts authSecret). */
const key = () =>
  crypto
    .createHmac("sha256", fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "auth-secret"), "utf8").trim())
    .update("toa-soan:revalidate")
    .digest("base64url");

test("the memory split answers the server's key only", async ({ request }) => {
  const wrong = key().replace(/^./, (c) => (c === "A" ? "B" : "A"));
  const refusedHeaders: Record<string, string>[] = [{}, { [header]: "" }, { [header]: wrong }];
  for (const headers of refusedHeaders) {
    const refused = await request.get("/api/internal/memory", { headers });
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    expect(await refused.text()).not.toContain("rssMb");
  }
  const answer = await request.get("/api/internal/memory", { headers: { [header]: key() } });
  expect(answer.status()).toBe(200);
  const split = (await answer.json()) as { rssMb: number; heapUsedMb: number; databaseWasmMb: number; pageCache: { pages: number } };
  expect(split.rssMb).toBeGreaterThan(split.heapUsedMb);
  // The e2e server runs on the embedded database, whose WebAssembly memory is counted.
  expect(split.databaseWasmMb).toBeGreaterThan(0);
  expect(split.pageCache.pages).toBeGreaterThanOrEqual(0);
});

test("the worker's refresh route refuses a request without its key", async ({ request }) => {
  const refused = await request.post("/api/internal/revalidate", { data: { forget: { kind: "site" } } });
  expect(refused.status()).toBe(403);
});
