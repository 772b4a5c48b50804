// Sessions as rows: each sign-in is one, named by the token; a request reads it with its person in
// one primary-key lookup, and writes "last seen" at most every few minutes. Ending a session (or
// all of a person's) makes the token worthless at once. With read replicas this is always read
// from the primary: an ended session must never look alive.
import crypto from "node:crypto";
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions, users, type Grant, type Role, type SessionEndReason } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { deskReachOf } from "@/lib/desks/reach";
import type { DeskReach } from "@/lib/policy/policy";

/** What a session token says about its holder, re-read with the session on every request. */
export type SessionClaims = {
  sub: string;
  role: Role;
  grants: Grant[];
  desks: DeskReach;
  name: string;
  penName: string;
  locale: Locale;
  mustEnrol: boolean;
};

/** How stale "last seen" may get before a request writes it again. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;

export async function startSession(
  db: Database,
  { userId, userAgent, address, mustEnrol = false }: { userId: number; userAgent: string; address: string; mustEnrol?: boolean },
): Promise<string> {
  const id = crypto.randomBytes(24).toString("base64url");
  await db.insert(sessions).values({ id, userId, userAgent: userAgent.slice(0, 400), address: address.slice(0, 100), mustEnrol });
  return id;
}

/** What the token's holder may be taken for, or null when the session ended or the account is locked or gone. */
export async function sessionClaims(db: Database, sessionId: string, now = new Date()): Promise<(SessionClaims & { sid: string }) | null> {
  if (typeof sessionId !== "string" || sessionId.length > 64) return null;
  const [row] = await db
    .select({
      userId: users.id,
      role: users.role,
      grants: users.grants,
      active: users.active,
      name: users.name,
      penName: users.penName,
      locale: users.locale,
      endedAt: sessions.endedAt,
      lastSeenAt: sessions.lastSeenAt,
      mustEnrol: sessions.mustEnrol,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  if (!row || row.endedAt || !row.active) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
  }
  return {
    sid: sessionId,
    sub: String(row.userId),
    role: row.role,
    grants: row.grants,
    desks: await deskReachOf(db, row.userId),
    name: row.name,
    penName: row.penName,
    locale: row.locale,
    mustEnrol: row.mustEnrol,
  };
}

export async function endSession(db: Database, sessionId: string, reason: SessionEndReason): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
}

/** Ends every open session of a person, or every one but `except` (Đăng xuất khỏi thiết bị khác); returns how many. */
export async function endSessionsOf(db: Database, userId: number, reason: SessionEndReason, except?: string): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), except ? ne(sessions.id, except) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

export type OpenSession = { id: string; userAgent: string; address: string; createdAt: Date; lastSeenAt: Date; current: boolean };

/** A person's open sessions for Hồ sơ, most recently seen first. */
export async function listOpenSessions(db: Database, userId: number, currentId: string | undefined): Promise<OpenSession[]> {
  const rows = await db
    .select({ id: sessions.id, userAgent: sessions.userAgent, address: sessions.address, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(50);
  return rows.map((row) => ({ ...row, current: row.id === currentId }));
}
