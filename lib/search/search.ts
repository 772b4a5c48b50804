// Public search: published stories only (the same visibility filter as every public page),
// matched on folded words through GIN indexes, ranked so that exact spellings and phrases come
// before unaccented collisions, then the newest first.
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { sections, stories } from "@/db/schema";
import { publiclyVisible, storyPath } from "@/lib/stories/public-queries";
import { editDistance, highlighter, segmentsToHtml, type Segment } from "./highlight";
import { parseQuery, type SearchTerm } from "./query";
import { FIELD_SEPARATOR } from "./tokens";

export const SEARCH_PAGE_SIZE = 10;

export type SearchHit = {
  id: number;
  title: string;
  sapo: string;
  byline: string[];
  url: string;
  sectionSlug: string;
  sectionName: string;
  publishedAt: Date;
  marked: {
    title: Segment[];
    sapo: Segment[];
    byline: Segment[];
    /** A passage of the body around the matches; null when the body has none. */
    excerpt: Segment[] | null;
  };
};

export type SearchResults = { total: number; page: number; perPage: number; pageCount: number; hits: SearchHit[] };

/**
 * How a parsed query becomes SQL. A word no public story contains is taken for a typo: instead
 * of the exact word, the query words around it must be similar (pg_trgm word similarity, at
 * its default threshold 0.6) to some stretch of the story's folded text.
 */
export type SearchPlan = {
  terms: SearchTerm[];
  /** Folded query words found nowhere: matched by similarity, highlighted one edit away. */
  typoWords: Set<string>;
  /** The terms with each typo replaced by the word the matching stories use most ("dumg" → "dung"), for ranking and marking. */
  rankTerms: SearchTerm[];
  where: SQL;
  order: SQL[];
};

type SearchTextColumn = typeof stories.searchFolded | typeof stories.searchAccented | typeof stories.searchTitle;
const padded = (column: SearchTextColumn) => sql`(' ' || ${column} || ' ')`;
/** 1 when the words occur together in the column (words are space-separated there), else 0. */
const containsWords = (column: SearchTextColumn, words: readonly string[]) =>
  sql`(strpos(${padded(column)}, ${` ${words.join(" ")} `}::text) > 0)::int`;
/** How many times the words occur together in the column (non-overlapping). */
const occurrences = (column: SearchTextColumn, words: readonly string[]) => {
  const needle = ` ${words.join(" ")} `;
  // char_length counts code points, as the spread does; the divisor is a computed integer.
  const step = sql.raw(String([...needle].length - 1));
  return sql`((char_length(${padded(column)}) - char_length(replace(${padded(column)}, ${needle}::text, ' '))) / ${step})`;
};
const MENTIONS_CAP = 3;
// Null for nothing to add: a bare 0 in ORDER BY would mean "the 0th column".
const sum = (parts: SQL[]) => (parts.length ? sql`(${sql.join(parts, sql` + `)})` : null);

/** The folded words that occur in at least one public story. */
async function knownWords(db: Database, words: readonly string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const result = await db.execute(knownWordsQuery(words));
  return new Set(rowsOf<{ w: string }>(result).map((r) => r.w));
}

/** The SQL behind knownWords, for EXPLAIN in tests. */
export function knownWordsQuery(words: readonly string[]): SQL {
  const candidates = sql.join(
    words.map((w) => sql`(${w}::text)`),
    sql`, `,
  );
  return sql`
    select w from (values ${candidates}) as candidate(w)
    where exists (
      select 1 from ${stories}
      where ${stories.searchVector} @@ plainto_tsquery('simple', candidate.w) and ${publiclyVisible()}
    )`;
}

// How many matching stories are read to guess what a typo stands for.
const TYPO_SAMPLE = 20;
export const TYPO_WINDOW = 3000;
/** Counting stops here: "hơn 10.000 bài" says enough, and counting 80,000 matches costs seconds. */
export const COUNT_CAP = 10_000;

/**
 * For each typo, the word one or two edits away that the first matching stories use most, put in
 * its place; a typo with no such word stays (its stories are still found by similarity).
 */
async function correctTypos(db: Database, terms: SearchTerm[], typoWords: ReadonlySet<string>, where: SQL): Promise<SearchTerm[]> {
  const sample = await db.select({ text: stories.searchFolded }).from(stories).where(where).limit(TYPO_SAMPLE);
  const counts = new Map<string, Map<string, number>>();
  for (const { text } of sample) {
    for (const word of new Set(text.split(/\s+/))) {
      for (const typo of typoWords) {
        if (word !== typo && editDistance(word, typo, typo.length > 5 ? 2 : 1) <= (typo.length > 5 ? 2 : 1)) {
          const seen = counts.get(typo) ?? new Map<string, number>();
          seen.set(word, (seen.get(word) ?? 0) + 1);
          counts.set(typo, seen);
        }
      }
    }
  }
  const corrections = new Map([...counts].map(([typo, seen]) => [typo, [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]));
  return terms.map((term) => (term.folded.some((w) => corrections.has(w)) ? { ...term, folded: term.folded.map((w) => corrections.get(w) ?? w) } : term));
}

export async function planSearch(db: Database, q: string): Promise<SearchPlan | null> {
  const parsed = parseQuery(q);
  if (parsed.length === 0) return null;
  let terms = parsed;
  const flat = terms.flatMap((term) => term.folded);
  const known = await knownWords(db, [...new Set(flat)]);
  const typoWords = new Set(flat.filter((w) => !known.has(w)));

  const exact: SQL[] = [];
  const similar: SQL[] = [];
  let position = 0;
  for (const term of terms) {
    const at = position;
    position += term.folded.length;
    if (term.folded.every((w) => known.has(w))) {
      exact.push(sql`phraseto_tsquery('simple', ${term.folded.join(" ")}::text)`);
      continue;
    }
    // A lone misspelt syllable says too little for trigrams ("dumg" shares 2 of 5 with "dung");
    // with the reader's neighbouring words it does ("xay dumg" ≈ "xay dung": 0.67).
    const window = term.folded.length > 1 ? term.folded : flat.slice(Math.max(0, at - 1), at + 2);
    similar.push(sql`${window.join(" ")}::text <% recent.search_folded`);
  }
  const where = and(
    publiclyVisible(),
    exact.length ? sql`${stories.searchVector} @@ (${sql.join(exact, sql` && `)})` : undefined,
    // Trigram similarity reads each candidate's whole text, and in a long archive nearly every
    // story shares trigrams with any query: a typo is looked for among the most recent stories
    // only (the limit is applied before the similarity test), or it would read the whole archive.
    similar.length
      ? sql`${stories.id} in (select recent.id from (select ${stories.id} as id, ${stories.searchFolded} as search_folded from ${stories} where ${publiclyVisible()} order by ${stories.publishedAt} desc limit ${TYPO_WINDOW}) recent where ${sql.join(similar, sql` and `)})`
      : undefined,
  )!;
  const rankTerms = typoWords.size ? await correctTypos(db, terms, typoWords, where) : terms;

  // Ranking, most important first: the reader's exact spelling (Đảng, not đang), the whole query
  // as a phrase, words in the title, how often the story says it (capped: a story that repeats
  // the words is about them, a longer one is not better); then the newest. Each part is a small
  // integer so that equal matches really tie and recency decides.
  // Typos are ranked as what the stories say, so "xay dumg dang" orders like "xay dung dang".
  terms = rankTerms;
  const accented = terms.filter((t) => t.accented.length > 0);
  const exactSpelling = sum(accented.map((t) => containsWords(stories.searchAccented, t.accented)));
  const allFolded = terms.flatMap((t) => t.folded);
  const allAccented = terms.flatMap((t) => t.accented);
  const wholePhrase =
    terms.length > 1 ? sum([containsWords(stories.searchFolded, allFolded), containsWords(stories.searchAccented, allAccented)]) : null;
  const inTitle = sum(terms.map((t) => containsWords(stories.searchTitle, t.folded)));
  const mentions = sql`least(${sql.raw(String(MENTIONS_CAP))}, ${occurrences(stories.searchFolded, allFolded)})`;
  const order = [exactSpelling, wholePhrase, inTitle, mentions, stories.publishedAt, stories.id].filter((part) => part !== null).map((part) => desc(part));
  return { terms: parsed, typoWords, rankTerms, where, order };
}

/** The matching stories as a query, for the page and for EXPLAIN in tests. */
export function searchQuery(db: Database, plan: SearchPlan, { limit, offset }: { limit: number; offset: number }) {
  return db
    .select({
      id: stories.id,
      title: stories.title,
      sapo: stories.sapo,
      byline: stories.byline,
      bodyText: stories.bodyText,
      slug: stories.slug,
      publishedAt: stories.publishedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(inArray(stories.id, recentMatches(db, plan)))
    .orderBy(...plan.order)
    .limit(limit)
    .offset(offset);
}

/**
 * Ranking reads each candidate's text, so it looks at the most recent matches only: over a large
 * archive a common word matches tens of thousands of stories, and a news reader wants the recent
 * ones; an older story is found by a more precise query. The total still counts every match.
 */
export const RANK_WINDOW = 1000;

function recentMatches(db: Database, plan: SearchPlan) {
  return db.select({ id: stories.id }).from(stories).where(plan.where).orderBy(desc(stories.publishedAt)).limit(RANK_WINDOW);
}

export function searchCountQuery(db: Database, plan: SearchPlan) {
  const matches = db.select({ one: sql`1` }).from(stories).innerJoin(sections, eq(sections.id, stories.sectionId)).where(plan.where).limit(COUNT_CAP + 1).as("matches");
  return db.select({ n: count() }).from(matches);
}

export async function searchStories(db: Database, q: string, { page = 1, perPage = SEARCH_PAGE_SIZE }: { page?: number; perPage?: number } = {}): Promise<SearchResults> {
  const plan = await planSearch(db, q);
  if (!plan) return { total: 0, page, perPage, pageCount: 0, hits: [] };
  const [totalRow] = await searchCountQuery(db, plan);
  const total = totalRow?.n ?? 0;
  const rows = total > (page - 1) * perPage ? await searchQuery(db, plan, { limit: perPage, offset: (page - 1) * perPage }) : [];
  const hits = rows.map((row): SearchHit => {
    const marker = highlighter(plan.rankTerms, [row.title, row.sapo, ...row.byline, row.bodyText].join(FIELD_SEPARATOR), plan.typoWords);
    return {
      id: row.id,
      title: row.title,
      sapo: row.sapo,
      byline: row.byline,
      url: storyPath(row),
      sectionSlug: row.sectionSlug,
      sectionName: row.sectionName,
      publishedAt: row.publishedAt!,
      marked: {
        title: marker.segments(row.title),
        sapo: marker.segments(row.sapo),
        byline: marker.segments(row.byline.join(" - ")),
        excerpt: marker.excerpt(row.bodyText),
      },
    };
  });
  return { total, page, perPage, pageCount: Math.ceil(total / perPage), hits };
}

/**
 * The JSON answer of /api/search. `highlight` is HTML: text escaped, the reader's words in
 * <mark>, taken from the body passage around the matches, else the sapo, else the title.
 */
export function searchResultsJson({ total, hits }: SearchResults) {
  const hasMark = (segments: Segment[] | null): segments is Segment[] => Boolean(segments?.some((s) => s.mark));
  return {
    total,
    results: hits.map((hit) => {
      const { excerpt, sapo, title } = hit.marked;
      return {
        id: hit.id,
        title: hit.title,
        url: hit.url,
        sapo: hit.sapo,
        publishedAt: hit.publishedAt.toISOString(),
        highlight: segmentsToHtml(hasMark(excerpt) ? excerpt : hasMark(sapo) ? sapo : title),
      };
    }),
  };
}
