// A save refused because someone else changed the story since: who and when, and the three ways
// on (keep mine on top, copy mine, open theirs). Nothing is overwritten until the writer chooses.
import { plainText } from "@/lib/stories/body";
import type { ConflictDetails } from "@/lib/stories/loader";
import type { StoryFields } from "@/lib/stories/schemas";

const dateTimeFormat = new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });

export function ConflictBanner({
  conflict,
  storyId,
  mine,
  onKeepMine,
  onCopied,
}: {
  conflict: ConflictDetails;
  storyId: number | null;
  /** What is on screen, for "Sao chép bản của tôi". */
  mine: StoryFields;
  onKeepMine: () => void;
  onCopied: () => void;
}) {
  const copyMine = async () => {
    const text = [mine.title, mine.sapo, plainText(mine.body), mine.byline.join(" - ")].filter(Boolean).join("\n\n");
    await navigator.clipboard.writeText(text);
    onCopied();
  };
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 px-3 py-3 text-sm">
      <p>
        Bài đã được <strong>{conflict.updatedByName}</strong> sửa lúc {dateTimeFormat.format(new Date(conflict.updatedAt))}. Nội dung của bạn vẫn còn trên màn hình và trong trình duyệt; chưa có gì bị ghi đè.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-amber-700 px-3 py-1 font-semibold text-white">
          Giữ bản của tôi
        </button>
        <button type="button" onClick={() => void copyMine()} className="rounded border border-stone-400 bg-white px-3 py-1">
          Sao chép bản của tôi
        </button>
        <a href={`/toa-soan/bai-viet/${storyId}?ban=may-chu`} target="_blank" rel="noopener" className="rounded border border-stone-400 bg-white px-3 py-1">
          Mở bản của {conflict.updatedByName}
        </a>
      </div>
      <p className="text-stone-700">“Giữ bản của tôi” lưu bản của bạn; bản của {conflict.updatedByName} vẫn được giữ trong lịch sử sửa đổi.</p>
    </div>
  );
}
