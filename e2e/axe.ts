import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules the app is held to, none left out. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per failing element: the rule, what it asks, and where (frames joined by " >> "). */
function describe(state: string, violation: Violation): string[] {
  return violation.nodes.map((node) => {
    const target = node.target.map((part) => (Array.isArray(part) ? part.join(" >> ") : part)).join(" >> ");
    return `${state}: ${violation.id} (${violation.impact ?? "?"}) ${violation.help}: ${target}`;
  });
}

/**
 * Runs axe-core over the page as it is now (frames included) and returns its violations as
 * readable lines, so a failing spec prints which rule, why, and which element.
 */
export async function accessibilityViolations(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.flatMap((violation) => describe(state, violation));
}
