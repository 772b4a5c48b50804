"use client";

// Ảnh đại diện: the cover photo from the media library, with its caption and credit.
import { useState } from "react";
import { useTranslations } from "use-intl";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import type { StoryFields } from "@/lib/stories/schemas";

type CoverFields = Pick<StoryFields, "coverMediaId" | "coverCaption" | "coverCredit">;

export function CoverField({
  initialUrl,
  value,
  editable,
  onChange,
}: {
  /** The stored cover's library variant; the field keeps the one picked since. */
  initialUrl: string | null;
  value: CoverFields;
  editable: boolean;
  onChange: (patch: Partial<CoverFields>) => void;
}) {
  const t = useTranslations("editor.cover");
  const [coverUrl, setCoverUrl] = useState<string | null>(initialUrl);
  const [picking, setPicking] = useState(false);
  return (
    <>
      <fieldset className="space-y-2 rounded border border-stone-300 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
        {coverUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
          <img src={coverUrl} alt={value.coverCaption || t("legend")} className="w-full rounded" />
        ) : (
          <p className="text-sm text-muted">{t("none")}</p>
        )}
        {editable ? (
          <div className="flex gap-2">
            <button type="button" onClick={() => setPicking(true)} className="rounded border border-stone-400 px-2 py-1 text-sm">
              {t("choose")}
            </button>
            {value.coverMediaId ? (
              <button
                type="button"
                onClick={() => {
                  setCoverUrl(null);
                  onChange({ coverMediaId: null });
                }}
                className="text-sm text-red-700 underline"
              >
                {t("remove")}
              </button>
            ) : null}
          </div>
        ) : null}
        <label className="block text-sm">
          {t("caption")}
          <input
            value={value.coverCaption}
            disabled={!editable}
            onChange={(e) => onChange({ coverCaption: e.target.value })}
            className="mt-1 w-full rounded border border-stone-400 px-2 py-1"
          />
        </label>
        <label className="block text-sm">
          {t("credit")}
          <input
            value={value.coverCredit}
            disabled={!editable}
            onChange={(e) => onChange({ coverCredit: e.target.value })}
            className="mt-1 w-full rounded border border-stone-400 px-2 py-1"
          />
        </label>
      </fieldset>
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            setCoverUrl(m.url);
            onChange({ coverMediaId: m.id, coverCaption: value.coverCaption || m.caption, coverCredit: value.coverCredit || m.credit });
            setPicking(false);
          }}
        />
      ) : null}
    </>
  );
}
