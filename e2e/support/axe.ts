import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const summarise = (violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

/** WCAG 2 A and AA, every violation whatever its impact (the reading pages). */
export async function expectNoAxeViolations(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(summarise(result.violations), `axe on ${what}`).toEqual([]);
}

/**
 * WCAG 2 A and AA, the serious and critical violations (the newsroom's screens). `knownFaults`
 * names rules with a fault already reported and waiting for its fix outside e2e/: they are left
 * out here, each with a comment at the call saying where.
 */
export async function expectNoSeriousAxeViolations(page: Page, what: string, knownFaults: readonly string[] = []) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]);
  if (knownFaults.length) builder.disableRules([...knownFaults]);
  const result = await builder.analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // The lesser ones do not fail the test; they are noted on it for whoever reads the report.
  for (const line of summarise(result.violations.filter((v) => !serious.includes(v)))) {
    test.info().annotations.push({ type: "axe", description: `${what}: ${line}` });
    console.log(`axe on ${what}: ${line}`);
  }
  expect(summarise(serious), `axe on ${what}`).toEqual([]);
}
