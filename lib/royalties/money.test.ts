import { describe, expect, it } from "vitest";
import { divideRounded, equalShares, formatGrade, lineAmount, parseGrade, pointValueOf, taxOf } from "./money";

describe("the one rounding rule of nhuận bút", () => {
  it("rounds half up to the whole đồng, once per line", () => {
    expect(divideRounded(5, 10)).toBe(1);
    expect(divideRounded(4, 10)).toBe(0);
    expect(divideRounded(-5, 10)).toBe(-1); // an adjustment rounds like the line it undoes
    // 2,5 points × 33 % × 234.000 đ = 193.050 đ exactly
    expect(lineAmount(250, 33, 234_000)).toBe(193_050);
    // 1,75 × 33 % × 100.001 đ = 57.750,5775 → 57.751
    expect(lineAmount(175, 33, 100_001)).toBe(57_751);
    // 0,01 × 1 % × 50 đ = 0,005 đ → 0 (the remainder is not carried to another line)
    expect(lineAmount(1, 1, 50)).toBe(0);
  });

  it("splits a work so the authors' lines add to the work's amount when it divides exactly", () => {
    const shares = equalShares(3);
    expect(shares).toEqual([34, 33, 33]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    const lines = shares.map((share) => lineAmount(1000, share, 234_000));
    expect(lines.reduce((a, b) => a + b, 0)).toBe(lineAmount(1000, 100, 234_000));
  });

  it("withholds tax and values a grade point by the same rule", () => {
    expect(taxOf(2_340_000, 1000)).toBe(234_000);
    expect(taxOf(1_234_565, 1000)).toBe(123_457);
    expect(pointValueOf(2_340_000, 1000)).toBe(234_000);
  });

  it("reads grades as Vietnamese writes them", () => {
    expect(parseGrade("2,5")).toBe(250);
    expect(parseGrade("2.5")).toBe(250);
    expect(parseGrade(" 3 ")).toBe(300);
    expect(parseGrade("0,05")).toBe(5);
    expect(parseGrade("-0,5")).toBe(-50);
    for (const bad of ["", "2,555", "abc", "1e3", "2,", "12345"]) expect(parseGrade(bad)).toBeNull();
    expect(formatGrade(250)).toBe("2,5");
    expect(formatGrade(300)).toBe("3");
    expect(formatGrade(5)).toBe("0,05");
    expect(formatGrade(-50)).toBe("-0,5");
  });
});
