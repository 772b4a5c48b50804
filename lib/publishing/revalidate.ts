// Next refreshes cached pages only from inside a request, and the worker runs beside requests,
// so it asks the server to do it through a loopback route signed with a key derived from the
// auth secret. The key never leaves the process; the route refuses anything else.
import crypto from "node:crypto";
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

export const revalidateThroughServer: Revalidate = async ({ paths, tags }) => {
  const response = await fetch(`${ownOrigin()}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", [internalKeyHeader]: internalKey() },
    body: JSON.stringify({ paths, tags }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Làm mới trang thất bại: HTTP ${response.status}`);
};
