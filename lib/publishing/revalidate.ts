// Next refreshes cached pages only from inside a request, and the worker and the bus run beside
// requests, so they ask the server to do it through a loopback route signed with a key derived
// from the auth secret. The key never leaves the server; the route refuses anything else.
import crypto from "node:crypto";
import { announce, type Forget } from "@/lib/cache/bus";
import { authSecret } from "@/lib/env";
import type { Revalidate } from "./worker";

export const internalKeyHeader = "x-toasoan-internal-key";

export function internalKey(): string {
  return crypto.createHmac("sha256", authSecret()).update("toa-soan:revalidate").digest("base64url");
}

export function isInternalKey(given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(internalKey());
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/** Where this server reaches itself: the loopback at its own port unless INTERNAL_ORIGIN says otherwise. */
export function ownOrigin(): string {
  return process.env.INTERNAL_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/** Applies a forget in this server (lib/cache/refresh.ts forgetHere) from outside a request. */
export async function forgetThroughServer(forget: Forget): Promise<void> {
  const response = await fetch(`${ownOrigin()}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", [internalKeyHeader]: internalKey() },
    body: JSON.stringify({ forget }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Làm mới trang thất bại: HTTP ${response.status}`);
}

/** The worker's refresh: this server, then every other instance (a failure retries the event). */
export const revalidateThroughServer: Revalidate = async ({ paths, tags }) => {
  const forget: Forget = { kind: "stories", paths, tags };
  await forgetThroughServer(forget);
  await announce({ forget }, { strict: true });
};
