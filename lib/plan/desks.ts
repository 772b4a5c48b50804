// The desk a topic belongs to and the heads who lead it: a section's desk, or its parent's for a
// subsection without one (as lib/desks/reach.ts decides who reviews it), and the desk members
// flagged as heads, who are told of what happens in their desk's plan.
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { deskMembers, sections } from "@/db/schema";

/** The desk of a section (its own, else its parent's); null when neither has one. */
export async function deskOfSection(db: Database, sectionId: number | null): Promise<number | null> {
  if (sectionId === null) return null;
  const parent = alias(sections, "parent");
  const [row] = await db
    .select({ own: sections.deskId, parents: parent.deskId })
    .from(sections)
    .leftJoin(parent, eq(parent.id, sections.parentId))
    .where(eq(sections.id, sectionId));
  return row?.own ?? row?.parents ?? null;
}

/** The heads of a desk (none for a topic on no desk). */
export async function deskHeads(db: Database, deskId: number | null): Promise<number[]> {
  if (deskId === null) return [];
  const rows = await db
    .select({ userId: deskMembers.userId })
    .from(deskMembers)
    .where(and(eq(deskMembers.deskId, deskId), eq(deskMembers.head, true)));
  return rows.map((r) => r.userId);
}
