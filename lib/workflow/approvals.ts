// Two pairs of eyes: in a paper with two or more approval levels, nobody approves a story they
// wrote, and nobody holds two levels of one story. The desk's approvals (approveStory) and the
// chief editor's publication or scheduling (the last level) both ask this one rule, and the editor
// screen asks it too, so it does not offer a move the server would refuse.
import { defaultLocale } from "@/lib/i18n/locales";
import { text, type CatalogueKey } from "@/lib/i18n/phrase";

export type ApprovalLevelRule = {
  approvalLevels: number;
  actorId: number;
  createdById: number;
  authorIds: readonly number[];
  /** The approvals recorded so far. */
  approvals: readonly { level: number; userId: number }[];
  /** The level the actor would record. */
  level: number;
};

/** Why, as catalogue keys (refusals.approvals): the command says them in the person's language. */
export const approvalRefusalKeys = {
  author: "refusals.approvals.author",
  twoLevels: "refusals.approvals.twoLevels",
} as const satisfies Record<string, CatalogueKey>;

/** In Vietnamese; see approvalRefusalKeys. */
export const approvalRefusals = {
  author: text(defaultLocale, approvalRefusalKeys.author),
  twoLevels: text(defaultLocale, approvalRefusalKeys.twoLevels),
} as const;

/** Why the actor may not record this level, or null when they may. */
export function approvalLevelRefusal(rule: ApprovalLevelRule): keyof typeof approvalRefusals | null {
  if (rule.approvalLevels < 2) return null;
  if (rule.createdById === rule.actorId || rule.authorIds.includes(rule.actorId)) return "author";
  if (rule.approvals.some((a) => a.level !== rule.level && a.userId === rule.actorId)) return "twoLevels";
  return null;
}
