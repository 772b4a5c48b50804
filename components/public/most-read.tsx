import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MostReadItem } from "@/lib/reading/queries";
import { CompactStoryList } from "./story-teasers";
import { withElement } from "./with-element";

const t = translator(paperLocale, "public.mostRead");

/** "Đọc nhiều": the last 24 hours, or the week when the day is still quiet. */
export function MostRead({ day, week, headingLevel = 2 }: { day: MostReadItem[]; week: MostReadItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const [stories, label] = day.length >= 3 ? [day, t("lastDay")] : [week, t("lastWeek")];
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="doc-nhieu" className="most-read">
      <Heading id="doc-nhieu" className="border-b-2 border-brand pb-1 font-sans text-lg font-bold text-brand uppercase">
        {withElement((slot) => t("heading", { window: slot }), <span className="text-sm font-normal text-muted normal-case">{label}</span>)}
      </Heading>
      <CompactStoryList stories={stories} numbered thumbs />
    </section>
  );
}
