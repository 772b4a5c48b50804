// Trang chủ: the chief editor's lineup of the home page (lead story, then featured slots in order).
import { and, asc, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { homeSlots, sections, stories } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { zodMessage } from "@/lib/i18n/phrase";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { publiclyVisible } from "@/lib/stories/public-queries";
import { storyIdInQuery } from "@/lib/stories/newsroom-search";
import { escapeLike, foldedSql } from "@/lib/text/fold-sql";
import { foldForSearch } from "@/lib/text/fold";
import { recordAudit } from "@/lib/audit/record";

/** The lead story and six featured slots. */
export const HOME_SLOTS = 7;

export const setHomeLineup = defineCommand(
  z.object({
    storyIds: z
      .array(z.number().int().positive())
      .max(HOME_SLOTS, zodMessage("validation.home.tooMany", { max: HOME_SLOTS }))
      .refine((ids) => new Set(ids).size === ids.length, zodMessage("validation.home.duplicate")),
  }),
  async ({ storyIds }, ctx) => {
    ctx.authorize("homepage.curate");
    return ctx.db.transaction(async (tx) => {
      if (storyIds.length) {
        const visible = await tx
          .select({ id: stories.id })
          .from(stories)
          .where(and(inArray(stories.id, storyIds), publiclyVisible()));
        const missing = storyIds.filter((id) => !visible.some((v) => v.id === id));
        if (missing.length) throw refuse("invalid", "refusals.home.notVisible", undefined, { missing });
      }
      await tx.delete(homeSlots).where(gte(homeSlots.position, 0)); // the whole lineup is replaced
      if (storyIds.length) await tx.insert(homeSlots).values(storyIds.map((storyId, position) => ({ position, storyId, setById: ctx.actor.id })));
      await recordAudit(tx, { actorId: ctx.actor.id, action: "home.update", entityType: "home", entityId: null, data: { storyIds } });
      return { storyIds };
    });
  },
);

export type LineupChoice = { id: number; title: string; sectionName: string; publishedAt: Date };

const choiceColumns = { id: stories.id, title: stories.title, sectionName: sections.name, publishedAt: stories.publishedAt };
const asChoices = (rows: { id: number; title: string; sectionName: string; publishedAt: Date | null }[]): LineupChoice[] =>
  rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));

/** For the curation screen: the current lineup (public stories only). Candidates are searched (searchLineupCandidates). */
export async function loadCuration(db: Database, actor: Actor): Promise<{ lineup: LineupChoice[] }> {
  if (!can(actor, "homepage.curate")) throw new PermissionDeniedError();
  const lineup = await db
    .select(choiceColumns)
    .from(homeSlots)
    .innerJoin(stories, eq(stories.id, homeSlots.storyId))
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(publiclyVisible())
    .orderBy(asc(homeSlots.position));
  return { lineup: asChoices(lineup) };
}

/** At most this many candidates answer one search: the picker narrows by typing, never by scrolling. */
export const CANDIDATES_LIMIT = 12;

/** The picker's query: up to 120 characters; empty lists the newest public stories. */
export const candidateSearchSchema = z.object({
  q: z.string().max(120, zodMessage("validation.media.queryTooLong")).default(""),
});

/** Public stories whose title matches every word of the query (or whose id or address it is), newest first. */
export async function searchLineupCandidates(db: Database, actor: Actor, q: string): Promise<LineupChoice[]> {
  if (!can(actor, "homepage.curate")) throw new PermissionDeniedError();
  const id = storyIdInQuery(q);
  const words = foldForSearch(q).split(" ").filter(Boolean).slice(0, 8);
  const title = foldedSql(sql`${stories.title}`);
  const byWords = words.length ? and(...words.map((w) => sql`${title} like ${`%${escapeLike(w)}%`}`)) : undefined;
  const matches = id !== null ? (q.includes("/") || !byWords ? eq(stories.id, id) : or(eq(stories.id, id), byWords)) : byWords;
  const rows = await db
    .select(choiceColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publiclyVisible(), matches))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(CANDIDATES_LIMIT);
  return asChoices(rows);
}
