// Which section a feed address names, answered from the section directory in memory, with the
// same rules as the section page (lib/sections/public-queries.ts): an old or differently spelled
// slug redirects, a hidden section (or one under a hidden parent) is not found, and a parent's
// feed carries its visible subsections' stories too.
import type { DirectorySection, SectionDirectory } from "./queries";

export type FeedSection =
  | { kind: "missing" }
  | { kind: "redirect"; slug: string }
  | { kind: "section"; section: DirectorySection; parent: DirectorySection | null; sectionIds: number[] };

export function resolveFeedSection(directory: SectionDirectory, slug: string): FeedSection {
  const key = slug.normalize("NFC").toLowerCase();
  const byId = new Map(directory.sections.map((s) => [s.id, s]));
  const section = directory.sections.find((s) => s.slug === key) ?? byId.get(directory.oldSlugs.find((o) => o.slug === key)?.sectionId ?? -1);
  if (!section) return { kind: "missing" };
  const parent = section.parentId === null ? null : (byId.get(section.parentId) ?? null);
  if (section.hidden || parent?.hidden) return { kind: "missing" };
  if (section.slug !== slug) return { kind: "redirect", slug: section.slug };
  const children = section.parentId === null ? directory.sections.filter((s) => s.parentId === section.id && !s.hidden) : [];
  return { kind: "section", section, parent, sectionIds: [section.id, ...children.map((c) => c.id)] };
}

/** Sections a reader can open, for the sitemap. */
export function visibleSections(directory: SectionDirectory): DirectorySection[] {
  const byId = new Map(directory.sections.map((s) => [s.id, s]));
  return directory.sections.filter((s) => !s.hidden && !(s.parentId !== null && byId.get(s.parentId)?.hidden));
}
