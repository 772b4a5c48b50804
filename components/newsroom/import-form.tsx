"use client";

import { useActionState, useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/notice";
import { importStoryAction, type ImportState } from "@/lib/importer/actions";
import { maxStoryUploadBytes, megabytes } from "@/lib/http/body-limits";

export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importStoryAction, {});
  const [tooLarge, setTooLarge] = useState<string>();
  // The server refuses such a file too; saying so here spares sending megabytes for nothing.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const over = file instanceof File && file.size > maxStoryUploadBytes;
    setTooLarge(over ? `Tệp quá lớn (tối đa ${megabytes(maxStoryUploadBytes)}).` : undefined);
    if (over) event.preventDefault();
  };
  return (
    <form action={action} onSubmit={checkSize} className="space-y-4">
      <div>
        <label htmlFor="text" className="block text-sm font-semibold">
          Văn bản
        </label>
        <p className="text-sm text-muted">Dán bài như khi gửi qua email: dòng ngày, tiêu đề, sapo, các đoạn, chú thích ảnh, bút danh ở dòng cuối.</p>
        <textarea
          id="text"
          name="text"
          rows={16}
          defaultValue={state.values?.text}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 font-serif"
        />
      </div>
      <div>
        <label htmlFor="file" className="block text-sm font-semibold">
          Hoặc chọn tệp (.txt, .docx)
        </label>
        <input id="file" name="file" type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="mt-1 block text-sm" />
      </div>
      <FormError message={tooLarge ?? state.error} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Đang nhập…" : "Nhập từ văn bản"}
      </button>
    </form>
  );
}
