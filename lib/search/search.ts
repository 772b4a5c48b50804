// Public search: published stories only (the same visibility filter as every public page),
// matched on folded words through GIN indexes, ranked so that exact spellings and phrases come
// before unaccented collisions, then the newest first.
//
// Where the time goes, per search over 100,000 stories (measured with scripts/bench): reading each
// candidate's search texts out of line (TOAST) for the ranking, a few hundred rows, is the floor;
// candidate selection is bounded (SEARCH_WINDOW, TITLE_WINDOW); a title candidate is tested on the
// row's short search_title before any tsvector is built; checks that "some public story has these
// words" go through the GIN index only (throughIndex); the accented text is read only for a query
// typed with diacritics, and marking uses the stored accented words instead of re-tokenising the
// story. Identical searches in flight share one answer (lib/cache/search-cache.ts).
import { and, inArray, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { searchPairs, searchWords, sections, stories } from "@/db/schema";
import { publiclyVisible, storyPath } from "@/lib/stories/public-queries";
import { editDistance, highlighter, segmentsToHtml, type Segment } from "./highlight";
import { parseQuery, type SearchTerm } from "./query";

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

/**
 * What a query searches for. A word no public story has ever used is taken for a typo and replaced by
 * the nearest word of the dictionary (search_words, by trigram distance) that public stories use
 * with its neighbours: "xay dumg dang" is searched as "xay dung dang". A known word is a typo too
 * when the archive never puts it beside its neighbours while a word one slip away makes a pair it
 * uses (search_pairs): "tân thang" is searched as "tan thanh", though "thang" (tháng) is common.
 */
export type SearchPlan = {
  /** The terms as the reader typed them. */
  typed: SearchTerm[];
  /** The terms searched, typos corrected: what matches, ranks and is marked. */
  terms: SearchTerm[];
  /** Typo → the word searched instead. */
  corrections: Map<string, string>;
  /** False when a word is in no public story and has no correction: nothing can match. */
  matchable: boolean;
};

export type SearchResults = {
  total: number;
  /** Older stories may match too: the results come from the newest matches only (see SEARCH_WINDOW). */
  truncated: boolean;
  page: number;
  perPage: number;
  pageCount: number;
  hits: SearchHit[];
  /** The folded query searched instead of the typed one, when a typo was corrected. */
  correctedQuery: string | null;
};

/**
 * Results are drawn from the SEARCH_WINDOW newest stories with all the words, plus the
 * TITLE_WINDOW newest with all of them in the title: over a long archive a common word matches
 * tens of thousands of stories, and ranking reads each candidate's text. A news reader wants the
 * recent ones and the ones headlined on the subject; an older mention is found by more words.
 */
export const SEARCH_WINDOW = 300;
const TITLE_WINDOW = 100;
const PHRASE_SCAN = 1000;

// Ranking works on the candidates' search texts padded with a space at each end ("texts" in
// rankedCandidates), so a word or phrase is found as " word " and never inside another word.
/** 1 when the words occur together in the padded text (words are space-separated there), else 0. */
const containsWords = (text: SQL, words: readonly string[]) => sql`(strpos(${text}, ${` ${words.join(" ")} `}::text) > 0)::int`;
/** How many times the words occur together in the padded text (non-overlapping). */
const occurrences = (text: SQL, words: readonly string[]) => {
  const needle = ` ${words.join(" ")} `;
  // char_length counts code points, as the spread does; the divisor is a computed integer.
  const step = sql.raw(String([...needle].length - 1));
  return sql`((char_length(${text}) - char_length(replace(${text}, ${needle}::text, ' '))) / ${step})`;
};
const MENTIONS_CAP = 3;
// Null for nothing to add: a bare 0 in ORDER BY would mean "the 0th column".
const sum = (parts: SQL[]) => (parts.length ? sql`(${sql.join(parts, sql` + `)})` : null);
/** Words adjacent, in order (one word: the word), as a tsquery. */
const phraseQuery = (words: readonly string[]) => sql`phraseto_tsquery('simple', ${words.join(" ")}::text)`;
/** Stories with every term, adjacent where a term has several words. One tsquery: each @@ reads the story's whole vector again. */
const hasTerms = (terms: readonly SearchTerm[]) =>
  sql`${stories.searchVector} @@ (${sql.join(
    terms.map((t) => phraseQuery(t.folded)),
    sql` && `,
  )})`;
// The expression of the index stories_search_title_idx, written the same way so the planner uses it.
const titleVector = sql`to_tsvector('simple', ${stories.searchTitle})`;
/**
 * Stories whose title has all these words. The plain string tests come first and are what a scan
 * of the newest stories mostly evaluates (the planner runs the cheaper conditions first and stops
 * at the first false one): a title is a few dozen bytes kept in the row, while to_tsvector parses
 * it anew for every row (measured: 100 matches among 31,000 titles, 400 ms → 17 ms). The tsvector
 * condition keeps the GIN index usable; both say the same, as a title's words are space-separated.
 */
const titleHas = (words: readonly string[]) =>
  sql.join(
    [...new Set(words)]
      .map((w) => sql`strpos(' ' || ${stories.searchTitle} || ' ', ${` ${w} `}::text) > 0`)
      .concat(sql`${titleVector} @@ plainto_tsquery('simple', ${words.join(" ")}::text)`),
    sql` and `,
  );
/** Words typed without diacritics say nothing about spelling: no need to read the accented text. */
const typedAccents = (t: SearchTerm) => t.accented.length > 0 && t.accented.join(" ") !== t.folded.join(" ");

/**
 * The query words public stories have used (the dictionary, one index probe each). A word of a
 * story since taken down, or scheduled for later, counts as known: it is not corrected, and finds nothing.
 */
async function knownWords(db: Database, words: readonly string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const result = await db.execute(knownWordsQuery(words));
  return new Set(rowsOf<{ w: string }>(result).map((r) => r.w));
}

/** The SQL behind knownWords, for EXPLAIN in tests. */
export function knownWordsQuery(words: readonly string[]): SQL {
  return sql`select ${searchWords.word} as w from ${searchWords} where ${inArray(searchWords.word, [...words])}`;
}

/** Dictionary words nearest to a typo by trigram distance, through the GiST index. */
export function nearWordsQuery(typo: string, limit = 20): SQL {
  return sql`select ${searchWords.word} as w from ${searchWords} order by ${searchWords.word} <-> ${typo}::text limit ${limit}`;
}

/** How many public stories brought in each of these adjacent word pairs (a pair none used is absent), through the primary key. */
export function pairsQuery(pairs: readonly Pair[]): SQL {
  // Two arrays of words, which never hold a space: two parameters, however many pairs.
  const column = (i: 0 | 1) => pairs.map((p) => p[i]).join(" ");
  return sql`select ${searchPairs.first} as a, ${searchPairs.second} as b, ${searchPairs.uses} as n from ${searchPairs}
    where (${searchPairs.first}, ${searchPairs.second}) in (select * from unnest(string_to_array(${column(0)}::text, ' '), string_to_array(${column(1)}::text, ' ')))`;
}

type Pair = readonly [string, string];
const pairKey = ([a, b]: Pair) => `${a} ${b}`;

/** The archive's uses of each pair, keyed "first second"; a pair never used is absent. */
async function pairUses(db: Database, pairs: readonly Pair[]): Promise<Map<string, number>> {
  if (pairs.length === 0) return new Map();
  const rows = rowsOf<{ a: string; b: string; n: number | string }>(await db.execute(pairsQuery(pairs)));
  return new Map(rows.map((r) => [pairKey([r.a, r.b]), Number(r.n)]));
}

// The table keeps no pair with a digit in it (see migration 0008).
const pairable = (word: string | undefined): word is string => word !== undefined && !/[0-9]/.test(word);

/** The pairs a word makes with the words before and after it (none with a number: the table has none). */
function neighbourPairs(word: string, before: string | undefined, after: string | undefined): Pair[] {
  return [...(pairable(before) ? [[before, word] as const] : []), ...(pairable(after) ? [[word, after] as const] : [])];
}
function pairScore(pairs: readonly Pair[], uses: ReadonlyMap<string, number>) {
  const counts = pairs.map((p) => uses.get(pairKey(p)) ?? 0);
  return { attested: counts.filter((n) => n > 0).length, uses: counts.reduce((a, b) => a + b, 0) };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every word one slip of the finger from a folded word: a letter dropped, changed or added, or two swapped. */
export function oneEditVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      variants.add(head + letter + tail);
      if (tail) variants.add(head + letter + tail.slice(1));
    }
  }
  variants.delete(word);
  return [...variants];
}

/**
 * Which of these options some public story matches: one EXISTS per option, each with its words as
 * a constant, so its index condition is planned per option. Written over a VALUES list instead,
 * the words were a column the planner could not look into (measured: 40–60 ms, now a few).
 */
function publicMatches(options: readonly { key: string; query: SQL }[]): SQL {
  return sql.join(
    options.map(
      ({ key, query }, i) =>
        sql`select ${i}::int as i, ${key}::text as key where exists (select 1 from ${stories} where ${stories.searchVector} @@ ${query} and ${publiclyVisible()})`,
    ),
    sql` union all `,
  );
}

/**
 * Runs an existence check through the GIN index only. Asked whether any story has words that are
 * each common but never together, the planner expects a match among the newest stories and reads
 * them one by one to the very first (measured: 2.3 s over 100,000 stories); the index's bitmap
 * costs a few milliseconds whatever the words, and the first visible row then ends the check.
 */
async function throughIndex(db: Database, query: SQL) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`);
    return rowsOf<{ key: string }>(await tx.execute(query));
  });
}

/** Those of these phrases that some public story uses (the index settles which stories to read). */
async function publicPhrases(db: Database, options: readonly string[]): Promise<Set<string>> {
  if (options.length === 0) return new Set();
  const found = await throughIndex(db, publicMatches(options.map((words) => ({ key: words, query: sql`phraseto_tsquery('simple', ${words}::text)` }))));
  return new Set(found.map((r) => r.key));
}

// A correction is one edit away (two for a long word), as typing slips are.
const allowedEdits = (word: string) => (word.length > 5 ? 2 : 1);
const CORRECTION_CANDIDATES = 6;

/**
 * For each typo, the nearest dictionary word that some public story uses together with the typo's
 * known neighbours in the query ("dumg" → "dung" because stories say "xay dung"). A typo with no
 * known neighbour is corrected only when it is the whole query: several unknown words in a row
 * are not a slip of the finger, and guessing them all would find stories the reader never meant.
 */
async function correctTypos(db: Database, typed: SearchTerm[], known: ReadonlySet<string>): Promise<Map<string, string>> {
  const corrections = new Map<string, string>();
  const flat = typed.flatMap((term) => term.folded);
  const isKnown = (w: string) => known.has(w) || corrections.has(w);
  for (const [at, typo] of flat.entries()) {
    // Numbers are never slips of the finger to correct: 2025 is not 2024.
    if (isKnown(typo) || /\d/.test(typo)) continue;
    const term = typed.find((t) => t.folded.includes(typo))!;
    // Neighbours: the rest of its quoted phrase, else the words typed just before and after.
    const around = term.folded.length > 1 ? term.folded : flat.slice(Math.max(0, at - 1), at + 2);
    const context = around.filter((w) => w === typo || isKnown(w)).map((w) => corrections.get(w) ?? w);
    if (context.length === 1 && flat.length > 1) continue;
    const close = rowsOf<{ w: string }>(await db.execute(nearWordsQuery(typo)))
      .map((r) => r.w)
      .filter((w) => w !== typo && editDistance(w, typo, allowedEdits(typo)) <= allowedEdits(typo));
    if (close.length === 0) continue;
    // Words the archive puts beside the typo's neighbours first ("tan thamh": "thanh" before
    // "tham"), then the nearest, then the most used there.
    const [before, after] = [flat[at - 1], flat[at + 1]].map((w) => (w !== undefined && isKnown(w) ? (corrections.get(w) ?? w) : undefined));
    const pairsOf = (w: string) => neighbourPairs(w, before, after);
    const uses = await pairUses(db, close.flatMap(pairsOf));
    const ranked = close.map((word) => ({ word, edits: editDistance(word, typo, 2), ...pairScore(pairsOf(word), uses) }));
    ranked.sort((a, b) => b.attested - a.attested || a.edits - b.edits || b.uses - a.uses);
    const near = ranked.slice(0, CORRECTION_CANDIDATES).map((r) => r.word);
    // The first candidate, nearest first, that a public story uses with the same neighbours
    // (anywhere in it: the index settles that without reading any story).
    const options = near.map((word) => ({ key: word, query: sql`plainto_tsquery('simple', ${context.map((w) => (w === typo ? word : w)).join(" ")}::text)` }));
    const [found] = await throughIndex(db, sql`select o.key from (${publicMatches(options)}) as o order by o.i limit 1`);
    if (found) corrections.set(typo, found.key);
  }
  return corrections;
}

// Options checked against the stories for each word that could be corrected, most likely first.
const PAIR_CANDIDATES = 3;

/**
 * Known words typed beside words the archive never puts them with, corrected to a word one slip away
 * that it does: "tan thang" → "tan thanh" (Tân Thanh), "quanh lac" → "quang lac" (Quảng Lạc).
 * A word is corrected only when none of the pairs it makes in the query is used by any story, so
 * a real name ("tam thanh": Tam Thanh) is never turned into a commoner one; never a number, a
 * single letter, or a word typed with diacritics (a reader who typed "tháng" meant the month).
 * Among several options the one making the most pairs the archive uses wins, then the most used.
 */
async function correctKnownWords(db: Database, typed: SearchTerm[], corrections: Map<string, string>): Promise<void> {
  const slots = typed.flatMap((term) =>
    term.folded.map((typo, i) => ({
      typo,
      word: corrections.get(typo) ?? typo,
      // The reader typed diacritics that folding removed (tokens that fold into several words count as deliberate too).
      deliberate: term.folded.length !== term.accented.length || term.accented[i] !== typo,
    })),
  );
  const words = slots.map((s) => s.word);
  const pairsOf = (word: string, at: number) => neighbourPairs(word, words[at - 1], words[at + 1]);
  const typedPairs = words.flatMap((w, at) => pairsOf(w, at));
  if (typedPairs.length === 0) return;
  const typedUses = await pairUses(db, typedPairs);
  const open = slots.flatMap((slot, at) => {
    const pairs = pairsOf(slot.word, at);
    const correctable = /^[a-z]{2,}$/.test(slot.word) && !slot.deliberate && !corrections.has(slot.typo);
    return correctable && pairs.length > 0 && pairScore(pairs, typedUses).attested === 0 ? [at] : [];
  });
  if (open.length === 0) return;

  const variantsAt = new Map(open.map((at) => [at, oneEditVariants(words[at]!)]));
  const uses = await pairUses(
    db,
    open.flatMap((at) => variantsAt.get(at)!.flatMap((v) => pairsOf(v, at))),
  );
  const options = open.flatMap((at) =>
    variantsAt
      .get(at)!
      .map((word) => {
        const pairs = pairsOf(word, at);
        // The pair a story must show as a phrase: the most used one the option makes.
        const mostUsed = pairs.reduce((best, p) => ((uses.get(pairKey(p)) ?? 0) > (uses.get(pairKey(best)) ?? 0) ? p : best));
        return { at, word, phrase: mostUsed.join(" "), ...pairScore(pairs, uses) };
      })
      .filter((o) => o.attested > 0)
      .sort((a, b) => b.attested - a.attested || b.uses - a.uses || a.word.localeCompare(b.word))
      .slice(0, PAIR_CANDIDATES),
  );
  // The pairs counted include stories since taken down or not yet due: a correction must find a public one.
  const shown = await publicPhrases(db, [...new Set(options.map((o) => o.phrase))]);
  const best = open
    .map((at) => options.find((o) => o.at === at && shown.has(o.phrase)))
    .filter((o) => o !== undefined)
    .sort((a, b) => b.attested - a.attested || b.uses - a.uses || a.at - b.at);
  // One correction per unattested pair: a word beside a corrected one keeps its spelling.
  const corrected = new Set<number>();
  for (const option of best) {
    if (corrected.has(option.at - 1) || corrected.has(option.at + 1)) continue;
    corrected.add(option.at);
    corrections.set(slots[option.at]!.typo, option.word);
  }
}

export async function planSearch(db: Database, q: string): Promise<SearchPlan | null> {
  const typed = parseQuery(q);
  if (typed.length === 0) return null;
  const flat = [...new Set(typed.flatMap((term) => term.folded))];
  const known = await knownWords(db, flat);
  const corrections = known.size === flat.length ? new Map<string, string>() : await correctTypos(db, typed, known);
  const matchable = flat.every((w) => known.has(w) || corrections.has(w));
  // A word still unknown finds nothing whatever its neighbours become.
  if (matchable) await correctKnownWords(db, typed, corrections);
  const terms = typed.map((term) => {
    if (!term.folded.some((w) => corrections.has(w))) return term;
    const folded = term.folded.map((w) => corrections.get(w) ?? w);
    // The spelling meant for a corrected word is unknown: it ranks and marks by its folded form.
    const accented = term.accented.length === term.folded.length ? term.accented.map((a, i) => (corrections.has(term.folded[i]!) ? folded[i]! : a)) : folded;
    return { ...term, folded, accented };
  });
  return { typed, terms, corrections, matchable };
}

// The candidates' padded search texts, as named in rankedCandidates.
const candidateText = { folded: sql.raw("texts.folded"), accented: sql.raw("texts.accented"), title: sql.raw("texts.title") };

/**
 * Ranking, most important first: the reader's exact spelling (Đảng, not đang), the whole query
 * as a phrase, words in the title, how often the story says it (capped: a story that repeats
 * the words is about them, a longer one is not better); then the newest. Each part is a small
 * integer so that equal matches really tie and recency decides.
 */
function rankOrder(terms: SearchTerm[]): SQL {
  const text = candidateText;
  const accented = terms.filter(typedAccents);
  const exactSpelling = sum(accented.map((t) => containsWords(text.accented, t.accented)));
  const allFolded = terms.flatMap((t) => t.folded);
  const allAccented = terms.flatMap((t) => t.accented);
  const wholePhrase =
    terms.length > 1 ? sum([containsWords(text.folded, allFolded), ...(accented.length ? [containsWords(text.accented, allAccented)] : [])]) : null;
  const inTitle = sum(terms.map((t) => containsWords(text.title, t.folded)));
  const mentions = sql`least(${sql.raw(String(MENTIONS_CAP))}, ${occurrences(text.folded, allFolded)})`;
  const parts = [exactSpelling, wholePhrase, inTitle, mentions, sql.raw("texts.published_at"), sql.raw("texts.id")].filter((part) => part !== null);
  return sql.join(
    parts.map((part) => sql`${part} desc`),
    sql`, `,
  );
}

/**
 * The candidates (see SEARCH_WINDOW) numbered in rank order, each with the number of candidates,
 * as a FROM item named "ranked". Their search texts are read once into padded copies (OFFSET 0
 * keeps that subquery apart): a long text lives compressed out of line, and every expression
 * naming the column would decompress it again.
 */
function rankedCandidates(plan: SearchPlan): SQL {
  const visible = publiclyVisible();
  const flat = plan.terms.flatMap((term) => term.folded);
  const words = sql`plainto_tsquery('simple', ${flat.join(" ")}::text)`;
  const phrases = plan.terms.filter((term) => term.folded.length > 1);
  const window = sql.raw(String(SEARCH_WINDOW));
  const newest = (where: SQL | undefined, limit: number | SQL) =>
    sql`select ${stories.id} as id, ${stories.publishedAt} as published_at from ${stories} where ${where} order by ${stories.publishedAt} desc limit ${typeof limit === "number" ? sql.raw(String(limit)) : limit}`;
  // Words in any order are settled by the index alone; adjacency needs each story's word
  // positions. So phrases are checked on the PHRASE_SCAN newest stories with all the words (and
  // as many with them in the title), never on every story that has them.
  const candidates = phrases.length
    ? sql`
      scanned as (${newest(and(visible, sql`${stories.searchVector} @@ ${words}`), PHRASE_SCAN)}),
      titles as (${newest(and(visible, titleHas(flat)), PHRASE_SCAN)}),
      recent as (select s.id, s.published_at from scanned s join ${stories} on ${stories.id} = s.id where ${hasTerms(phrases)} order by s.published_at desc limit ${window} + 1),
      titled as (select t.id, t.published_at from titles t join ${stories} on ${stories.id} = t.id where ${hasTerms(phrases)} order by t.published_at desc limit ${sql.raw(String(TITLE_WINDOW))}),
      more as (select (select count(*) from recent) > ${window} or (select count(*) from scanned) = ${sql.raw(String(PHRASE_SCAN))} as truncated)`
    : sql`
      recent as (${newest(and(visible, sql`${stories.searchVector} @@ ${words}`), sql`${window} + 1`)}),
      titled as (${newest(and(visible, titleHas(flat)), TITLE_WINDOW)}),
      more as (select (select count(*) from recent) > ${window} as truncated)`;
  return sql`(
    with ${candidates},
    texts as (
      select ${stories.id} as id, ${stories.publishedAt} as published_at,
        ' ' || ${stories.searchFolded} || ' ' as folded,
        ${plan.terms.some(typedAccents) ? sql`' ' || ${stories.searchAccented} || ' '` : sql`''`} as accented,
        ' ' || ${stories.searchTitle} || ' ' as title
      from ${stories}
      where ${stories.id} in ((select id from recent order by published_at desc limit ${window}) union select id from titled)
      offset 0
    )
    select texts.id, row_number() over (order by ${rankOrder(plan.terms)}) as position, count(*) over () as total,
      (select truncated from more) as truncated
    from texts
  ) ranked`;
}

/** One page of ranked matches, for the page and for EXPLAIN in tests. */
export function searchQuery(plan: SearchPlan, { limit, offset }: { limit: number; offset: number }): SQL {
  return sql`
    select ${stories.id} as id, ${stories.title} as title, ${stories.sapo} as sapo, ${stories.byline} as byline,
      ${stories.bodyText} as body_text, ${plan.terms.some(typedAccents) ? stories.searchAccented : sql`''`} as accented_words, ${stories.slug} as slug, ${stories.publishedAt} as published_at,
      ${sections.slug} as section_slug, ${sections.name} as section_name, ranked.total, ranked.truncated
    from ${rankedCandidates(plan)}
    join ${stories} on ${stories.id} = ranked.id
    join ${sections} on ${sections.id} = ${stories.sectionId}
    where ranked.position > ${offset} and ranked.position <= ${offset + limit}
    order by ranked.position`;
}

type SearchRow = {
  id: number;
  title: string;
  sapo: string;
  byline: string[];
  body_text: string;
  accented_words: string;
  slug: string;
  published_at: Date | string;
  section_slug: string;
  section_name: string;
  total: number | string;
  truncated: boolean;
};

export async function searchStories(
  db: Database,
  q: string,
  { page = 1, perPage = SEARCH_PAGE_SIZE }: { page?: number; perPage?: number } = {},
): Promise<SearchResults> {
  const empty: SearchResults = { total: 0, truncated: false, page, perPage, pageCount: 0, hits: [], correctedQuery: null };
  const plan = await planSearch(db, q);
  if (!plan) return empty;
  const correctedQuery = plan.corrections.size
    ? plan.terms.map((t) => (t.phrase && t.folded.length > 1 ? `"${t.folded.join(" ")}"` : t.folded.join(" "))).join(" ")
    : null;
  if (!plan.matchable) return { ...empty, correctedQuery };
  const rows = rowsOf<SearchRow>(await db.execute(searchQuery(plan, { limit: perPage, offset: (page - 1) * perPage })));
  // A page past the last one has no row to carry the count.
  const [counted] = rows.length
    ? rows
    : rowsOf<Pick<SearchRow, "total" | "truncated">>(await db.execute(sql`select total, truncated from ${rankedCandidates(plan)} limit 1`));
  const total = Number(counted?.total ?? 0);
  const hits = rows.map((row): SearchHit => {
    const marker = highlighter(plan.terms, { accentedWords: row.accented_words });
    return {
      id: row.id,
      title: row.title,
      sapo: row.sapo,
      byline: row.byline,
      url: storyPath({ id: row.id, slug: row.slug, sectionSlug: row.section_slug }),
      sectionSlug: row.section_slug,
      sectionName: row.section_name,
      // postgres.js gives raw timestamps as text, PGlite as Date.
      publishedAt: new Date(row.published_at),
      marked: {
        title: marker.segments(row.title),
        sapo: marker.segments(row.sapo),
        byline: marker.segments(row.byline.join(" - ")),
        excerpt: marker.excerpt(row.body_text),
      },
    };
  });
  return { total, truncated: Boolean(counted?.truncated), page, perPage, pageCount: Math.ceil(total / perPage), hits, correctedQuery };
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
