import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MostReadItem } from "@/lib/reading/queries";
import type { StoryListItem } from "@/lib/stories/public-queries";
import { MostRead } from "./most-read";
import { LatestList } from "./story-teasers";

const t = translator(paperLocale, "public.columns");

/**
 * The right-hand column of the reading pages: "Đọc nhiều" (once there are views to rank) and the
 * newest stories. Printed pages leave it out (globals.css).
 */
export function SideColumn({ day, week, latest, label }: { day: MostReadItem[]; week: MostReadItem[]; latest: StoryListItem[]; label: string }) {
  return (
    <aside aria-label={label} className="side-column space-y-8">
      <MostRead day={day} week={week} />
      {latest.length > 0 ? (
        <section aria-labelledby="cot-tin-moi">
          <h2 id="cot-tin-moi" className="border-b-2 border-brand pb-1 font-sans text-lg font-bold text-brand uppercase">
            {t("latest")}
          </h2>
          <LatestList stories={latest} />
        </section>
      ) : null}
    </aside>
  );
}
