"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import type { Role } from "@/db/schema";
import {
  addDeskMemberAction,
  deleteDeskAction,
  removeDeskMemberAction,
  renameDeskAction,
  setDeskHeadAction,
  setDeskSectionsAction,
  type DeskFormState,
} from "@/lib/desks/actions";
import type { AdminDesk, DeskSectionRow } from "@/lib/desks/queries";

// The card's forms all report through one state, so one message area serves the whole desk.
const actions = {
  rename: renameDeskAction,
  delete: deleteDeskAction,
  sections: setDeskSectionsAction,
  add: addDeskMemberAction,
  remove: removeDeskMemberAction,
  head: setDeskHeadAction,
} as const;
type Intent = keyof typeof actions;
type CardState = DeskFormState & { intent?: Intent; round?: number };

/** One desk on Quản trị → Ban: its name, its sections (checkboxes of the top sections), its members. */
export function DeskCard({
  desk,
  sections,
  deskNames,
  people,
}: {
  desk: AdminDesk;
  /** Every top section with its subsections, and whose each is. */
  sections: DeskSectionRow[];
  /** Every desk's name by id: a section on another desk says which. */
  deskNames: Record<number, string>;
  /** Active newsroom people who may be added. */
  people: { id: number; name: string; role: Role }[];
}) {
  const t = useTranslations("desks.card");
  const roles = useTranslations("roles");
  const uid = useId();
  const { id, name } = desk;
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [state, run, pending] = useActionState<CardState, FormData>(async (prev, formData) => {
    const intent = formData.get("intent") as Intent;
    const result = await actions[intent](prev, formData);
    if (result.ok && intent === "rename") setRenaming(false);
    return { ...result, intent, round: (prev.round ?? 0) + 1 };
  }, {});
  const hidden = (intent: Intent) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
    </>
  );
  const memberIds = new Set(desk.members.map((m) => m.userId));
  const addable = people.filter((p) => !memberIds.has(p.id));
  const remove = () => {
    const form = new FormData();
    form.set("intent", "delete");
    form.set("id", String(id));
    startTransition(() => run(form));
  };

  return (
    <article aria-labelledby={`${uid}-name`} className="min-w-0 rounded border border-stone-300 bg-white p-3 sm:p-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${uid}-name`} className="min-w-0 text-lg font-semibold break-words">
          {name}
        </h3>
        <div className="flex flex-wrap gap-1">
          <Button size="sm" aria-expanded={renaming} aria-label={t("renameOf", { name })} onClick={() => setRenaming((open) => !open)}>
            {t("rename")}
          </Button>
          <Button size="sm" variant="danger-outline" aria-label={t("deleteOf", { name })} onClick={() => setConfirmDelete(true)}>
            {t("delete")}
          </Button>
        </div>
      </header>

      {renaming ? (
        <form action={run} aria-label={t("renameOf", { name })} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3" noValidate>
          {hidden("rename")}
          <Field label={t("newName")} className="min-w-0 flex-1 basis-56">
            <Input name="name" defaultValue={state.intent === "rename" && !state.ok ? (state.values?.name ?? name) : name} maxLength={80} required />
          </Field>
          <Button type="submit" variant="primary" size="md" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
          <Button size="md" onClick={() => setRenaming(false)}>
            {t("cancel")}
          </Button>
        </form>
      ) : null}

      {state.error ? (
        <Notice tone="error" className="mt-3">
          {state.error}
        </Notice>
      ) : null}
      {state.ok && state.message && !pending ? (
        <Notice tone="success" className="mt-3">
          {state.message}
        </Notice>
      ) : null}

      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {/* Remounted when any section changes desk (here or on another card): the boxes show what is saved. */}
        <form
          key={sections.map((s) => `${s.id}:${s.deskId}:${s.children.map((c) => c.deskId).join("/")}`).join(",")}
          action={run}
          aria-label={t("sectionsOf", { name })}
          className="min-w-0 space-y-2"
        >
          {hidden("sections")}
          <fieldset className="min-w-0">
            <legend className="font-semibold">{t("sections")}</legend>
            {desk.sections.length === 0 ? <p className="text-sm text-muted">{t("noSections")}</p> : null}
            <ul className="mt-1 space-y-1">
              {sections.map((s) => {
                const elsewhere = s.deskId !== null && s.deskId !== id ? deskNames[s.deskId] : null;
                const following = s.children.filter((c) => c.deskId === null).map((c) => c.name);
                return (
                  <li key={s.id} className="text-sm">
                    <label className="flex items-start gap-2">
                      <input type="checkbox" name="sectionIds" value={s.id} defaultChecked={s.deskId === id} className="mt-1 size-4 shrink-0" />
                      <span className="min-w-0">
                        {s.name}
                        {elsewhere ? <span className="text-muted"> ({t("onOther", { desk: elsewhere })})</span> : null}
                      </span>
                    </label>
                    {following.length ? <p className="ml-6 text-xs text-muted">{t("following", { names: following.join(", ") })}</p> : null}
                    {s.children
                      .filter((c) => c.deskId !== null)
                      .map((c) => (
                        <p key={c.id} className="ml-6 text-xs text-muted">
                          {t("childOwnDesk", { section: c.name, desk: deskNames[c.deskId!] ?? "" })}
                          {/* Given to this desk directly: kept when the top sections are saved. */}
                          {c.deskId === id ? <input type="hidden" name="sectionIds" value={c.id} /> : null}
                        </p>
                      ))}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <p className="text-xs text-muted">{t("moveHint")}</p>
          <Button type="submit" size="sm" disabled={pending} aria-label={t("saveSectionsOf", { name })}>
            {t("saveSections")}
          </Button>
        </form>

        <section aria-label={t("membersOf", { name })} className="min-w-0 space-y-2">
          <h4 className="font-semibold">{t("members")}</h4>
          {desk.members.length === 0 ? <p className="text-sm text-muted">{t("noMembers")}</p> : null}
          <ul className="divide-y divide-stone-200 text-sm">
            {desk.members.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-1.5">
                <span className="min-w-0">
                  <span className="font-medium">{m.name}</span> <span className="text-muted">· {roles(m.role)}</span>
                </span>
                <span className="flex items-center gap-3">
                  <form action={run}>
                    {hidden("head")}
                    <input type="hidden" name="userId" value={m.userId} />
                    <label className="flex items-center gap-1.5">
                      {/* Uncontrolled, so a click shows at once; remounted after every answer to show what is saved. */}
                      <input
                        key={`${m.head}:${state.round ?? 0}`}
                        type="checkbox"
                        name="head"
                        value="true"
                        defaultChecked={m.head}
                        disabled={pending}
                        aria-label={t("headOf", { person: m.name })}
                        onChange={(e) => e.currentTarget.form?.requestSubmit()}
                        className="size-4"
                      />
                      {t("head")}
                    </label>
                  </form>
                  <form action={run}>
                    {hidden("remove")}
                    <input type="hidden" name="userId" value={m.userId} />
                    <Button type="submit" size="sm" disabled={pending} aria-label={t("removeOf", { person: m.name, name })}>
                      {t("remove")}
                    </Button>
                  </form>
                </span>
              </li>
            ))}
          </ul>
          <form action={run} aria-label={t("addTo", { name })} className="flex flex-wrap items-end gap-2 border-t border-stone-200 pt-2">
            {hidden("add")}
            <Field label={t("person")} className="min-w-0 flex-1 basis-48">
              <Select name="userId" required defaultValue="" size="sm">
                <option value="" disabled>
                  {t("choosePerson")}
                </option>
                {addable.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} — {roles(p.role)}
                  </option>
                ))}
              </Select>
            </Field>
            <label className="flex items-center gap-1.5 pb-1 text-sm">
              <input type="checkbox" name="head" className="size-4" />
              {t("addHead")}
            </label>
            <Button type="submit" size="sm" variant="primary" disabled={pending}>
              {t("add")}
            </Button>
          </form>
        </section>
      </div>

      {confirmDelete ? (
        <ConfirmDialog
          title={t("deleteTitle", { name })}
          description={t("deleteBody")}
          confirmLabel={t("deleteConfirm")}
          tone="danger"
          busy={pending}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={remove}
        />
      ) : null}
    </article>
  );
}
