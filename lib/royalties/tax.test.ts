import { describe, expect, it } from "vitest";
import { withholding } from "./tax";

const rule = { rate: 1000, threshold: 2_000_000, staff: false };

describe("personal income tax on a person's month", () => {
  it("withholds each line at the rate once the month's total reaches the threshold", () => {
    expect(withholding("collaborator", [1_404_000, 702_001], rule)).toEqual([140_400, 70_200]);
    expect(withholding("collaborator", [1_000_000, 1_000_000], rule)).toEqual([100_000, 100_000]); // exactly the threshold
    expect(withholding("collaborator", [1_999_999], rule)).toEqual([0]);
  });

  it("counts an adjustment in the total and withholds it too", () => {
    expect(withholding("collaborator", [2_340_000, -468_000], rule)).toEqual([0, 0]); // 1.872.000 < threshold
    expect(withholding("collaborator", [2_808_000, -468_000], rule)).toEqual([280_800, -46_800]);
  });

  it("leaves staff to their salary's tax unless the paper withholds theirs as well", () => {
    expect(withholding("staff", [5_000_000], rule)).toEqual([0]);
    expect(withholding("staff", [5_000_000], { ...rule, staff: true })).toEqual([500_000]);
  });
});
