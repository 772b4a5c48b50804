import { sql, type SQL } from "drizzle-orm";
import { foldForSearch } from "./fold";

// The database's side of foldForSearch, derived from it so the two never disagree on a letter:
// every precomposed Latin letter that folds to one ASCII letter, every space that folds to " ",
// and the invisible characters it deletes (translate() drops characters that have no partner).
const sqlFold = (() => {
  let from = "";
  let to = "";
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [start, end] of ranges) {
    for (let cp = start; cp <= end; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldForSearch(ch);
      if (/^[a-z]$/.test(folded)) {
        from += ch;
        to += folded;
      }
    }
  }
  for (const space of ["\t", "\n", "\r", "\u00a0", "\u202f", "\u205f", "\u3000", ...Array.from({ length: 11 }, (_, i) => String.fromCodePoint(0x2000 + i))]) {
    from += space;
    to += " ";
  }
  from += "\u00ad\u200b\u200c\u200d\u2060\ufeff"; // deleted
  return { from, to };
})();

/** The column folded in SQL exactly as foldForSearch folds text (for small scans, not indexes). */
export function foldedSql(column: SQL): SQL {
  return sql`regexp_replace(lower(translate(${column}, ${sqlFold.from}, ${sqlFold.to})), ' {2,}', ' ', 'g')`;
}

/** A LIKE pattern that matches the text literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");
