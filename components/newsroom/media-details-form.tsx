"use client";

import { useActionState } from "react";
import { updateMediaDetailsAction, type MediaDetailsState } from "@/lib/media/actions";

/** Caption, credit and alt of one library image, saved through the server action. */
export function MediaDetailsForm({ id, caption, credit, alt }: { id: number; caption: string; credit: string; alt: string }) {
  const [state, action, pending] = useActionState<MediaDetailsState, FormData>(updateMediaDetailsAction, {});
  const field = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm";
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <label className="block text-sm font-medium">
        Chú thích ảnh
        <textarea name="caption" defaultValue={caption} rows={2} maxLength={1000} className={field} />
      </label>
      <label className="block text-sm font-medium">
        Nguồn ảnh
        <input name="credit" defaultValue={credit} maxLength={200} className={field} />
      </label>
      <label className="block text-sm font-medium">
        Mô tả ảnh
        <input name="alt" defaultValue={alt} maxLength={500} className={field} />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Đang lưu…" : "Lưu thông tin ảnh"}
        </button>
        {state.ok && !pending ? (
          <span role="status" className="text-sm text-green-800">
            Đã lưu.
          </span>
        ) : null}
      </div>
      {state.error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
