"use client";

import { useActionState, useId, useState } from "react";
import { Notice } from "@/components/ui/notice";
import {
  deleteSectionAction,
  mergeSectionAction,
  moveSectionAction,
  renameSectionAction,
  reorderSectionAction,
  setSectionHiddenAction,
  type SectionFormState,
} from "@/lib/sections/actions";
import type { ParentChoice } from "./sections-create-form";

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

const button = "rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50";
const field = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";

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
    <div className={`rounded border p-3 ${section.hidden || section.parentHidden ? "border-dashed border-stone-400 bg-stone-100" : "border-stone-300 bg-white"}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{name}</span>
            {section.hidden ? <span className="rounded bg-stone-300 px-1.5 text-xs font-semibold text-stone-800">Đã ẩn</span> : null}
            {!section.hidden && section.parentHidden ? <span className="rounded bg-stone-200 px-1.5 text-xs text-stone-800">Ẩn theo chuyên mục cha</span> : null}
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
            <p className="text-xs text-muted">Đường dẫn cũ, vẫn chuyển hướng về đây: {section.oldSlugs.map((s) => `/${s}`).join(", ")}</p>
          ) : null}
          <p className="text-sm text-stone-700">
            {section.storyCount} bài viết · {section.publicCount} đang hiển thị
          </p>
          {section.description ? <p className="text-sm text-muted">{section.description}</p> : null}
        </div>

        <div role="group" aria-label={`Thao tác với chuyên mục ${name}`} className="flex flex-wrap items-center gap-1">
          <form action={run}>
            {hiddenFields("reorder")}
            <input type="hidden" name="direction" value="up" />
            <button type="submit" disabled={pending || first} aria-label={`Đưa chuyên mục ${name} lên`} className={button}>
              ↑ Lên
            </button>
          </form>
          <form action={run}>
            {hiddenFields("reorder")}
            <input type="hidden" name="direction" value="down" />
            <button type="submit" disabled={pending || last} aria-label={`Đưa chuyên mục ${name} xuống`} className={button}>
              ↓ Xuống
            </button>
          </form>
          <form action={run}>
            {hiddenFields("visibility")}
            <input type="hidden" name="hidden" value={section.hidden ? "false" : "true"} />
            <button type="submit" disabled={pending} aria-label={`${section.hidden ? "Hiện" : "Ẩn"} chuyên mục ${name}`} className={button}>
              {section.hidden ? "Hiện" : "Ẩn"}
            </button>
          </form>
          <PanelToggle label={`Đổi tên chuyên mục ${name}`} open={panel === "rename"} controls={`${uid}-panel`} onClick={() => toggle("rename")}>
            Đổi tên
          </PanelToggle>
          {section.childCount === 0 ? (
            <PanelToggle label={`Chuyển chuyên mục ${name}`} open={panel === "move"} controls={`${uid}-panel`} onClick={() => toggle("move")}>
              Chuyển
            </PanelToggle>
          ) : null}
          <PanelToggle label={`Gộp chuyên mục ${name} vào chuyên mục khác`} open={panel === "merge"} controls={`${uid}-panel`} onClick={() => toggle("merge")}>
            Gộp vào…
          </PanelToggle>
          {deletable ? (
            <PanelToggle label={`Xóa chuyên mục ${name}`} open={panel === "delete"} controls={`${uid}-panel`} onClick={() => toggle("delete")}>
              Xóa
            </PanelToggle>
          ) : null}
        </div>
      </div>

      <div id={`${uid}-panel`}>
        {panel === "rename" ? (
          <form action={run} aria-label={`Đổi tên chuyên mục ${name}`} className="mt-3 grid gap-3 border-t border-stone-200 pt-3 sm:grid-cols-3" noValidate>
            {hiddenFields("rename")}
            <div>
              <label htmlFor={`${uid}-name`} className="block text-sm font-semibold">
                Tên
              </label>
              <input
                id={`${uid}-name`}
                name="name"
                required
                maxLength={80}
                defaultValue={typed.name ?? name}
                aria-invalid={state.intent === "rename" && state.fieldErrors?.name ? true : undefined}
                className={field}
              />
            </div>
            <div>
              <label htmlFor={`${uid}-slug`} className="block text-sm font-semibold">
                Đường dẫn
              </label>
              <input
                id={`${uid}-slug`}
                name="slug"
                maxLength={60}
                defaultValue={typed.slug ?? slug}
                aria-invalid={state.intent === "rename" && state.fieldErrors?.slug ? true : undefined}
                aria-describedby={`${uid}-slug-hint`}
                className={`${field} font-mono text-sm`}
              />
            </div>
            <div>
              <label htmlFor={`${uid}-description`} className="block text-sm font-semibold">
                Mô tả
              </label>
              <input id={`${uid}-description`} name="description" maxLength={300} defaultValue={typed.description ?? section.description} className={field} />
            </div>
            <p id={`${uid}-slug-hint`} className="text-xs text-muted sm:col-span-3">
              Đổi đường dẫn thì địa chỉ cũ /{slug} vẫn còn: bạn đọc mở nó sẽ được chuyển sang địa chỉ mới. Để trống để tạo từ tên.
            </p>
            <div className="flex gap-2 sm:col-span-3">
              <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
                {pending ? "Đang lưu…" : "Lưu"}
              </button>
              <button type="button" onClick={() => setPanel(null)} className={button}>
                Hủy
              </button>
            </div>
          </form>
        ) : null}

        {panel === "move" ? (
          <form action={run} aria-label={`Chuyển chuyên mục ${name}`} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3">
            {hiddenFields("move")}
            <div>
              <label htmlFor={`${uid}-parent`} className="block text-sm font-semibold">
                Chuyên mục cha
              </label>
              <select id={`${uid}-parent`} name="parentId" defaultValue={section.parentId ?? ""} className={field}>
                <option value="">(Không có: chuyên mục chính)</option>
                {parents.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
              Chuyển
            </button>
            <button type="button" onClick={() => setPanel(null)} className={button}>
              Hủy
            </button>
            <p className="w-full text-xs text-muted">Chỉ lồng một cấp: chuyên mục cha phải là chuyên mục chính. Đường dẫn của chuyên mục không đổi.</p>
          </form>
        ) : null}

        {panel === "merge" ? (
          <form action={run} aria-label={`Gộp chuyên mục ${name}`} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3">
            {hiddenFields("merge")}
            <div>
              <label htmlFor={`${uid}-into`} className="block text-sm font-semibold">
                Gộp vào chuyên mục
              </label>
              <select id={`${uid}-into`} name="intoId" required defaultValue="" className={field}>
                <option value="" disabled>
                  Chọn chuyên mục…
                </option>
                {targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={pending} className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              Gộp
            </button>
            <button type="button" onClick={() => setPanel(null)} className={button}>
              Hủy
            </button>
            <p className="w-full text-sm text-amber-900">
              {section.storyCount} bài viết của “{name}” sẽ chuyển sang chuyên mục được chọn
              {section.childCount > 0 ? ", cùng các chuyên mục con," : ""}; địa chỉ /{slug} chuyển hướng về đó; “{name}” bị xóa. Không hoàn tác được.
            </p>
          </form>
        ) : null}

        {panel === "delete" ? (
          <form action={run} aria-label={`Xóa chuyên mục ${name}`} className="mt-3 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3">
            {hiddenFields("delete")}
            <p className="text-sm text-amber-900">Xóa hẳn chuyên mục “{name}”? Chuyên mục chưa có bài viết nào. Không hoàn tác được.</p>
            <button type="submit" disabled={pending} aria-label={`Xóa hẳn chuyên mục ${name}`} className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              Xóa hẳn
            </button>
            <button type="button" onClick={() => setPanel(null)} className={button}>
              Hủy
            </button>
          </form>
        ) : null}
      </div>

      {!deletable ? (
        <p className="mt-1 text-xs text-muted">
          Không xóa được vì {section.storyCount > 0 ? "còn bài viết" : "còn chuyên mục con"}: chỉ có thể ẩn hoặc gộp vào chuyên mục khác.
        </p>
      ) : null}
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

function PanelToggle({ label, open, controls, onClick, children }: { label: string; open: boolean; controls: string; onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" aria-label={label} aria-expanded={open} aria-controls={controls} onClick={onClick} className={`${button} ${open ? "bg-stone-200" : ""}`}>
      {children}
    </button>
  );
}
