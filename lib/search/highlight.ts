// Marks the reader's words in the original, accented text: every word of the text is folded by
// the same functions as the index, and marked where the folded query terms match.
import type { SearchTerm } from "./query";
import { accentedWords, foldedWords } from "./tokens";

export type Segment = { text: string; mark: boolean };

type Token = { start: number; end: number; folded: string; accented: string };

// Letters, marks (NFD text), digits, and the invisible characters fold.ts drops inside words.
const WORD = /[\p{L}\p{M}\p{N}\u00ad\u200b-\u200d\u2060\ufeff]+/gu;

// A story says the same few hundred syllables again and again: each is folded once. Bounded,
// as readers' queries bring any text through here.
const foldings = new Map<string, { folded: string; accented: string }>();
const FOLDINGS_KEPT = 50_000;

function foldWord(word: string) {
  let known = foldings.get(word);
  if (!known) {
    if (foldings.size >= FOLDINGS_KEPT) foldings.clear();
    known = { folded: foldedWords(word).join(""), accented: accentedWords(word).join("") };
    foldings.set(word, known);
  }
  return known;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const { folded, accented } = foldWord(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, folded, accented });
  }
  return tokens;
}

/** Levenshtein distance, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

type WordTest = (t: Token) => boolean;

export type Highlighter = {
  /** The text cut into marked and unmarked pieces. */
  segments: (text: string) => Segment[];
  /** A passage of about `words` words around the densest run of matches, or null when nothing matches. */
  excerpt: (text: string, words?: number) => Segment[] | null;
};

/**
 * A highlighter for one story. `story` is all of its searchable text, or its stored accented words
 * (search_accented: the same words, already folded, so nothing is tokenised twice): where the reader
 * typed diacritics ("Đảng") and the story has that exact spelling, only it is marked, not "đang";
 * where the story matched only through folding, the folded matches are marked.
 */
export function highlighter(terms: readonly SearchTerm[], story: string | { accentedWords: string }): Highlighter {
  let inStory: ((accented: string) => boolean) | undefined;
  // Asked only for words typed with diacritics: a query typed without any reads nothing here.
  const hasAccented = (accented: string) => {
    if (!inStory) {
      if (typeof story === "string") {
        const words = new Set(tokenize(story).map((t) => t.accented));
        inStory = (w) => words.has(w);
      } else {
        const padded = ` ${story.accentedWords} `;
        inStory = (w) => padded.includes(` ${w} `);
      }
    }
    return inStory(accented);
  };
  const tests: WordTest[][] = terms.map((term) =>
    term.folded.map((word, i): WordTest => {
      const accented = term.folded.length === term.accented.length ? term.accented[i] : undefined;
      if (accented && accented !== word && hasAccented(accented)) return (t) => t.accented === accented;
      return (t) => t.folded === word;
    }),
  );

  /** Matches as token ranges [first, last], with the term each one belongs to. */
  function matches(tokens: Token[]) {
    const found: { first: number; last: number; term: number }[] = [];
    tests.forEach((words, term) => {
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (words.every((test, k) => test(tokens[i + k]!))) found.push({ first: i, last: i + words.length - 1, term });
      }
    });
    return found.sort((a, b) => a.first - b.first || b.last - a.last);
  }

  function cut(text: string, tokens: Token[], found: { first: number; last: number }[], from = 0, to = text.length): Segment[] {
    // Character ranges to mark; neighbours separated only by spaces merge into one <mark>.
    const ranges: [number, number][] = [];
    for (const m of found) {
      const start = tokens[m.first]!.start;
      const end = tokens[m.last]!.end;
      if (start < from || end > to) continue;
      const last = ranges.at(-1);
      if (last && (start <= last[1] || /^\s+$/u.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    const out: Segment[] = [];
    let at = from;
    for (const [start, end] of ranges) {
      if (start > at) out.push({ text: text.slice(at, start), mark: false });
      out.push({ text: text.slice(start, end), mark: true });
      at = end;
    }
    if (at < to) out.push({ text: text.slice(at, to), mark: false });
    return out;
  }

  return {
    segments(text) {
      const tokens = tokenize(text);
      return cut(text, tokens, matches(tokens));
    },
    excerpt(text, words = 32) {
      const tokens = tokenize(text);
      const found = matches(tokens);
      if (found.length === 0) return null;
      // The window holding the most different terms wins; the earliest among equals.
      let best = found[0]!;
      let bestCount = 0;
      for (const m of found) {
        const count = new Set(found.filter((o) => o.first >= m.first && o.last < m.first + words).map((o) => o.term)).size;
        if (count > bestCount) [best, bestCount] = [m, count];
      }
      const first = Math.max(0, best.first - 6);
      const last = Math.min(tokens.length - 1, first + words - 1);
      const from = first === 0 ? 0 : tokens[first]!.start;
      const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
      const body = cut(text, tokens, found, from, to);
      if (first > 0) body.unshift({ text: "…", mark: false });
      if (last < tokens.length - 1) body.push({ text: "…", mark: false });
      return body;
    },
  };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Segments as HTML for the JSON API: text escaped, matches in <mark>. */
export function segmentsToHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const text = s.text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
      return s.mark ? `<mark>${text}</mark>` : text;
    })
    .join("");
}
