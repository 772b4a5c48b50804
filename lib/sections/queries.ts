// Reads for the admins' section screen: every section (hidden ones too) in menu order, subsections
// under their parent, with how many stories each holds and the old slugs that still redirect.
import { asc, count, sql } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { desks, sections, sectionSlugs, stories } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { publiclyVisible } from "@/lib/stories/public-queries";

export type AdminSection = {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  hidden: boolean;
  /** Every story filed here, drafts included: any of them blocks deletion. */
  storyCount: number;
  /** Those readers can see now. */
  publicCount: number;
  oldSlugs: string[];
  /** The desk that reviews it (Quản trị → Ban): its own, or for a subsection without one its parent's; null: paper-wide. */
  deskName: string | null;
  /** A subsection's desk comes from its parent. */
  deskFollowsParent: boolean;
  children: AdminSection[];
};

export async function listSectionsForAdmin(db: Database, actor: Actor): Promise<AdminSection[]> {
  if (!can(actor, "sections.manage")) throw new PermissionDeniedError();
  const [rows, counts, old, deskRows] = await Promise.all([
    db.select().from(sections).orderBy(asc(sections.position), asc(sections.id)),
    db
      .select({
        sectionId: stories.sectionId,
        total: count(),
        visible: sql<number>`count(*) filter (where ${publiclyVisible()})`.mapWith(Number),
      })
      .from(stories)
      .groupBy(stories.sectionId),
    db.select({ slug: sectionSlugs.slug, sectionId: sectionSlugs.sectionId }).from(sectionSlugs).orderBy(asc(sectionSlugs.createdAt), asc(sectionSlugs.slug)),
    db.select({ id: desks.id, name: desks.name }).from(desks),
  ]);
  const deskName = new Map(deskRows.map((d) => [d.id, d.name]));
  const parentDesk = new Map(rows.map((s) => [s.id, s.deskId]));
  const countOf = new Map(counts.map((c) => [c.sectionId, c]));
  const toAdmin = (s: (typeof rows)[number]): AdminSection => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    parentId: s.parentId,
    hidden: s.hidden,
    storyCount: countOf.get(s.id)?.total ?? 0,
    publicCount: countOf.get(s.id)?.visible ?? 0,
    oldSlugs: old.filter((o) => o.sectionId === s.id).map((o) => o.slug),
    deskName: deskName.get(s.deskId ?? (s.parentId !== null ? (parentDesk.get(s.parentId) ?? -1) : -1)) ?? null,
    deskFollowsParent: s.deskId === null && s.parentId !== null && parentDesk.get(s.parentId) != null,
    children: [],
  });
  const top = rows.filter((s) => s.parentId === null).map(toAdmin);
  const byId = new Map(top.map((s) => [s.id, s]));
  for (const row of rows) {
    if (row.parentId === null) continue;
    const parent = byId.get(row.parentId);
    // Deeper nesting cannot be made here, but older data must never vanish from the admins' view.
    if (parent) parent.children.push(toAdmin(row));
    else top.push(toAdmin(row));
  }
  return top;
}

/** The admins' page reads through this, on the app's own database: pages hold no handle. */
export async function getSectionsForAdmin(actor: Actor): Promise<AdminSection[]> {
  return listSectionsForAdmin(await appDatabase(), actor);
}
