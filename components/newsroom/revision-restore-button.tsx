"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { restoreRevisionAction, type RestoreState } from "@/lib/revisions/actions";

export type RevisionRestoreButtonProps = {
  storyId: number;
  revisionId: number;
  /** The copy's number in the story's history, for the button's name ("Khôi phục phiên bản 3"). */
  number: number;
  /** The story's version when the page was read: a restore after someone else's save is refused. */
  baseVersion: number;
};

/** Khôi phục, asked twice: the first press shows what will happen, the second does it. */
export function RevisionRestoreButton({ storyId, revisionId, number, baseVersion }: RevisionRestoreButtonProps) {
  const t = useTranslations("history.restore");
  const [state, action, pending] = useActionState<RestoreState, FormData>(restoreRevisionAction, {});
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <div className="space-y-1">
        <Button size="sm" onClick={() => setConfirming(true)} aria-label={t("label", { version: String(number) })}>
          {t("button")}
        </Button>
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      </div>
    );
  }
  return (
    <form action={action} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <p>{t("question", { version: String(number) })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={pending}>
          {pending ? t("restoring") : t("confirm")}
        </Button>
        <Button size="sm" onClick={() => setConfirming(false)} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}
