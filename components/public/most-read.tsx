import type { MostReadItem } from "@/lib/reading/queries";
import { CompactStoryList } from "./story-teasers";

/** "Đọc nhiều": the last 24 hours, or the week when the day is still quiet. */
export function MostRead({ day, week, headingLevel = 2 }: { day: MostReadItem[]; week: MostReadItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const [stories, label] = day.length >= 3 ? [day, "24 giờ qua"] : [week, "7 ngày qua"];
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="doc-nhieu" className="most-read">
      <Heading id="doc-nhieu" className="border-b-2 border-brand pb-1 font-sans text-lg font-bold text-brand uppercase">
        Đọc nhiều <span className="text-sm font-normal text-muted normal-case">({label})</span>
      </Heading>
      <CompactStoryList stories={stories} numbered />
    </section>
  );
}
