import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";

const collator = new Intl.Collator("vi");

export async function listUsers(db: Database, actor: Actor) {
  if (!can(actor, "users.manage")) throw new PermissionDeniedError();
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, penName: users.penName, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.id));
  // Vietnamese order in JS: PGlite has no Vietnamese collation.
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
