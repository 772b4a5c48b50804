import { route } from "@/lib/actions/route";
import { workerStatus } from "@/lib/publishing/worker";
import { queueFilterSchema, searchQueue } from "@/lib/stories/newsroom-queries";

export const dynamic = "force-dynamic";

// The desk's queue, polled every few seconds so editors see each other's claims.
export const GET = route("queue.view", { query: queueFilterSchema }, async ({ db, actor, query }) => {
  const [queue, worker] = await Promise.all([searchQueue(db, actor, query), workerStatus(db)]);
  return { ...queue, worker };
});
