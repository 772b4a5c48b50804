// Reads for the public section pages: which section an address means (current slug, or an old one
// that now redirects), and the section's stories a reader may see, newest first.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sections, sectionSlugs } from "@/db/schema";
import { listStoryPage, type StoryPage } from "@/lib/stories/public-queries";

export type PublicSection = {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  hidden: boolean;
  parent: { id: number; slug: string; name: string; hidden: boolean } | null;
};

/** A section readers must not find: hidden itself, or under a hidden parent. */
export function isSectionHidden(section: Pick<PublicSection, "hidden" | "parent">): boolean {
  return section.hidden || (section.parent?.hidden ?? false);
}

export type ResolvedSection = {
  section: PublicSection;
  /** Set when `slug` is not the section's address: an old slug or another spelling. The path to answer 301 with. */
  redirectTo?: string;
};

const sectionColumns = {
  id: sections.id,
  slug: sections.slug,
  name: sections.name,
  description: sections.description,
  parentId: sections.parentId,
  hidden: sections.hidden,
};

/**
 * The section a first URL segment names: its current slug, or an old one kept by a rename or a
 * merge (then `redirectTo` is the current address). Null when nothing answers to it.
 * Hidden sections are returned too; the page decides (404), so an old slug of a hidden section
 * does not redirect to a page that then 404s.
 */
export async function resolveSectionSlug(db: Database, slug: string): Promise<ResolvedSection | null> {
  // Slugs are stored lowercase ASCII; "/The-Thao" is the same section, answered by a redirect.
  const key = slug.normalize("NFC").toLowerCase();
  let [row] = await db.select(sectionColumns).from(sections).where(eq(sections.slug, key)).limit(1);
  if (!row) {
    [row] = await db
      .select(sectionColumns)
      .from(sectionSlugs)
      .innerJoin(sections, eq(sections.id, sectionSlugs.sectionId))
      .where(eq(sectionSlugs.slug, key))
      .limit(1);
  }
  if (!row) return null;
  const [parent] =
    row.parentId === null
      ? []
      : await db
          .select({ id: sections.id, slug: sections.slug, name: sections.name, hidden: sections.hidden })
          .from(sections)
          .where(eq(sections.id, row.parentId));
  const section: PublicSection = { ...row, parent: parent ?? null };
  return row.slug === slug ? { section } : { section, redirectTo: `/${row.slug}` };
}

/** The subsections a reader may open, in the admins' order. */
export async function listVisibleSubsections(db: Database, sectionId: number): Promise<{ id: number; slug: string; name: string }[]> {
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .where(and(eq(sections.parentId, sectionId), eq(sections.hidden, false)))
    .orderBy(asc(sections.position), asc(sections.id));
}

export type SectionStoryPage = StoryPage;

/**
 * One page of the stories readers see in a section, newest first: its own and those of its
 * visible subsections. Visibility is the same SQL filter as everywhere on the public site.
 */
export async function listSectionStories(
  db: Database,
  sectionId: number,
  { page = 1, perPage = 20 }: { page?: number; perPage?: number } = {},
): Promise<SectionStoryPage> {
  const children = await listVisibleSubsections(db, sectionId);
  return listStoryPage(db, { sectionIds: [sectionId, ...children.map((c) => c.id)] }, { page, perPage });
}

/** The site's menu: visible top-level sections in the admins' order. */
export async function listNavSections(db: Database): Promise<{ id: number; slug: string; name: string }[]> {
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .where(and(isNull(sections.parentId), eq(sections.hidden, false)))
    .orderBy(asc(sections.position), asc(sections.id));
}
