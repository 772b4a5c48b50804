"use client";

import { useActionState, useId, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { createSectionAction, type SectionFormState } from "@/lib/sections/actions";
import { slugify } from "@/lib/text/slug";

export type ParentChoice = { id: number; name: string };

const fields = ["name", "slug", "parentId", "description"];
const field = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";

/** "Thêm chuyên mục": name, slug (derived from the name when left empty), parent, description. */
export function SectionsCreateForm({ parents }: { parents: ParentChoice[] }) {
  const [state, action, pending] = useActionState<SectionFormState, FormData>(createSectionAction, {});
  const [name, setName] = useState("");
  // A new result: after a success the form is empty again, and so is the slug preview.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setName("");
  }
  const id = useId();
  const values = state.ok ? {} : (state.values ?? {});
  const errorOf = (key: string) => state.fieldErrors?.[key];
  const describedBy = (key: string, hint?: string) => [errorOf(key) ? `${id}-${key}-error` : null, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form
      action={action}
      aria-label="Thêm chuyên mục"
      className="grid gap-3 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <div>
        <label htmlFor={`${id}-name`} className="block text-sm font-semibold">
          Tên
        </label>
        <input
          id={`${id}-name`}
          name="name"
          required
          maxLength={80}
          defaultValue={values.name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errorOf("name") ? true : undefined}
          aria-describedby={describedBy("name")}
          className={field}
        />
        <FieldError id={`${id}-name-error`} message={errorOf("name")} />
      </div>
      <div>
        <label htmlFor={`${id}-slug`} className="block text-sm font-semibold">
          Đường dẫn
        </label>
        <input
          id={`${id}-slug`}
          name="slug"
          maxLength={60}
          defaultValue={values.slug}
          placeholder={slugify(name, 60) || "tao-tu-ten"}
          aria-invalid={errorOf("slug") ? true : undefined}
          aria-describedby={describedBy("slug", `${id}-slug-hint`)}
          className={`${field} font-mono text-sm`}
        />
        <p id={`${id}-slug-hint`} className="mt-1 text-xs text-muted">
          Để trống thì tạo từ tên: chữ không dấu, nối bằng gạch ngang.
        </p>
        <FieldError id={`${id}-slug-error`} message={errorOf("slug")} />
      </div>
      <div>
        <label htmlFor={`${id}-parent`} className="block text-sm font-semibold">
          Chuyên mục cha
        </label>
        <select
          id={`${id}-parent`}
          name="parentId"
          defaultValue={values.parentId ?? ""}
          aria-invalid={errorOf("parentId") ? true : undefined}
          aria-describedby={describedBy("parentId")}
          className={field}
        >
          <option value="">(Không có: chuyên mục chính)</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-parentId-error`} message={errorOf("parentId")} />
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="block text-sm font-semibold">
          Mô tả
        </label>
        <input
          id={`${id}-description`}
          name="description"
          maxLength={300}
          defaultValue={values.description}
          aria-invalid={errorOf("description") ? true : undefined}
          aria-describedby={describedBy("description")}
          className={field}
        />
        <FieldError id={`${id}-description-error`} message={errorOf("description")} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Đang thêm…" : "Thêm chuyên mục"}
        </button>
        {state.ok && !pending ? <Notice tone="success">{state.message}</Notice> : null}
        {state.error && !Object.keys(state.fieldErrors ?? {}).some((key) => fields.includes(key)) ? <Notice tone="error">{state.error}</Notice> : null}
      </div>
    </form>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="mt-1 text-sm text-red-800">
      {message}
    </p>
  ) : null;
}
