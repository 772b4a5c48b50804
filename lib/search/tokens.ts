// How text becomes search words, for the stored search columns and for readers' queries alike:
// both go through foldForSearch (lib/text/fold.ts), so "xay dung dang" meets "xây dựng Đảng".
import { foldAccentSensitive, foldForSearch } from "@/lib/text/fold";

// Anything that is not a letter, a combining mark or a digit separates words. Splitting here,
// not in PostgreSQL's text parser, keeps tokens identical on PGlite (C locale) and on a server
// whatever its locale: the database only ever sees plain words and single spaces.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/** Words without diacritics, lowercase: "Xây dựng Đảng!" → ["xay", "dung", "dang"]. */
export function foldedWords(s: string): string[] {
  return foldForSearch(s).split(NOT_WORD).filter(Boolean);
}

/** Words keeping diacritics, lowercase, tone placement unified: "Uỷ ban" → ["ủy", "ban"]. */
export function accentedWords(s: string): string[] {
  return foldAccentSensitive(s).split(NOT_WORD).filter(Boolean);
}

// Between fields (title, sapo, each pen name, body), so a phrase never matches across two of them
// in the ranking's " word word " lookups; spaces on both sides keep every word space-delimited.
export const FIELD_SEPARATOR = " \n ";

export type SearchSource = { title: string; sapo: string; byline: readonly string[]; bodyText: string };

/** The stored search columns of a story (see db/schema/stories.ts). */
export function searchColumns(story: SearchSource) {
  const fields = [story.title, story.sapo, ...story.byline, story.bodyText];
  const join = (words: (s: string) => string[]) =>
    fields
      .map((f) => words(f).join(" "))
      .filter(Boolean)
      .join(FIELD_SEPARATOR);
  return {
    searchTitle: foldedWords(story.title).join(" "),
    searchFolded: join(foldedWords),
    searchAccented: join(accentedWords),
  };
}
