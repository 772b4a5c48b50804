// Tối ưu tìm kiếm (SEO): a title and description for search engines and share cards; empty, the
// story's own title and sapo stand in (shown as placeholders).
import { useTranslations } from "use-intl";
import type { StoryFields } from "@/lib/stories/schemas";

type SeoFields = Pick<StoryFields, "seoTitle" | "seoDescription">;

export function SeoFields({
  value,
  fallback,
  editable,
  onChange,
}: {
  value: SeoFields;
  fallback: { title: string; sapo: string };
  editable: boolean;
  onChange: (patch: Partial<SeoFields>) => void;
}) {
  const t = useTranslations("editor.seo");
  return (
    <details className="rounded border border-stone-300 bg-white p-3">
      <summary className="cursor-pointer text-sm font-semibold">{t("summary")}</summary>
      <label className="mt-2 block text-sm">
        {t("title")}
        <input
          value={value.seoTitle}
          disabled={!editable}
          onChange={(e) => onChange({ seoTitle: e.target.value })}
          placeholder={fallback.title}
          className="mt-1 w-full rounded border border-stone-400 px-2 py-1"
        />
      </label>
      <label className="mt-2 block text-sm">
        {t("description")}
        <textarea
          value={value.seoDescription}
          disabled={!editable}
          onChange={(e) => onChange({ seoDescription: e.target.value })}
          placeholder={fallback.sapo}
          rows={3}
          className="mt-1 w-full rounded border border-stone-400 px-2 py-1"
        />
      </label>
    </details>
  );
}
