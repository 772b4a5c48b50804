import { NextResponse } from "next/server";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/policy/policy";
import { getNotificationSummary } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

// The bell's data for the signed-in person: the unread count and the latest notifications.
export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!can(actor, "newsroom.enter")) return NextResponse.json({ error: "Bạn không có quyền vào tòa soạn." }, { status: 403 });
  return NextResponse.json(await getNotificationSummary(await db(), actor), { headers: { "Cache-Control": "no-store" } });
}
