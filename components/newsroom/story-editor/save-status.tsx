"use client";

import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import type { SaveState } from "./draft-reducer";

/** Where the draft stands, read out politely to screen readers as it changes. */
export function SaveStatus({ state, savedAt, waitingForNetwork }: { state: SaveState; savedAt: string | null; waitingForNetwork: boolean }) {
  const t = useTranslations("editor.saveStatus");
  const when = useFormatWhen();
  const shown = waitingForNetwork ? "offline" : state;
  return (
    <p className="text-sm text-muted" aria-live="polite" data-testid="save-status">
      {shown === "idle" || shown === "saved" ? (savedAt ? t("saved", { time: when(savedAt, "time") }) : t("never")) : t(shown)}
    </p>
  );
}
