// Thuế TNCN withheld from nhuận bút, as the paper's accountant applies it (Cài đặt → Nhuận bút):
// when a person's lines paid in one month add up to the threshold or more, each line is withheld
// at the rate, rounded once per line (money.ts); below it, nothing. Staff are withheld only when
// the paper says so (otherwise their salary's own tax covers royalties). A closed month keeps the
// rule of the day it closed (royalty_months), so changing Cài đặt never changes its sheet.
import type { PayeeKind } from "@/db/schema";
import { taxOf } from "./money";

export type TaxRule = { rate: number; threshold: number; staff: boolean };

/** The tax of each line of one person's month, in the lines' order. */
export function withholding(kind: PayeeKind, amounts: readonly number[], rule: TaxRule): number[] {
  const total = amounts.reduce((sum, a) => sum + a, 0);
  const taxed = (kind === "collaborator" || rule.staff) && total > 0 && total >= rule.threshold;
  return amounts.map((amount) => (taxed ? taxOf(amount, rule.rate) : 0));
}
