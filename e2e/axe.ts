import { createRequire } from "node:module";
import type { Browser, Frame, Page } from "@playwright/test";
import type { AxeResults, PartialResult, RunOptions } from "axe-core";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules the app is held to, none left out. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const RUN_OPTIONS: RunOptions = { runOnly: { type: "tag", values: WCAG_AA_TAGS } };

/** The axe-core that @axe-core/playwright itself is built on, so both scan with the same rules. */
const AXE_SOURCE = (
  createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"))("axe-core") as {
    source: string;
  }
).source;

/** As @axe-core/playwright configures axe, so that frames of any origin are scanned. */
const AXE_CONFIGURE = `axe.configure({ allowedOrigins: ["<unsafe_all_origins>"], branding: { application: "playwright" } });`;

type Violation = AxeResults["violations"][number];
type FrameContext = { frameSelector: unknown; frameContext: unknown };
type WithAxe = {
  axe: {
    runPartial(context: unknown, options: RunOptions): Promise<PartialResult>;
    finishRun(partials: PartialResult[], options: RunOptions): Promise<AxeResults>;
    utils: {
      getFrameContexts(context: unknown): FrameContext[];
      shadowSelect(selector: unknown): Element | null;
    };
  };
};

/** One line per failing element: the rule, what it asks, and where (frames joined by " >> "). */
function describe(state: string, violation: Violation): string[] {
  return violation.nodes.map((node) => {
    const target = node.target.map((part) => (Array.isArray(part) ? part.join(" >> ") : part)).join(" >> ");
    return `${state}: ${violation.id} (${violation.impact ?? "?"}) ${violation.help}: ${target}`;
  });
}

/** Puts axe-core into a frame's document, unless this document already has it. */
async function injectInto(frame: Frame): Promise<void> {
  const present = await frame.evaluate(
    () => typeof (window as unknown as Partial<WithAxe>).axe?.runPartial === "function",
  );
  if (present) return;
  await frame.evaluate(AXE_SOURCE);
  await frame.evaluate(AXE_CONFIGURE);
}

/**
 * axe's first half in a frame and, depth first, in every frame inside it: the partial results in
 * the order `axe.finishRun` reads them, `null` for a child frame that could not be scanned (as
 * @axe-core/playwright does); a failure in the top frame is thrown.
 */
async function partialResults(
  frame: Frame,
  context: unknown,
  top: boolean,
): Promise<(PartialResult | null)[]> {
  try {
    await injectInto(frame);
    const children = await frame.evaluate(
      (scope) => (window as unknown as WithAxe).axe.utils.getFrameContexts(scope),
      context,
    );
    const own = await frame.evaluate(
      ([scope, options]) => (window as unknown as WithAxe).axe.runPartial(scope, options),
      [context, RUN_OPTIONS] as const,
    );
    const results: (PartialResult | null)[] = [own];
    for (const { frameSelector, frameContext } of children) {
      const element = await frame.evaluateHandle(
        (selector) => (window as unknown as WithAxe).axe.utils.shadowSelect(selector),
        frameSelector,
      );
      const child = await element
        .asElement()
        ?.contentFrame()
        .catch(() => null);
      results.push(...(child ? await partialResults(child, frameContext, false) : [null]));
    }
    return results;
  } catch (error) {
    if (top) throw error;
    return [null];
  }
}

/**
 * A blank page, one per browser and kept for every scan, for axe's second half: axe asks that it
 * run away from the page scanned, and a new page for each scan costs seconds in a loaded machine.
 */
const finishers = new WeakMap<Browser, Promise<Page>>();

function finisherFor(page: Page): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser to open axe's blank page in");
  let finisher = finishers.get(browser);
  if (!finisher) {
    finisher = (async () => {
      const blank = await (await browser.newContext()).newPage();
      await blank.evaluate(AXE_SOURCE);
      await blank.evaluate(AXE_CONFIGURE);
      return blank;
    })();
    finishers.set(browser, finisher);
  }
  return finisher;
}

/**
 * Runs axe-core over the page as it is now (frames included, whatever their origin) and returns
 * its violations as readable lines, so a failing spec prints which rule, why, and which element.
 * It does what @axe-core/playwright's `analyze()` does, with axe put into each document once and
 * one blank page for every scan rather than a new one each time.
 */
export async function accessibilityViolations(page: Page, state: string): Promise<string[]> {
  const partials = await partialResults(page.mainFrame(), { include: [], exclude: [] }, true);
  const finisher = await finisherFor(page);
  const results = await finisher.evaluate(
    ([all, options]) =>
      (window as unknown as WithAxe).axe.finishRun(JSON.parse(all) as PartialResult[], options),
    [JSON.stringify(partials), RUN_OPTIONS] as const,
  );
  return results.violations.flatMap((violation) => describe(state, violation));
}
