// Trang chủ: the chief editor's lineup of the home page (lead story, then featured slots in order).
import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { homeSlots, sections, stories } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { zodMessage } from "@/lib/i18n/phrase";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { publiclyVisible } from "@/lib/stories/public-queries";
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

/** For the curation screen: the current lineup (public stories only) and recent candidates. */
export async function loadCuration(db: Database, actor: Actor): Promise<{ lineup: LineupChoice[]; candidates: LineupChoice[] }> {
  if (!can(actor, "homepage.curate")) throw new PermissionDeniedError();
  const columns = { id: stories.id, title: stories.title, sectionName: sections.name, publishedAt: stories.publishedAt };
  const [lineup, candidates] = await Promise.all([
    db
      .select(columns)
      .from(homeSlots)
      .innerJoin(stories, eq(stories.id, homeSlots.storyId))
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(publiclyVisible())
      .orderBy(asc(homeSlots.position)),
    db
      .select(columns)
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(publiclyVisible())
      .orderBy(desc(stories.publishedAt))
      .limit(60),
  ]);
  const clean = (rows: typeof lineup) => rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
  return { lineup: clean(lineup), candidates: clean(candidates) };
}
