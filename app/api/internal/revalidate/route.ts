// Called only by this server itself (lib/publishing/revalidate.ts): its publication worker, and
// the bus applying another instance's forget. Authorised by a key derived from the auth secret:
// no person's permission applies, so the key is the whole check.
import { z } from "zod";
import { publicRoute, RouteError } from "@/lib/actions/route";
import { forgetHere } from "@/lib/cache/refresh";
import { internalKeyHeader, isInternalKey } from "@/lib/publishing/revalidate";
import { readBoundedText } from "@/lib/http/bounded-body";
import { phrase } from "@/lib/i18n/phrase";

const requestSchema = z.object({
  forget: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("site") }),
    z.object({ kind: z.literal("home") }),
    z.object({
      kind: z.literal("stories"),
      paths: z.array(z.string().startsWith("/").max(1000)).max(1000),
      tags: z.array(z.string().min(1).max(100)).max(20),
    }),
  ]),
});

export const POST = publicRoute("the worker's loopback call, authorised by its key", {}, async ({ request }) => {
  if (!isInternalKey(request.headers.get(internalKeyHeader))) throw new RouteError(phrase("refusals.forbiddenShort"), "forbidden");
  const parsed = requestSchema.safeParse(
    await readBoundedText(request, 1024 * 1024)
      .then(JSON.parse)
      .catch(() => null),
  );
  if (!parsed.success) throw new RouteError(phrase("validation.invalid"), "invalid");
  forgetHere(parsed.data.forget);
  return { ok: true };
});
