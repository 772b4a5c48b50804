// Reads of the newsroom's people, for the admin's screens. Take the actor first and ask the policy.
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { roles, users, type Grant, type Role, twoFactor } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { foldForSearch } from "@/lib/text/fold";

const collator = new Intl.Collator("vi");

export const userStates = ["active", "locked"] as const;
export type UserState = (typeof userStates)[number];

export type UserFilters = {
  /** Words that must all appear in the name, pen name or e-mail; accents and case do not matter. */
  q?: string;
  role?: Role;
  state?: UserState;
};

export type UserListItem = {
  id: number;
  email: string;
  name: string;
  penName: string;
  role: Role;
  active: boolean;
  /** False until the person has used their invitation link. */
  hasPassword: boolean;
  /** Signs in with an authenticator app (lib/auth/two-factor.ts). */
  hasTwoFactor: boolean;
  /** Quyền thêm: royalty verbs given beside the role. */
  grants: Grant[];
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export async function listUsers(db: Database, actor: Actor, filters: UserFilters = {}): Promise<UserListItem[]> {
  if (!can(actor, "users.manage")) throw new PermissionDeniedError();
  const conditions: SQL[] = [];
  if (filters.role) conditions.push(eq(users.role, filters.role));
  if (filters.state) conditions.push(eq(users.active, filters.state === "active"));
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      penName: users.penName,
      role: users.role,
      active: users.active,
      grants: users.grants,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      hasTwoFactor: sql<boolean>`exists (select 1 from ${twoFactor} where ${twoFactor.userId} = ${users.id} and ${twoFactor.enabledAt} is not null)`,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.id));
  // A newsroom has tens to a few hundred people: searching with the one folding function here keeps
  // "phuong dung" meeting "Lê Phương Dung" and "PHƯƠNG DUNG" exactly as the story search does.
  const words = foldForSearch(filters.q ?? "")
    .split(" ")
    .filter(Boolean);
  const found = words.length
    ? rows.filter((row) => {
        const haystack = foldForSearch(`${row.name} ${row.penName} ${row.email}`);
        return words.every((word) => haystack.includes(word));
      })
    : rows;
  // Vietnamese order in JS: PGlite has no Vietnamese collation.
  return found.sort((a, b) => collator.compare(a.name, b.name));
}

/** The admin's people page reads through this, on the app's own database: pages hold no handle. */
export async function getUsers(actor: Actor, filters: UserFilters = {}): Promise<UserListItem[]> {
  return listUsers(await appDatabase(), actor, filters);
}
