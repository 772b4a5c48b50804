import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeSection } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { homeSlots, sections } from "@/db/schema";
import { seedVisibilityCases, type VisibilityFixture } from "@/lib/reading/visibility-fixture";
import { getHomeLineup, listHomeSectionBlocks } from "./queries";

let handle: DatabaseHandle;
let fx: VisibilityFixture;

beforeAll(async () => {
  handle = await openTestDatabase();
  fx = await seedVisibilityCases(handle.db);
});
afterAll(async () => handle?.close());

async function placeSlots(slots: [number, number][]) {
  await handle.db.delete(homeSlots).where(sql`true`);
  if (slots.length) await handle.db.insert(homeSlots).values(slots.map(([position, storyId]) => ({ position, storyId })));
}

describe("the home page lineup", () => {
  it("shows every public story once when nothing is curated, newest first", async () => {
    await placeSlots([]);
    const lineup = await getHomeLineup(handle.db);
    expect(lineup.lead?.id).toBe(fx.ids.scheduledDue);
    expect(lineup.featured.map((s) => s.id)).toEqual([fx.ids.published]);
    expect(lineup.latest).toEqual([]);
  });

  it("keeps the chief editor's order and drops a story that is not public, filling its slot with the newest", async () => {
    // Lead: taken down; featured: a draft, the published story, a story not due yet, the due one.
    await placeSlots([
      [0, fx.ids.takenDown],
      [1, fx.ids.draft],
      [2, fx.ids.published],
      [3, fx.ids.scheduledLater],
      [4, fx.ids.scheduledDue],
    ]);
    const lineup = await getHomeLineup(handle.db);
    const shown = [lineup.lead, ...lineup.featured, ...lineup.latest].map((s) => s?.id);
    expect(lineup.lead?.id).toBeUndefined(); // nothing public is left over for the empty lead slot
    expect(lineup.featured.map((s) => s.id)).toEqual([fx.ids.published, fx.ids.scheduledDue]);
    for (const hidden of fx.hiddenIds) expect(shown).not.toContain(hidden);
  });

  it("fills the lead from the latest when its story dropped out, with no duplicates", async () => {
    await placeSlots([
      [0, fx.ids.takenDown],
      [1, fx.ids.published],
      [2, fx.ids.published],
    ]);
    const lineup = await getHomeLineup(handle.db, { featuredCount: 3, latestCount: 5 });
    expect(lineup.lead?.id).toBe(fx.ids.scheduledDue);
    expect(lineup.featured.map((s) => s.id)).toEqual([fx.ids.published]);
    expect(lineup.latest).toEqual([]);
  });

  it("puts curated stories first and the rest into latest", async () => {
    await placeSlots([[0, fx.ids.published]]);
    const lineup = await getHomeLineup(handle.db, { featuredCount: 0 });
    expect(lineup.lead?.id).toBe(fx.ids.published);
    expect(lineup.featured).toEqual([]);
    expect(lineup.latest.map((s) => s.id)).toEqual([fx.ids.scheduledDue]);
  });
});

describe("the home page's section blocks", () => {
  it("show the public stories of each visible section, hidden sections left out", async () => {
    const blocks = await listHomeSectionBlocks(handle.db);
    expect(blocks.map((b) => b.section.id)).toEqual([fx.sectionId]);
    expect(blocks[0]!.stories.map((s) => s.id)).toEqual([fx.ids.scheduledDue, fx.ids.published]);

    const hidden = await makeSection(handle.db, { name: "Ẩn", hidden: true });
    const other = await seedVisibilityCases(handle.db, { sectionSlug: "khac" });
    await handle.db.update(sections).set({ parentId: hidden.id }).where(eq(sections.id, other.sectionId));
    expect((await listHomeSectionBlocks(handle.db)).map((b) => b.section.id)).toEqual([fx.sectionId]);
    expect((await listHomeSectionBlocks(handle.db, 1))[0]!.stories.map((s) => s.id)).toEqual([fx.ids.scheduledDue]);
  });
});
