// Reads of one's own profile (Hồ sơ). Only ever the actor's own row: there is no id to pass.
import { eq } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { media, users, type MediaVariant, type Role } from "@/db/schema";
import { listOpenSessions, type OpenSession } from "@/lib/auth/sessions";
import { twoFactorState, type TwoFactorState } from "@/lib/auth/two-factor";
import { mediaUrl } from "@/lib/media/storage";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";

export type ProfileAvatar = { id: number; url: string; alt: string };

export type Profile = {
  id: number;
  email: string;
  name: string;
  penName: string;
  role: Role;
  avatar: ProfileAvatar | null;
};

/** The smallest variant still sharp at 96 CSS pixels on a 2× screen; avatars are shown small. */
export function avatarVariant(variants: readonly MediaVariant[]): MediaVariant | undefined {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  return sorted.find((v) => v.width >= 192) ?? sorted.at(-1);
}

export async function avatarOf(db: Database, mediaId: number | null): Promise<ProfileAvatar | null> {
  if (mediaId === null) return null;
  const [row] = await db
    .select({ id: media.id, storageKey: media.storageKey, variants: media.variants, alt: media.alt, caption: media.caption })
    .from(media)
    .where(eq(media.id, mediaId))
    .limit(1);
  if (!row) return null;
  return { id: row.id, url: mediaUrl(avatarVariant(row.variants)?.key ?? row.storageKey), alt: row.alt || row.caption };
}

/** The Hồ sơ page reads through this, on the app's own database: pages hold no handle. */
export async function getOwnProfile(actor: Actor | null): Promise<Profile> {
  return getProfile(await appDatabase(), actor);
}

export async function getProfile(db: Database, actor: Actor | null): Promise<Profile> {
  if (!actor || !can(actor, "profile.edit")) throw new PermissionDeniedError();
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, penName: users.penName, role: users.role, avatarMediaId: users.avatarMediaId })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  if (!row) throw new PermissionDeniedError();
  const { avatarMediaId, ...rest } = row;
  return { ...rest, avatar: await avatarOf(db, avatarMediaId) };
}

/** The actor's open sessions (device, address, last seen), theirs only; the current one marked. */
export async function listMySessions(db: Database, actor: Actor | null): Promise<OpenSession[]> {
  if (!actor || !can(actor, "profile.edit")) throw new PermissionDeniedError();
  return listOpenSessions(db, actor.id, actor.sessionId);
}

/** Whether the actor has two-factor sign-in on (Hồ sơ, the enrolment page). */
export async function getMyTwoFactorState(actor: Actor): Promise<TwoFactorState> {
  if (!can(actor, "profile.edit")) throw new PermissionDeniedError();
  return twoFactorState(await appDatabase(), actor.id);
}

/** Hồ sơ's sessions list, for the page. */
export async function getMySessions(actor: Actor): Promise<OpenSession[]> {
  return listMySessions(await appDatabase(), actor);
}
