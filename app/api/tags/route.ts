import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/policy/policy";
import { suggestTags } from "@/lib/stories/editor-queries";

const query = z.object({ q: z.string().max(80).default("") });

// Type-ahead for the Thẻ field.
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!can(actor, "story.create")) return NextResponse.json({ error: "Bạn không có quyền." }, { status: 403 });
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Từ khóa không hợp lệ." }, { status: 400 });
  return NextResponse.json(await suggestTags(await db(), actor, parsed.data.q), { headers: { "Cache-Control": "no-store" } });
}
