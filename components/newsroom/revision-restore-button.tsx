"use client";

import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { restoreRevisionAction, type RestoreState } from "@/lib/revisions/actions";

export type RevisionRestoreButtonProps = {
  storyId: number;
  revisionId: number;
  /** The version this revision copies, for the button's name ("Khôi phục phiên bản 3"). */
  version: number;
  /** The story's version when the page was read: a restore after someone else's save is refused. */
  baseVersion: number;
};

/** Khôi phục, asked twice: the first press shows what will happen, the second does it. */
export function RevisionRestoreButton({ storyId, revisionId, version, baseVersion }: RevisionRestoreButtonProps) {
  const [state, action, pending] = useActionState<RestoreState, FormData>(restoreRevisionAction, {});
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <div className="space-y-1">
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Khôi phục phiên bản ${version}`} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
          Khôi phục
        </button>
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      </div>
    );
  }
  return (
    <form action={action} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <p>Đưa bài về phiên bản {version}? Bản hiện tại vẫn được giữ trong lịch sử.</p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded bg-brand px-2 py-1 font-semibold text-white disabled:opacity-50">
          {pending ? "Đang khôi phục…" : "Xác nhận khôi phục"}
        </button>
        <button type="button" onClick={() => setConfirming(false)} disabled={pending} className="rounded border border-stone-400 bg-white px-2 py-1">
          Hủy
        </button>
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}
