import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { publicRoute } from "@/lib/actions/route";

export const dynamic = "force-dynamic";

// 200 once the database is open and migrated; 503 while it is not (or is held by another process).
export const GET = publicRoute("the supervisor and load balancers ask it", {}, async () => {
  try {
    const { db, kind } = await getDatabase();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: kind });
  } catch (error) {
    console.error("health:", error);
    return NextResponse.json({ status: "unavailable" }, { status: 503 });
  }
});
