// The search must reach stories through its GIN indexes, never by reading every body: EXPLAIN on a
// few thousand rows. Sequential scans are switched off for the check so the assertion does not
// hang on the planner's cost guesses: it proves an index path exists for each query; the plans
// the planner picks on its own are printed for a person to read.
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Database, type DatabaseHandle } from "@/db/client";
import { makePerson, makeSection } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories } from "@/db/schema";
import { bodyFromBlocks } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import { knownWordsQuery, nearWordsQuery, oneEditVariants, pairsQuery, planSearch, SEARCH_WINDOW, searchQuery, searchStories } from "./search";

let handle: DatabaseHandle;
const STORIES = 3000;

// Common syllables of news text, so the filler reads like the paper and shares trigrams with it.
const SYLLABLES =
  "xã tỉnh huyện dân cán bộ công tác phát triển kinh tế du lịch nông nghiệp giao thông văn hóa hội nghị triển khai nhiệm vụ năm tháng người trồng cây đường thôn bản biên giới cửa khẩu hàng hóa xuất khẩu học sinh trường lớp".split(
    " ",
  );

/** Deterministic filler: the same corpus on every run and on both databases. */
function filler(seed: number, words: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(SYLLABLES[x % SYLLABLES.length]!);
  }
  return out.join(" ");
}

beforeAll(async () => {
  handle = await openTestDatabase();
  const author = await makePerson(handle.db, "reporter");
  const section = await makeSection(handle.db, { name: "Thời sự" });
  // Rows straight into the table, 250 at a time: 3000 stories one by one through makeStory would be far slower.
  const rows = Array.from({ length: STORIES }, (_, i) => {
    // A handful of stories about two places, and about building new rural areas.
    const extra = i % 600 === 7 ? " Bảo Lâm" : i % 500 === 3 ? " xây dựng nông thôn mới" : i % 700 === 11 ? " Quảng Lạc" : "";
    const fields = {
      title: `${filler(i + 1, 10)}${extra}`,
      sapo: filler(i + 7, 30),
      body: bodyFromBlocks([{ type: "paragraph", text: `${filler(i + 13, 250)}${extra}` }]),
      byline: ["BBT"],
    };
    return {
      ...fields,
      ...derivedColumns(fields),
      sectionId: section.id,
      slug: `bai-${i}`,
      status: i % 10 === 0 ? ("draft" as const) : ("published" as const),
      publishedAt: i % 10 === 0 ? null : new Date(Date.now() - i * 3_600_000),
      createdById: author.id,
    };
  });
  for (let i = 0; i < rows.length; i += 250) await handle.db.insert(stories).values(rows.slice(i, i + 250));
  await handle.db.execute(sql`analyze stories`);
}, 240_000);
afterAll(async () => handle?.close());

async function explain(db: Database, query: SQLWrapper, { seqscan }: { seqscan: boolean }): Promise<string> {
  return db.transaction(async (tx) => {
    if (!seqscan) await tx.execute(sql`set local enable_seqscan = off`);
    const result = await tx.execute(sql`explain ${query}`);
    return rowsOf<Record<string, string>>(result)
      .map((r) => Object.values(r)[0])
      .join("\n");
  });
}

/** The queries of a search, each with the index it must go through. */
async function queriesFor(q: string, storiesIndex: RegExp): Promise<[string, SQLWrapper, RegExp][]> {
  const plan = (await planSearch(handle.db, q))!;
  const words: SQL = knownWordsQuery(plan.typed.flatMap((t) => t.folded));
  return [
    ["words", words, /on search_words_/],
    ["page", searchQuery(plan, { limit: 10, offset: 0 }), storiesIndex],
  ];
}

describe(`search over ${STORIES} stories`, () => {
  it.each([
    ["bảo lâm", /stories_search_vector_idx/],
    ['"xây dựng nông thôn"', /stories_search_vector_idx/],
    // "dumg" is in no story: it is searched as the dictionary's "dung".
    ["xay dumg nong thon", /stories_search_vector_idx/],
  ])("%s reaches stories through a search index, never a sequential scan", async (q, storiesIndex) => {
    for (const [name, query, index] of await queriesFor(q, storiesIndex)) {
      const forced = await explain(handle.db, query, { seqscan: false });
      expect(forced, `${q} / ${name}\n${forced}`).not.toMatch(/Seq Scan on stories/);
      expect(forced, `${q} / ${name}\n${forced}`).toMatch(index);
      const chosen = await explain(handle.db, query, { seqscan: true });
      console.log(`[${handle.kind}] ${q} / ${name}, plan chosen freely:\n${chosen}\n`);
    }
  });

  it("looks a typo up in the dictionary through its trigram index", async () => {
    const forced = await explain(handle.db, nearWordsQuery("dumg"), { seqscan: false });
    expect(forced).toMatch(/search_words_trgm_idx/);
    expect((await planSearch(handle.db, "xay dumg nong thon"))!.corrections).toEqual(new Map([["dumg", "dung"]]));
  });

  it("looks pairs up in the pair dictionary through its primary key, a typo's hundreds of variants included", async () => {
    const variants = oneEditVariants("thang").flatMap((v) => [["xa", v] as const, [v, "nam"] as const]);
    expect(variants.length).toBeGreaterThan(400);
    for (const pairs of [[["xa", "thang"] as const], variants]) {
      const forced = await explain(handle.db, pairsQuery(pairs), { seqscan: false });
      expect(forced).toMatch(/search_pairs_first_second_pk/);
      console.log(`[${handle.kind}] ${pairs.length} pairs, plan chosen freely:\n${await explain(handle.db, pairsQuery(pairs), { seqscan: true })}\n`);
    }
    // "tác" is in nearly every story here, never after "quảng": searched as the pair the stories use.
    const started = performance.now();
    const typo = await searchStories(handle.db, "quang tac");
    console.log(`[${handle.kind}] a known word corrected by its pair over ${STORIES} stories: ${(performance.now() - started).toFixed(0)} ms`);
    expect(typo).toMatchObject({ correctedQuery: "quang lac", total: 5 });
  });

  it("draws a common word's results from the newest matches and says that more match", async () => {
    const common = await searchStories(handle.db, "tỉnh");
    expect(common.truncated).toBe(true);
    expect(common.total).toBeGreaterThanOrEqual(SEARCH_WINDOW);
    expect(common.total).toBeLessThanOrEqual(SEARCH_WINDOW + 100);
    const last = await searchStories(handle.db, "tỉnh", { page: common.pageCount });
    expect(last.hits.length).toBeGreaterThan(0);
    expect((await searchStories(handle.db, "Bảo Lâm")).truncated).toBe(false);
  });

  it("finds the rare stories (a printed figure, not a timed assertion)", async () => {
    const started = performance.now();
    const result = await searchStories(handle.db, "Bảo Lâm");
    const typo = await searchStories(handle.db, "xay dumg nong thon");
    console.log(`[${handle.kind}] two searches over ${STORIES} stories: ${(performance.now() - started).toFixed(0)} ms`);
    expect(result.total).toBe(5); // i % 600 === 7 below 3000, none of them a draft
    expect(typo.total).toBe(6);
  });
});
