"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/notice";
import { endOtherSessionsAction } from "@/lib/profile/actions";
import type { FormState } from "@/lib/actions/server-action";

export type SessionRow = { id: string; device: { browser: string; system: string } | null; address: string; lastSeenAt: string; current: boolean };

/** Phiên đăng nhập: where this person is signed in, and a way to end every other session. */
export function ProfileSessions({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("profile.sessions");
  const formatWhen = useFormatWhen();
  const [state, action, pending] = useActionState<FormState, FormData>(endOtherSessionsAction, {});
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-stone-200 rounded border border-stone-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
            <span className="font-medium">
              {session.device
                ? t("device", { browser: session.device.browser || t("unknownBrowser"), system: session.device.system || t("unknownSystem") })
                : t("unknownDevice")}
              {session.current ? <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">{t("current")}</span> : null}
            </span>
            <span className="text-muted">{t("seen", { address: session.address || "—", when: formatWhen(session.lastSeenAt) })}</span>
          </li>
        ))}
      </ul>
      {state.ok ? <Notice tone="success">{t("ended")}</Notice> : null}
      <FormError message={state.error} />
      {others > 0 ? (
        <form action={action}>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("endOthers", { count: others })}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
