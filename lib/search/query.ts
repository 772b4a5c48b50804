// What a reader typed, as search terms: "quoted phrases" and single words, folded by the same
// functions that wrote the stored search columns.
import { z } from "zod";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { hasNoControlCharacter } from "@/lib/validation";
import { accentedWords, foldedWords } from "./tokens";

export type SearchTerm = {
  /** Quoted by the reader (or a token such as "28/6" that folds to several words): words must be adjacent. */
  phrase: boolean;
  /** Words without diacritics: what matches. */
  folded: string[];
  /** Words with diacritics, tone placement unified: what ranks exact spellings first. */
  accented: string[];
};

// Phones and Word give curly quotes; a reader means the same phrase.
const QUOTES = /["“”„«»]/;
// Bounds the SQL a single request can cost.
const MAX_TERMS = 12;
const MAX_PHRASE_WORDS = 12;

const MAX_QUERY_CHARS = 200;
const MAX_PAGE = 500;

// Readers' words, in the paper's language (the search page is public).
const t = translator(paperLocale, "public.search.errors");

export const searchQueryText = z
  .string({ error: t("queryRequired") })
  .trim()
  .min(1, t("queryRequired"))
  .max(MAX_QUERY_CHARS, t("queryTooLong", { max: MAX_QUERY_CHARS }))
  .refine(hasNoControlCharacter, t("queryInvalid"));

export const searchPageNumber = z.coerce
  .number({ error: t("pageInvalid") })
  .int(t("pageInteger"))
  .min(1, t("pageMin", { min: 1 }))
  .max(MAX_PAGE, t("pageMax", { max: MAX_PAGE }));

/**
 * Splits a query into terms: text between quotes is one phrase (an unclosed quote runs to the
 * end), every other word is its own term. Duplicates and words that fold to nothing are dropped.
 */
export function parseQuery(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, quoted: boolean) => {
    const folded = foldedWords(text).slice(0, MAX_PHRASE_WORDS);
    if (folded.length === 0) return;
    const accented = accentedWords(text).slice(0, MAX_PHRASE_WORDS);
    const key = `${folded.join(" ")}\u0000${accented.join(" ")}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ phrase: quoted || folded.length > 1, folded, accented });
  };
  q.normalize("NFC")
    .split(QUOTES)
    .forEach((part, i) => {
      if (i % 2 === 1) add(part, true);
      else part.split(/\s+/u).forEach((word) => add(word, false));
    });
  return terms.slice(0, MAX_TERMS);
}
