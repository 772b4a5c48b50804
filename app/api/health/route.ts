import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { publicRoute } from "@/lib/actions/route";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

// 200 once the database is open and migrated; 503 while it is not (or is held by another process).
// Also how often the supervisor had to start this server again, and why it last did.
const supervised = () => ({ pid: process.pid, restarts: env().TOASOAN_RESTARTS, lastExit: env().TOASOAN_LAST_EXIT ?? null });

export const GET = publicRoute("the supervisor and load balancers ask it", {}, async () => {
  try {
    const { db, kind } = await getDatabase();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: kind, server: supervised() });
  } catch (error) {
    console.error("health:", error);
    return NextResponse.json({ status: "unavailable", server: supervised() }, { status: 503 });
  }
});
