// PLACEHOLDER until the redirect work lands (branch wt-redirect replaces this file).
import type { Database } from "@/db/client";
import { oldAddresses } from "@/db/schema";

export function normalizeOldAddress(input: string): { address: string; oldId: string | null } | null {
  const url = URL.parse(input, "http://old.invalid");
  if (!url) return null;
  const path = decodeURIComponent(url.pathname)
    .toLowerCase()
    .replace(/\/+$/, "")
    .replace(/\.(html?|shtml|php|aspx)$/, "");
  return { address: path || "/", oldId: /(\d{4,})$/.exec(path)?.[1] ?? null };
}

export async function recordOldAddress(
  tx: Database,
  storyId: number,
  oldUrl: string,
): Promise<{ recorded: true } | { recorded: false; reason: "live-address" | "taken" | "invalid" }> {
  const old = normalizeOldAddress(oldUrl);
  if (!old) return { recorded: false, reason: "invalid" };
  const [row] = await tx.insert(oldAddresses).values({ address: old.address, storyId, oldId: old.oldId }).onConflictDoNothing().returning();
  return row ? { recorded: true } : { recorded: false, reason: "taken" };
}
