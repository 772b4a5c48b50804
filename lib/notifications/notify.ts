// Writing notifications, in the caller's transaction so a story's move and the news of it commit
// together. Nobody is told about their own action.
import type { Database } from "@/db/client";
import { notifications, type NotificationKind } from "@/db/schema";

export async function notify(
  tx: Database,
  { userIds, actorId, storyId, kind, message }: { userIds: readonly number[]; actorId: number | null; storyId: number | null; kind: NotificationKind; message: string },
): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== actorId);
  if (recipients.length === 0) return;
  await tx.insert(notifications).values(recipients.map((userId) => ({ userId, actorId, storyId, kind, message })));
}
