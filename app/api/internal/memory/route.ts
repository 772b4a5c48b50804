// The server's memory split (lib/server/memory.ts), for the benchmark's scripted day. Signed with
// the worker's key: what a process holds is nobody else's business.
import { publicRoute, RouteError } from "@/lib/actions/route";
import { phrase } from "@/lib/i18n/phrase";
import { internalKeyHeader, isInternalKey } from "@/lib/publishing/revalidate";
import { memorySplit } from "@/lib/server/memory";

export const dynamic = "force-dynamic";

export const GET = publicRoute("the benchmark's loopback call, authorised by the worker's key", {}, async ({ request }) => {
  if (!isInternalKey(request.headers.get(internalKeyHeader))) throw new RouteError(phrase("refusals.forbiddenShort"), "forbidden");
  return memorySplit();
});
