import { NextResponse } from "next/server";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/policy/policy";
import { countQueue } from "@/lib/stories/newsroom-queries";

export const dynamic = "force-dynamic";

// Counts per state for the desk, polled by the queue screen.
export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!can(actor, "queue.view")) return NextResponse.json({ error: "Bạn không có quyền xem hàng đợi." }, { status: 403 });
  return NextResponse.json(await countQueue(await db(), actor), { headers: { "Cache-Control": "no-store" } });
}
