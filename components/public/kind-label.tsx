import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { kindRules, type StoryKind } from "@/lib/stories/kinds";

const t = translator(paperLocale, "storyKinds");

/**
 * The name of a story's kind for readers ("Thông báo"), for the kinds that are labelled; nothing
 * for an ordinary story. `size` "title" stands above a story page's title, "list" in a listing.
 */
export function KindLabel({ kind, size = "list" }: { kind: StoryKind; size?: "title" | "list" }) {
  if (!kindRules[kind].labelled) return null;
  const look = size === "title" ? "rounded-sm bg-brand px-2 py-0.5 text-sm text-white" : "rounded-sm border border-brand px-1.5 text-xs leading-5 text-brand";
  return <span className={`story-kind inline-block font-sans font-bold tracking-wide uppercase ${look}`}>{t(kind)}</span>;
}
