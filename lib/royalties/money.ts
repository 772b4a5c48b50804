// Money of nhuận bút: whole đồng, computed in integers. One rule, applied once per line:
// amount = grade × share × value of one grade point, rounded half up to the đồng (0.5 đ → 1 đ).
// Grades are kept in hundredths (hệ số 2,5 → 250), shares in percent, tax rates in basis points
// (10 % → 1000), so every product is an exact integer before its one division.

/** a / b rounded half away from zero, for integers (b > 0). */
export function divideRounded(a: number, b: number): number {
  const sign = a < 0 ? -1 : 1;
  const abs = Math.abs(a);
  const quotient = Math.floor(abs / b);
  const remainder = abs - quotient * b;
  return sign * (remainder * 2 >= b ? quotient + 1 : quotient);
}

/** The đồng a line pays: grade (hundredths) × share (%) × point value (đ), rounded once. */
export function lineAmount(gradeHundredths: number, share: number, pointValue: number): number {
  return divideRounded(gradeHundredths * share * pointValue, 100 * 100);
}

/** Personal income tax withheld from an amount at a rate in basis points, rounded once. */
export function taxOf(amount: number, rateBasisPoints: number): number {
  return divideRounded(amount * rateBasisPoints, 10_000);
}

/** The value of one grade point: a share (basis points) of the base salary (lương cơ sở), rounded once. */
export function pointValueOf(baseSalary: number, shareBasisPoints: number): number {
  return divideRounded(baseSalary * shareBasisPoints, 10_000);
}

/**
 * A grade typed by a person ("2,5", "2.5", "3") in hundredths, or null when it is not a number with
 * at most two decimals. Vietnamese writes the decimal comma; a point is accepted too.
 */
export function parseGrade(text: string): number | null {
  const match = /^\s*(-?)(\d{1,4})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const hundredths = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  return match[1] ? -hundredths : hundredths;
}

/** Hundredths as a grade is written in Vietnamese: 250 → "2,5", 300 → "3", -50 → "-0,5". */
export function formatGrade(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole},${String(cents).padStart(2, "0").replace(/0$/, "")}`;
}

/**
 * Shares that add to 100 for `count` authors sharing alike: equal parts, the remainder to the
 * first ones (3 authors → 34, 33, 33).
 */
export function equalShares(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 100 - base * count ? 1 : 0));
}
