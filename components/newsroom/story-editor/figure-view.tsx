"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { FigureAttrs } from "./figure";

export function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations("editor.figure");
  const attrs = node.attrs as FigureAttrs;
  const [picking, setPicking] = useState(false);
  return (
    <NodeViewWrapper as="figure" className={`my-4 rounded border bg-stone-50 p-3 ${selected ? "border-blue-600" : "border-stone-300"}`} data-drag-handle>
      {attrs.src ? (
        // eslint-disable-next-line @next/next/no-img-element -- library images are already resized
        <img src={attrs.src} alt={attrs.alt || attrs.caption} className="mx-auto max-h-80" />
      ) : (
        // An imported caption without its photo: the desk cannot pass it until a photo is chosen.
        <div className="text-center" contentEditable={false}>
          <p className="text-sm text-muted">{t("missing")}</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => setPicking(true)}>
            {t("choose")}
          </Button>
          {picking ? (
            <MediaPicker
              onClose={() => setPicking(false)}
              onPick={(m) => {
                // The reporter's caption stays; the photo brings its own credit when the figure has none.
                updateAttributes({ mediaId: m.id, src: m.url, alt: m.alt, caption: attrs.caption || m.caption, credit: attrs.credit || m.credit });
                setPicking(false);
              }}
            />
          ) : null}
        </div>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr]" contentEditable={false}>
        <Input
          aria-label={t("caption")}
          placeholder={t("caption")}
          value={attrs.caption}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
          size="sm"
          className="italic"
        />
        <Input
          aria-label={t("credit")}
          placeholder={t("creditPlaceholder")}
          value={attrs.credit}
          onChange={(e) => updateAttributes({ credit: e.target.value })}
          size="sm"
        />
      </div>
      <Button variant="link" size="sm" onClick={deleteNode} className="mt-2 text-red-700" contentEditable={false}>
        {t("remove")}
      </Button>
    </NodeViewWrapper>
  );
}
