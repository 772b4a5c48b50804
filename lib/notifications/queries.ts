// The bell's reads: how many unread notifications the signed-in person has, and their latest.
// Always the actor's own: there is no way to ask for someone else's.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notifications, type NotificationKind } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";

export const NOTIFICATION_LIST_SIZE = 30;

export type NotificationItem = {
  id: number;
  kind: NotificationKind;
  message: string;
  storyId: number | null;
  /** Where a notification about no story leads (a proposal, an assignment). */
  link: string | null;
  at: string;
  read: boolean;
};

export type NotificationSummary = { unread: number; items: NotificationItem[] };

function ensureNewsroom(actor: Actor) {
  if (!can(actor, "newsroom.enter")) throw new PermissionDeniedError();
}

export async function countUnreadNotifications(db: Database, actor: Actor): Promise<number> {
  ensureNewsroom(actor);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(db: Database, actor: Actor, limit = NOTIFICATION_LIST_SIZE): Promise<NotificationItem[]> {
  ensureNewsroom(actor);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      message: notifications.message,
      storyId: notifications.storyId,
      link: notifications.link,
      at: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ at, readAt, ...item }) => ({ ...item, at: at.toISOString(), read: readAt !== null }));
}

export async function getNotificationSummary(db: Database, actor: Actor): Promise<NotificationSummary> {
  const [unread, items] = await Promise.all([countUnreadNotifications(db, actor), listNotifications(db, actor)]);
  return { unread, items };
}
