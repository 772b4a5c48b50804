// Called only by this server's publication worker (lib/publishing/revalidate.ts), with a key
// derived from the auth secret: no person's permission applies, so the key is the whole check.
import { revalidatePath, revalidateTag } from "next/cache";
import { z } from "zod";
import { listingRoutes } from "@/lib/publishing/paths";
import { forgetPublicAnswers } from "@/lib/publishing/public-answers";
import { internalKeyHeader, isInternalKey } from "@/lib/publishing/revalidate";

const requestSchema = z.object({
  paths: z.array(z.string().startsWith("/").max(1000)).max(1000),
  tags: z.array(z.string().min(1).max(100)).max(20),
});

export async function POST(request: Request) {
  if (!isInternalKey(request.headers.get(internalKeyHeader))) return Response.json({ error: "Không có quyền." }, { status: 403 });
  const parsed = requestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Dữ liệu không hợp lệ." }, { status: 400 });
  for (const path of parsed.data.paths) revalidatePath(path);
  if (parsed.data.paths.length) for (const route of listingRoutes) revalidatePath(route, "page");
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  forgetPublicAnswers(parsed.data.paths.length ? parsed.data.paths : undefined);
  return Response.json({ ok: true, paths: parsed.data.paths.length });
}
