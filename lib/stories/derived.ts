// Columns kept beside what the writer typed, computed in one place for every write path
// (editor saves, corrections, restores, the importer and the seed) so they never disagree.
import { and, asc, eq, gt, lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, type StoryBody } from "@/db/schema";
import { searchColumns } from "@/lib/search/tokens";
import { slugify } from "@/lib/text/slug";
import { countWords, plainText } from "./body";
import { penNameOf } from "./pen-name";

/** Bump when derivedColumns changes: rows computed by an older version are redone at start. */
export const DERIVED_VERSION = 3;

export type DerivedSource = { title: string; sapo: string; body: StoryBody; byline: readonly string[] };

export function derivedColumns(story: DerivedSource) {
  const bodyText = plainText(story.body);
  return {
    bodyText,
    wordCount: countWords(story.title, story.sapo, bodyText),
    bylineSlugs: [...new Set(story.byline.map((entry) => slugify(penNameOf(entry))).filter(Boolean))],
    ...searchColumns({ ...story, bodyText }),
    derivedVersion: DERIVED_VERSION,
  };
}

/** Recomputes the derived columns of rows written by an older version, in batches. */
export async function refreshDerivedColumns(db: Database, batchSize = 500): Promise<number> {
  let done = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select({ id: stories.id, title: stories.title, sapo: stories.sapo, body: stories.body, byline: stories.byline })
      .from(stories)
      .where(and(lt(stories.derivedVersion, DERIVED_VERSION), gt(stories.id, afterId)))
      .orderBy(asc(stories.id))
      .limit(batchSize);
    if (rows.length === 0) return done;
    await db.transaction(async (tx) => {
      for (const row of rows) await tx.update(stories).set(derivedColumns(row)).where(eq(stories.id, row.id));
    });
    done += rows.length;
    afterId = rows.at(-1)!.id;
  }
}
