// "Loại bài": what kind of story this is (Tin / Bài, Thông báo…), one choice among the kinds of
// lib/stories/kinds.ts. It decides what submission requires, so the writer picks it while writing;
// once the story is published it is shown but no longer changes (the server refuses it too).
import { useTranslations } from "use-intl";
import { kindChoices, type StoryKind } from "@/lib/stories/kinds";

export function KindChoice({ value, fixed, disabled, onChange }: { value: StoryKind; fixed: boolean; disabled: boolean; onChange: (kind: StoryKind) => void }) {
  const t = useTranslations("editor.kind");
  const kinds = useTranslations("storyKinds");
  const locked = disabled || fixed;
  return (
    <fieldset aria-describedby={fixed ? "loai-bai-co-dinh" : undefined}>
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {kindChoices.map((kind) => (
          <label
            key={kind}
            className={`flex min-h-11 cursor-pointer items-center gap-2 rounded border px-3 py-2 has-checked:border-brand has-checked:bg-brand/5 has-checked:font-semibold ${
              locked ? "cursor-not-allowed opacity-70" : "hover:bg-stone-100"
            } border-stone-400`}
          >
            <input
              type="radio"
              name="loai-bai"
              value={kind}
              checked={value === kind}
              disabled={locked}
              onChange={() => onChange(kind)}
              className="accent-brand"
            />
            {kinds(kind)}
          </label>
        ))}
      </div>
      {fixed ? (
        <p id="loai-bai-co-dinh" className="mt-1 text-sm text-muted">
          {t("fixed")}
        </p>
      ) : null}
    </fieldset>
  );
}
