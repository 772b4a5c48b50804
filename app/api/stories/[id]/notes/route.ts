import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { listStoryNotes } from "@/lib/notes/queries";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().regex(/^\d{1,9}$/).transform(Number) });

// The Ghi chú thread, polled by the story screen. A story the actor may not see answers 404,
// exactly like one that does not exist.
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  const parsed = params.safeParse(await context.params);
  const notFound = NextResponse.json({ error: "Không tìm thấy bài viết." }, { status: 404 });
  if (!parsed.success) return notFound;
  const notes = await listStoryNotes(await db(), actor, parsed.data.id);
  if (!notes) return notFound;
  return NextResponse.json({ notes }, { headers: { "Cache-Control": "no-store" } });
}
