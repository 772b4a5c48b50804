import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/policy/policy";
import { workerStatus } from "@/lib/publishing/worker";
import { queueFilterSchema, searchQueue } from "@/lib/stories/newsroom-queries";

export const dynamic = "force-dynamic";

// The desk's queue, polled every few seconds so editors see each other's claims.
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!can(actor, "queue.view")) return NextResponse.json({ error: "Bạn không có quyền xem hàng đợi." }, { status: 403 });
  const filter = queueFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const database = await db();
  const [queue, worker] = await Promise.all([searchQueue(database, actor, filter), workerStatus(database)]);
  return NextResponse.json({ ...queue, worker }, { headers: { "Cache-Control": "no-store" } });
}
