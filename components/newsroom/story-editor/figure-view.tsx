"use client";

import type { ReactNodeViewProps } from "@tiptap/react";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { limits } from "./block-attrs";
import { BlockFrame, BlockPicker } from "./block-frame";
import type { FigureAttrs } from "./figure";

export function FigureView(view: ReactNodeViewProps) {
  const { node, updateAttributes } = view;
  const t = useTranslations("editor.figure");
  const blocks = useTranslations("editor.blocks");
  const id = useId();
  const attrs = node.attrs as FigureAttrs;
  const full = attrs.width === "full";
  const [picking, setPicking] = useState(false);
  return (
    <BlockFrame
      view={view}
      as="figure"
      name={full ? blocks("names.fullFigure") : t("name")}
      removeText={t("remove")}
      className={full ? "border-l-4 border-l-stone-700" : undefined}
    >
      {attrs.src ? (
        // eslint-disable-next-line @next/next/no-img-element -- library images are already resized
        <img src={attrs.src} alt={attrs.alt || attrs.caption} className={full ? "max-h-96 w-full object-cover" : "mx-auto max-h-80"} />
      ) : (
        // An imported caption without its photo: the desk cannot pass it until a photo is chosen.
        <div className="text-center">
          <p className="text-sm text-muted">{t("missing")}</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => setPicking(true)}>
            {t("choose")}
          </Button>
        </div>
      )}
      {picking ? (
        <BlockPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            // The reporter's caption stays; the photo brings its own credit when the figure has none.
            updateAttributes({ mediaId: m.id, src: m.url, alt: m.alt, caption: attrs.caption || m.caption, credit: attrs.credit || m.credit });
            setPicking(false);
          }}
        />
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr]">
        <Input
          aria-label={t("caption")}
          placeholder={t("caption")}
          value={attrs.caption}
          maxLength={limits.caption}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
          size="sm"
          className="italic"
        />
        <Input
          aria-label={t("credit")}
          placeholder={t("creditPlaceholder")}
          value={attrs.credit}
          maxLength={limits.credit}
          onChange={(e) => updateAttributes({ credit: e.target.value })}
          size="sm"
        />
      </div>
      <label htmlFor={`${id}-full`} className="mt-2 flex min-h-11 w-fit cursor-pointer items-center gap-2 text-sm">
        <input
          id={`${id}-full`}
          type="checkbox"
          checked={full}
          onChange={(e) => updateAttributes({ width: e.target.checked ? "full" : "column" })}
          className="size-4 accent-brand"
        />
        {t("full")}
      </label>
    </BlockFrame>
  );
}
