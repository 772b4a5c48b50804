"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import {
  deleteSectionAction,
  mergeSectionAction,
  moveSectionAction,
  renameSectionAction,
  reorderSectionAction,
  setSectionHiddenAction,
  type SectionFormState,
} from "@/lib/sections/actions";
import { SectionFields, SectionParentField, type ParentChoice } from "./section-fields";

export type SectionRowData = {
  id: number;
  name: string;
  slug: string;
  description: string;
  parentId: number | null;
  hidden: boolean;
  /** Hidden because its parent is: readers cannot reach it either. */
  parentHidden: boolean;
  storyCount: number;
  publicCount: number;
  oldSlugs: string[];
  childCount: number;
  /** The desk reviewing it (Quản trị → Ban); null: paper-wide. */
  deskName: string | null;
  deskFollowsParent: boolean;
};

// The row's forms all report through one state, so one message area serves the whole row.
const actions = {
  rename: renameSectionAction,
  move: moveSectionAction,
  reorder: reorderSectionAction,
  visibility: setSectionHiddenAction,
  merge: mergeSectionAction,
  delete: deleteSectionAction,
} as const;
type Intent = keyof typeof actions;
type Panel = "rename" | "move" | "merge" | "delete" | null;
type RowState = SectionFormState & { intent?: Intent };

/** One section in the admins' list, with every control on it named after the section. */
export function SectionsRow({
  section,
  first,
  last,
  parents,
  targets,
}: {
  section: SectionRowData;
  first: boolean;
  last: boolean;
  /** Top-level sections it may move under (itself excluded). */
  parents: ParentChoice[];
  /** Sections it may merge into. */
  targets: ParentChoice[];
}) {
  const t = useTranslations("admin.sections.row");
  const desks = useTranslations("desks");
  const { id, name, slug } = section;
  const [panel, setPanel] = useState<Panel>(null);
  const [state, run, pending] = useActionState<RowState, FormData>(async (prev, formData) => {
    const intent = formData.get("intent") as Intent;
    const result = await actions[intent](prev, formData);
    if (result.ok) setPanel(null);
    return { ...result, intent };
  }, {});
  const uid = useId();
  const typed = !state.ok && state.intent === "rename" ? (state.values ?? {}) : {};
  const deletable = section.storyCount === 0 && section.childCount === 0;
  const toggle = (next: Exclude<Panel, null>) => setPanel((open) => (open === next ? null : next));
  const hiddenFields = (intent: Intent) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
    </>
  );

  return (
    <div
      className={`rounded border p-3 ${section.hidden || section.parentHidden ? "border-dashed border-stone-400 bg-stone-100" : "border-stone-300 bg-white"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{name}</span>
            {section.hidden ? <span className="rounded bg-stone-300 px-1.5 text-xs font-semibold text-stone-800">{t("hidden")}</span> : null}
            {!section.hidden && section.parentHidden ? (
              <span className="rounded bg-stone-200 px-1.5 text-xs text-stone-800">{t("hiddenWithParent")}</span>
            ) : null}
          </p>
          <p className="font-mono text-sm text-stone-700">
            {section.hidden || section.parentHidden ? (
              `/${slug}`
            ) : (
              <a href={`/${slug}`} className="underline" target="_blank" rel="noreferrer">
                /{slug}
              </a>
            )}
          </p>
          {section.oldSlugs.length > 0 ? (
            <p className="text-xs text-muted">{t("oldSlugs", { slugs: section.oldSlugs.map((s) => `/${s}`).join(", ") })}</p>
          ) : null}
          {section.deskName ? (
            <p className="text-sm text-stone-700">{desks(section.deskFollowsParent ? "sectionDeskFollows" : "sectionDesk", { desk: section.deskName })}</p>
          ) : null}
          <p className="text-sm text-stone-700">{t("counts", { stories: section.storyCount, visible: section.publicCount })}</p>
          {section.description ? <p className="text-sm text-muted">{section.description}</p> : null}
        </div>

        <div role="group" aria-label={t("actionsOf", { name })} className="flex flex-wrap items-center gap-1">
          <form action={run}>
            {hiddenFields("reorder")}
            <input type="hidden" name="direction" value="up" />
            <Button type="submit" size="sm" disabled={pending || first} aria-label={t("upOf", { name })}>
              {t("up")}
            </Button>
          </form>
          <form action={run}>
            {hiddenFields("reorder")}
            <input type="hidden" name="direction" value="down" />
            <Button type="submit" size="sm" disabled={pending || last} aria-label={t("downOf", { name })}>
              {t("down")}
            </Button>
          </form>
          <form action={run}>
            {hiddenFields("visibility")}
            <input type="hidden" name="hidden" value={section.hidden ? "false" : "true"} />
            <Button type="submit" size="sm" disabled={pending} aria-label={section.hidden ? t("showOf", { name }) : t("hideOf", { name })}>
              {section.hidden ? t("show") : t("hide")}
            </Button>
          </form>
          <PanelToggle label={t("renameOf", { name })} open={panel === "rename"} controls={`${uid}-panel`} onClick={() => toggle("rename")}>
            {t("rename")}
          </PanelToggle>
          {section.childCount === 0 ? (
            <PanelToggle label={t("moveOf", { name })} open={panel === "move"} controls={`${uid}-panel`} onClick={() => toggle("move")}>
              {t("move")}
            </PanelToggle>
          ) : null}
          <PanelToggle label={t("mergeOf", { name })} open={panel === "merge"} controls={`${uid}-panel`} onClick={() => toggle("merge")}>
            {t("merge")}
          </PanelToggle>
          {deletable ? (
            <PanelToggle label={t("deleteOf", { name })} open={panel === "delete"} controls={`${uid}-panel`} onClick={() => toggle("delete")}>
              {t("delete")}
            </PanelToggle>
          ) : null}
        </div>
      </div>

      <div id={`${uid}-panel`}>
        {panel === "rename" ? (
          <form action={run} aria-label={t("renameOf", { name })} className="mt-3 grid gap-3 border-t border-stone-200 pt-3 sm:grid-cols-3" noValidate>
            {hiddenFields("rename")}
            <SectionFields
              idPrefix={uid}
              values={{ name: typed.name ?? name, slug: typed.slug ?? slug, description: typed.description ?? section.description }}
              // The row's one notice says what was refused; the fields are only marked.
              errors={state.intent === "rename" ? state.fieldErrors : undefined}
              showErrors={false}
              slugHint={t("renameSlugHint", { slug })}
            />
            <div className="flex gap-2 sm:col-span-3">
              <Button type="submit" variant="primary" size="sm" disabled={pending}>
                {pending ? t("saving") : t("save")}
              </Button>
              <Button size="sm" onClick={() => setPanel(null)}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        ) : null}

        {panel === "move" ? (
          <form action={run} aria-label={t("moveOf", { name })} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3">
            {hiddenFields("move")}
            <SectionParentField idPrefix={uid} parents={parents} defaultValue={section.parentId} />
            <Button type="submit" variant="primary" size="sm" disabled={pending}>
              {t("move")}
            </Button>
            <Button size="sm" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
            <p className="w-full text-xs text-muted">{t("moveHint")}</p>
          </form>
        ) : null}

        {panel === "merge" ? (
          <form action={run} aria-label={t("mergeFormOf", { name })} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3">
            {hiddenFields("merge")}
            <Field id={`${uid}-into`} label={t("mergeInto")}>
              <Select name="intoId" required defaultValue="">
                <option value="" disabled>
                  {t("chooseSection")}
                </option>
                {targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" variant="danger" size="sm" disabled={pending}>
              {t("mergeSubmit")}
            </Button>
            <Button size="sm" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
            <p className="w-full text-sm text-amber-900">
              {t(section.childCount > 0 ? "mergeWarningWithChildren" : "mergeWarning", { count: section.storyCount, name, slug })}
            </p>
          </form>
        ) : null}

        {panel === "delete" ? (
          <form action={run} aria-label={t("deleteOf", { name })} className="mt-3 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3">
            {hiddenFields("delete")}
            <p className="text-sm text-amber-900">{t("deleteConfirm", { name })}</p>
            <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={t("deleteForGoodOf", { name })}>
              {t("deleteForGood")}
            </Button>
            <Button size="sm" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
          </form>
        ) : null}
      </div>

      {!deletable ? <p className="mt-1 text-xs text-muted">{t(section.storyCount > 0 ? "keptForStories" : "keptForChildren")}</p> : null}
      {state.error ? (
        <Notice tone="error" className="mt-2">
          {state.error}
        </Notice>
      ) : null}
      {state.ok && state.message && !pending ? (
        <Notice tone="success" className="mt-2">
          {state.message}
        </Notice>
      ) : null}
    </div>
  );
}

function PanelToggle({
  label,
  open,
  controls,
  onClick,
  children,
}: {
  label: string;
  open: boolean;
  controls: string;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Button size="sm" aria-label={label} aria-expanded={open} aria-controls={controls} onClick={onClick}>
      {children}
    </Button>
  );
}
