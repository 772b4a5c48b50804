// What a session token says about its holder, re-read from the database on every request so that a
// role change or a lock takes effect on that person's next request, not at token expiry.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users, type Role } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

export type SessionClaims = { sub: string; role: Role; name: string; penName: string; locale: Locale };

/** The current claims for account `id`, or null when it no longer exists or is locked. */
export async function currentClaims(db: Database, id: number): Promise<SessionClaims | null> {
  if (!Number.isInteger(id)) return null;
  const [row] = await db
    .select({ role: users.role, active: users.active, name: users.name, penName: users.penName, locale: users.locale })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row?.active) return null;
  return { sub: String(id), role: row.role, name: row.name, penName: row.penName, locale: row.locale };
}
