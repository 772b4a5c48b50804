"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { withElement } from "@/components/public/with-element";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { FileDropZone } from "./file-drop-zone";

const accepted = "image/jpeg,image/png,image/webp,image/avif,.jpg,.jpeg,.png,.webp,.avif";

/**
 * Cài đặt → Logo: upload the logo (through the media library's upload, app/api/settings/logo), or
 * type its address. Either way the address is the setting, saved with the rest of the form.
 */
export function SettingsLogoField({
  name,
  defaultValue,
  maxLength,
  labelledBy,
}: {
  name: string;
  defaultValue: string;
  maxLength: number;
  labelledBy: string;
}) {
  const t = useTranslations("settingsLabels.logoForm");
  const id = useId();
  const [url, setUrl] = useState(defaultValue);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();

  async function upload(file: File) {
    setBusy(true);
    setOutcome(undefined);
    const form = new FormData();
    form.append("file", file);
    try {
      const response = await fetch("/api/settings/logo", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { url?: string; error?: string } | null;
      if (response.status === 201 && body?.url) {
        setUrl(body.url);
        setOutcome({ tone: "success", text: t("uploaded", { name: file.name }) });
      } else {
        setOutcome({ tone: "error", text: body?.error ?? t("failed", { status: String(response.status) }) });
      }
    } catch {
      setOutcome({ tone: "error", text: t("failed", { status: "0" }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      {url ? (
        <figure className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- the admin's own address, any host */}
          <img src={url} alt="" className="max-h-16 max-w-48 rounded border border-stone-200 bg-white object-contain p-1" />
          <figcaption className="text-xs text-muted">{t("preview")}</figcaption>
        </figure>
      ) : null}
      <FileDropZone
        id={`${id}-file`}
        accept={accepted}
        disabled={busy}
        compact
        clearAfterChoose
        onFile={(file) => void upload(file)}
        prompt={withElement((choose) => t("upload", { choose }), <span className="font-semibold text-brand underline">{t("choose")}</span>)}
        hint={busy ? t("uploading") : t("formats")}
      />
      {outcome ? (
        <Notice tone={outcome.tone} role={outcome.tone === "error" ? "alert" : "status"}>
          {outcome.text}
        </Notice>
      ) : null}
      <label htmlFor={`${id}-url`} className="block text-sm">
        {t("url")}
      </label>
      <Input
        id={`${id}-url`}
        name={name}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        maxLength={maxLength}
        spellCheck={false}
        aria-describedby={labelledBy}
        size="sm"
      />
    </div>
  );
}
