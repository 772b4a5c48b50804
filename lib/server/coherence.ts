// This server as one of several instances on one database: what it does with another instance's
// announcement (lib/cache/bus.ts). A forget is applied as the announcing instance applied it —
// the taken-down list and the old site's addresses read again first (the proxy answers 410 and
// 301 from them), then the caches through this server's loopback route — and a wake lets this
// instance's publication worker look again at what is due.
import { sql } from "drizzle-orm";
import { getDatabase, rowsOf, type Database } from "@/db/client";
import { reloadOldAddressesIfChanged } from "@/lib/archive/old-addresses";
import { startBus, type Forget } from "@/lib/cache/bus";
import { wakeWorkerHere } from "@/lib/publishing/events";
import { forgetThroughServer } from "@/lib/publishing/revalidate";
import { refreshTakenDown } from "@/lib/publishing/worker";

async function forgetFromElsewhere(forget: Forget): Promise<void> {
  const { db } = await getDatabase();
  if (forget.kind !== "home") {
    await refreshTakenDown(db);
    await reloadOldAddressesIfChanged(db);
  }
  await forgetThroughServer(forget);
}

/** The primary's write-ahead log position now (PostgreSQL only). */
async function primaryPosition(db: Database): Promise<string | null> {
  const [row] = rowsOf<{ position: string }>(await db.execute(sql`select pg_current_wal_lsn()::text as position`));
  return row?.position ?? null;
}

/** Joins the other instances on this database, if it is a server (never on the embedded one). */
export async function joinInstances(): Promise<void> {
  const { db, kind } = await getDatabase();
  if (kind !== "postgres") return;
  await startBus(
    {
      onMessage: async ({ forget, wake }) => {
        if (wake) wakeWorkerHere();
        if (forget) await forgetFromElsewhere(forget);
      },
      // Announcements may have been missed while the subscription was cut: forget everything.
      onReconnect: () => forgetFromElsewhere({ kind: "site" }),
    },
    { position: () => primaryPosition(db) },
  );
}
