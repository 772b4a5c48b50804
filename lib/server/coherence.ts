// This server as one of several instances on one database: what it does with another instance's
// announcement (lib/cache/bus.ts). A forget is applied as the announcing instance applied it —
// the taken-down list and the old site's addresses read again first (the proxy answers 410 and
// 301 from them), then the caches through this server's loopback route — and a wake lets this
// instance's publication worker look again at what is due. With read replicas, a forget waits
// for them to reach the primary's position that came with it.
import { getDatabase } from "@/db/client";
import { primaryPosition, replicasReached } from "@/db/replicas";
import { reloadOldAddressesIfChanged } from "@/lib/archive/old-addresses";
import { startBus, type Forget } from "@/lib/cache/bus";
import { wakeWorkerHere } from "@/lib/publishing/events";
import { forgetThroughServer } from "@/lib/publishing/revalidate";
import { refreshTakenDown } from "@/lib/publishing/worker";

async function forgetFromElsewhere(forget: Forget, position: string | null): Promise<void> {
  // Readers here may read a replica: it must have the change before a page is rendered anew (if it
  // does not catch up in time, readers here read the primary until it does).
  if (position) await replicasReached(position);
  const { db } = await getDatabase();
  if (forget.kind !== "home") {
    await refreshTakenDown(db);
    await reloadOldAddressesIfChanged(db);
  }
  await forgetThroughServer(forget);
}

/** Joins the other instances on this database, if it is a server (never on the embedded one). */
export async function joinInstances(): Promise<void> {
  const { db, kind } = await getDatabase();
  if (kind !== "postgres") return;
  await startBus(
    {
      onMessage: async ({ forget, wake, position }) => {
        if (wake) wakeWorkerHere();
        if (forget) await forgetFromElsewhere(forget, position ?? null);
      },
      // Announcements may have been missed while the subscription was cut: forget everything.
      onReconnect: async () => forgetFromElsewhere({ kind: "site" }, await primaryPosition(db)),
    },
    { position: () => primaryPosition(db) },
  );
}
