// Cài đặt → Nhuận bút as typed: the form's words made the numbers of royaltySettingsSchema
// (lib/royalties/settings.ts). Money "2.340.000", percentages "10,5", grades "2,5" (money.ts), a new
// kind's code from its name. Pure, for the client form and its tests alike.
import { slugify } from "@/lib/text/slug";

/** Whole đồng typed with or without thousands dots ("2.340.000", "2 340 000 đ"); null when not that. */
export function parseMoney(text: string): number | null {
  const compact = text.trim().replace(/\s*đ$/i, "").replace(/[\s.]/g, "");
  if (!/^\d{1,12}$/.test(compact)) return null;
  return Number(compact);
}

/** A percentage with at most two decimals ("10", "10,5", "0.25") in basis points; null when not that or over 100. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** Basis points as a percentage is written in Vietnamese: 1000 → "10", 1050 → "10,5". */
export function formatPercent(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const cents = basisPoints % 100;
  return cents === 0 ? String(whole) : `${whole},${String(cents).padStart(2, "0").replace(/0$/, "")}`;
}

/**
 * The code of a new kind of work: its name as a slug with underscores ("Phóng sự ảnh" →
 * "phong_su_anh"), starting with a letter, made unique among `taken` with a number. An existing
 * kind keeps its code whatever its name becomes: lines and settings point at it.
 */
export function kindCodeFor(name: string, taken: ReadonlySet<string>): string {
  let base = slugify(name, 28).replace(/-/g, "_");
  if (!base) base = "loai";
  if (!/^[a-z]/.test(base)) base = `loai_${base}`.slice(0, 28).replace(/_$/, "");
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  return code;
}
