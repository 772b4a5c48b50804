// What a person's desk membership gives them, read with their session on every request (so a
// change in Quản trị → Ban takes effect without signing out): the desks, those they lead, and the
// sections those desks review. A subsection without a desk of its own follows its parent's.
import { eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { deskMembers, sections } from "@/db/schema";
import type { DeskReach } from "@/lib/policy/policy";

export const noDesks: DeskReach = { memberOf: [], headOf: [], sectionIds: [] };

export async function deskReachOf(db: Database, userId: number): Promise<DeskReach> {
  const rows = await db.select({ deskId: deskMembers.deskId, head: deskMembers.head }).from(deskMembers).where(eq(deskMembers.userId, userId));
  if (rows.length === 0) return noDesks;
  const memberOf = rows.map((r) => r.deskId).sort((a, b) => a - b);
  return { memberOf, headOf: rows.filter((r) => r.head).map((r) => r.deskId), sectionIds: await sectionIdsOfDesks(db, memberOf) };
}

/** A section's parent, joined as `leftJoin(sectionParent, eq(sectionParent.id, sections.parentId))` for `reviewingDesk`. */
export const sectionParent = alias(sections, "parent");
const parent = sectionParent;

/** The desk that reviews a section: its own, else (a subsection without one) its parent's. */
export const reviewingDesk = sql<number | null>`coalesce(${sections.deskId}, ${parent.deskId})`;

/** The sections these desks review: their own and the subsections without a desk that follow them. */
export async function sectionIdsOfDesks(db: Database, deskIds: readonly number[]): Promise<number[]> {
  if (deskIds.length === 0) return [];
  const rows = await db
    .select({ id: sections.id })
    .from(sections)
    .leftJoin(parent, eq(parent.id, sections.parentId))
    .where(inArray(reviewingDesk, [...deskIds]));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
