import { kindRules, type StoryKind } from "@/lib/stories/kinds";

/**
 * Beside a title in the newsroom's lists: the kind's name for the kinds readers see labelled
 * (Thông báo); nothing for an ordinary story, which is most of them. `label` is the kind's name in
 * the person's language (catalogue `storyKinds`).
 */
export function KindBadge({ kind, label }: { kind: StoryKind; label: string }) {
  if (!kindRules[kind].labelled) return null;
  return <span className="ml-2 inline-block rounded border border-stone-400 px-1.5 text-xs font-semibold whitespace-nowrap text-stone-700">{label}</span>;
}
