// A byline entry is a pen name as printed, perhaps with a note after it: "MINH PHƯƠNG (tổng
// hợp)", "THU HÀ (theo TTXVN)". The note is printed with the name; the author page, its address
// and the person behind the name go by the pen name alone.

const TRAILING_NOTE = /\s*(\([^()]*\))\s*$/u;

/** "MINH PHƯƠNG (tổng hợp)" → { penName: "MINH PHƯƠNG", note: "(tổng hợp)" }; no note → note "". */
export function splitBylineEntry(entry: string): { penName: string; note: string } {
  const match = TRAILING_NOTE.exec(entry);
  // A name that is only a bracket ("(BBT)") is a name, not a note.
  if (!match || match.index === 0) return { penName: entry.trim(), note: "" };
  return { penName: entry.slice(0, match.index).trim(), note: match[1]! };
}

export const penNameOf = (entry: string): string => splitBylineEntry(entry).penName;
