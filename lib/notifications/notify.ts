// Writing notifications, in the caller's transaction so a story's move and the news of it commit
// together. Nobody is told about their own action. A notification is written as a Phrase and said
// in each recipient's own language (users.locale), once, when it is written: the bell shows it as
// it was said.
import type { Database } from "@/db/client";
import { notifications, type NotificationKind } from "@/db/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { say, type Phrase } from "@/lib/i18n/phrase";
import { userLocales } from "@/lib/users/locale";

export async function notify(
  tx: Database,
  {
    userIds,
    actorId,
    storyId,
    link = null,
    kind,
    message,
  }: {
    userIds: readonly number[];
    actorId: number | null;
    storyId: number | null;
    /** Where a notification about no story leads (a proposal's or an assignment's page). */
    link?: string | null;
    kind: NotificationKind;
    message: Phrase | string;
  },
): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== actorId);
  if (recipients.length === 0) return;
  const locales = typeof message === "string" ? new Map<number, Locale>() : await userLocales(tx, recipients);
  await tx
    .insert(notifications)
    .values(recipients.map((userId) => ({ userId, actorId, storyId, link, kind, message: say(locales.get(userId) ?? defaultLocale, message) })));
}
