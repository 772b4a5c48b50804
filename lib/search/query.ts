// What a reader typed, as search terms: "quoted phrases" and single words, folded by the same
// functions that wrote the stored search columns.
import { z } from "zod";
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

export const searchQueryText = z
  .string({ error: "Hãy nhập từ cần tìm." })
  .trim()
  .min(1, "Hãy nhập từ cần tìm.")
  .max(200, "Từ cần tìm dài quá 200 ký tự.")
  .refine(hasNoControlCharacter, "Từ cần tìm có ký tự không hợp lệ.");

export const searchPageNumber = z.coerce
  .number({ error: "Số trang không hợp lệ." })
  .int("Số trang phải là số nguyên.")
  .min(1, "Số trang nhỏ nhất là 1.")
  .max(500, "Số trang lớn nhất là 500.");

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
