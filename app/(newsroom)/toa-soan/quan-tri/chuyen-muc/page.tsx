import type { Metadata } from "next";
import type { ParentChoice } from "@/components/newsroom/section-fields";
import { SectionsCreateForm } from "@/components/newsroom/sections-create-form";
import { SectionsRow, type SectionRowData } from "@/components/newsroom/sections-row";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getSectionsForAdmin, type AdminSection } from "@/lib/sections/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("admin.sections");
  return { title: t("title") };
}

const rowData = (s: AdminSection, parentHidden: boolean): SectionRowData => ({
  id: s.id,
  name: s.name,
  slug: s.slug,
  description: s.description,
  parentId: s.parentId,
  hidden: s.hidden,
  parentHidden,
  storyCount: s.storyCount,
  publicCount: s.publicCount,
  oldSlugs: s.oldSlugs,
  deskName: s.deskName,
  deskFollowsParent: s.deskFollowsParent,
  childCount: s.children.length,
});

export default async function SectionsAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("sections.manage", "/toa-soan/quan-tri/chuyen-muc");
  const [list, query, t] = await Promise.all([getSectionsForAdmin(actor), searchParams, getNewsroomT("admin.sections")]);
  const mergedInto = typeof query["da-gop"] === "string" ? query["da-gop"] : null;
  const movedStories = typeof query["so-bai"] === "string" ? Number(query["so-bai"]) || 0 : 0;

  const topLevel: ParentChoice[] = list.map((s) => ({ id: s.id, name: s.name }));
  const everything: ParentChoice[] = list.flatMap((s) => [{ id: s.id, name: s.name }, ...s.children.map((c) => ({ id: c.id, name: `${s.name} › ${c.name}` }))]);
  const choicesFor = (s: AdminSection) => ({
    parents: topLevel.filter((p) => p.id !== s.id),
    // Subsections travel with their parent, so a parent merges into a top-level section only.
    targets: (s.children.length > 0 ? topLevel : everything).filter((t) => t.id !== s.id),
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      {mergedInto ? <Notice tone="success">{t("merged", { count: movedStories, slug: mergedInto })}</Notice> : null}
      {query["da-xoa"] ? <Notice tone="success">{t("deleted")}</Notice> : null}

      <section aria-labelledby="new-section-heading" className="space-y-2">
        <h2 id="new-section-heading" className="text-lg font-semibold">
          {t("addHeading")}
        </h2>
        <SectionsCreateForm parents={topLevel} />
      </section>

      <section aria-labelledby="section-list-heading" className="space-y-2">
        <h2 id="section-list-heading" className="text-lg font-semibold">
          {t("listHeading")} <span className="text-sm font-normal text-muted">({everything.length})</span>
        </h2>
        {list.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
        <ol aria-label={t("listHeading")} className="space-y-2">
          {list.map((s, i) => (
            <li key={s.id} aria-label={s.name}>
              <SectionsRow section={rowData(s, false)} first={i === 0} last={i === list.length - 1} {...choicesFor(s)} />
              {s.children.length > 0 ? (
                <ol aria-label={t("childrenOf", { name: s.name })} className="mt-2 ml-6 space-y-2 border-l-2 border-stone-300 pl-4">
                  {s.children.map((c, j) => (
                    <li key={c.id} aria-label={c.name}>
                      <SectionsRow section={rowData(c, s.hidden)} first={j === 0} last={j === s.children.length - 1} {...choicesFor(c)} />
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
