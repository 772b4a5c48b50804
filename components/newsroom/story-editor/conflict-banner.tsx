// A save refused because the story changed since: who and when, and the three ways on (keep mine
// on top, copy mine, open theirs). Nothing is overwritten until the writer chooses. When the other
// save was the writer's own (another tab, another device), the banner says so instead of naming
// them to themselves.
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { withElement } from "@/components/public/with-element";
import { plainText } from "@/lib/stories/body";
import type { ConflictDetails } from "@/lib/stories/loader";
import type { StoryFields } from "@/lib/stories/schemas";

export function ConflictBanner({
  conflict,
  storyId,
  meId,
  mine,
  onKeepMine,
  onCopied,
}: {
  conflict: ConflictDetails;
  storyId: number | null;
  /** The signed-in person, to tell their own other save from someone else's. */
  meId?: number;
  /** What is on screen, for "Sao chép bản của tôi". */
  mine: StoryFields;
  onKeepMine: () => void;
  onCopied: () => void;
}) {
  const t = useTranslations("editor.conflict");
  const self = useTranslations("editor.conflictSelf");
  const when = useFormatWhen();
  const name = conflict.updatedByName;
  const byMe = meId !== undefined && conflict.updatedById === meId;
  const copyMine = async () => {
    const text = [mine.title, mine.sapo, plainText(mine.body), mine.byline.join(" - ")].filter(Boolean).join("\n\n");
    await navigator.clipboard.writeText(text);
    onCopied();
  };
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 px-3 py-3 text-sm">
      <p>
        {byMe
          ? self("changed", { time: when(conflict.updatedAt) })
          : withElement((slot) => t("changed", { name: slot, time: when(conflict.updatedAt) }), <strong>{name}</strong>)}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-amber-700 px-3 py-1 font-semibold text-white">
          {t("keepMine")}
        </button>
        <button type="button" onClick={() => void copyMine()} className="rounded border border-stone-400 bg-white px-3 py-1">
          {t("copyMine")}
        </button>
        <a href={`/toa-soan/bai-viet/${storyId}?ban=may-chu`} target="_blank" rel="noopener" className="rounded border border-stone-400 bg-white px-3 py-1">
          {byMe ? self("openTheirs") : t("openTheirs", { name })}
        </a>
      </div>
      <p className="text-stone-700">{byMe ? self("explain") : t("explain", { name })}</p>
    </div>
  );
}
