"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { FigureAttrs } from "./figure";

export function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations("editor.figure");
  const attrs = node.attrs as FigureAttrs;
  return (
    <NodeViewWrapper as="figure" className={`my-4 rounded border bg-stone-50 p-3 ${selected ? "border-blue-600" : "border-stone-300"}`} data-drag-handle>
      {attrs.src ? (
        // eslint-disable-next-line @next/next/no-img-element -- library images are already resized
        <img src={attrs.src} alt={attrs.alt || attrs.caption} className="mx-auto max-h-80" />
      ) : (
        <p className="text-center text-sm text-muted">{t("missing")}</p>
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
