import type { Locator, Page } from "@playwright/test";
import { accessibilityViolations } from "./axe";
import { expect, test, refuseWebGL } from "./fixtures";
import { coloursIn, dominantColourOf } from "./png";

/**
 * axe-core's WCAG 2.2 A and AA rules over every view and state the other specs visit, on a desk
 * and on a phone, in light and (where a page has one) dark. Each page load walks through several
 * states, as a person would, and each state is scanned; every violation found is printed.
 */

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

/** Scans the page and records what it finds, so one run lists every state's violations. */
function scanner(page: Page, where: string) {
  const found: string[] = [];
  return {
    found,
    scan: async (state: string) => {
      found.push(...(await accessibilityViolations(page, `${where}, ${state}`)));
    },
  };
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test("the full app, from the first view through a bloc, a country, relations, the speech, filters, the date and Share", async ({
      atlas,
      page,
    }) => {
      // Nine scans of the whole app, each some seconds of axe-core's work on a shared machine.
      test.setTimeout(180_000);
      const { scan, found } = scanner(page, name);
      await atlas.open();
      await scan("home");

      await atlas.selectBloc("asean");
      await scan("?bloc=asean");

      await atlas.participantList("Members").getByRole("button", { name: "Vietnam" }).click();
      await expect(atlas.panelTitle()).toHaveText(/Vietnam/);
      await atlas.waitForMap();
      await scan("?country=VNM over ASEAN");

      await atlas.showList("Agreements");
      await page.locator('button[data-agreement-id="eaeu-vietnam-fta"]').click();
      await expect(atlas.panelTitle()).toHaveText(/EAEU–Vietnam FTA/);
      await atlas.waitForMap();
      await scan("an agreement, with the Agreements list");

      await atlas.showList("Co-chairs");
      await page.locator('button[data-cochair-id="admm-plus-hma-2017-2020"]').click();
      await expect(atlas.panelTitle()).toHaveText(/Humanitarian Mine Action/);
      await atlas.waitForMap();
      await scan("a co-chairmanship, with the Co-chairs list");

      await atlas.details.getByRole("button", { name: "Show in the speech" }).first().click();
      await expect(atlas.reader()).toBeVisible();
      await expect(atlas.reader().locator(".passage.targeted")).toBeVisible();
      await scan("the speech, opened at a quote");

      await atlas.showList("Blocs");
      await atlas.toggleFilter(/Free trade agreement/);
      await scan("the FTA filter");
      await atlas.toggleFilter(/Free trade agreement/);

      await atlas.selectBloc("brics");
      await atlas.showAsOf(/^today/);
      await atlas.root.getByRole("tab", { name: "Details" }).click();
      await expect(atlas.panelTitle()).toHaveText(/BRICS/);
      await scan("BRICS as of today");

      await atlas.sinceSpeechSwitch().check();
      await expect(atlas.map).toHaveAttribute("data-compare", /^stayed=/);
      await atlas.waitForMap();
      await scan("BRICS since the speech: who stayed, joined and left");
      await atlas.sinceSpeechSwitch().uncheck();
      await atlas.compareWith("SCO: Shanghai Cooperation Organisation");
      await scan("BRICS compared with the SCO");

      await page.getByRole("button", { name: "Share", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Share this view" });
      await expect(dialog).toBeVisible();
      await expect(page.frameLocator(".share-preview").locator(".map-view")).toHaveAttribute(
        "data-ready",
        "true",
      );
      await scan("the Share dialog, with its preview");
      await page.keyboard.press("Escape");
      await expect(dialog).toHaveCount(0);

      expect(found, found.join("\n")).toEqual([]);
    });

    test("the embed and the presentation, light and dark", async ({ atlas, page }) => {
      const { scan, found } = scanner(page, name);
      await page.emulateMedia({ colorScheme: "light" });
      await atlas.open("?embed=1&bloc=asean&theme=auto");
      await scan("?embed=1&bloc=asean, light");
      await page.emulateMedia({ colorScheme: "dark" });
      await expect(page.locator(".embed")).toHaveAttribute("data-theme", "dark");
      await atlas.waitForMap();
      await scan("?embed=1&bloc=asean, dark");

      await page.emulateMedia({ colorScheme: "light" });
      // A comparison's step, its legend's three colours in the caption, then a bloc's.
      await atlas.open("?present=argument&step=5&theme=auto");
      await expect(page.getByRole("list", { name: "Legend" })).toContainText("In both: 3");
      await scan("?present=argument, step 5 (a comparison), light");
      await page.keyboard.press("ArrowRight");
      await expect(page.locator(".present-progress")).toContainText("6 / ");
      await page.emulateMedia({ colorScheme: "dark" });
      await expect(page.locator(".present")).toHaveAttribute("data-theme", "dark");
      await atlas.waitForMap();
      await scan("?present=argument, step 6, dark");

      expect(found, found.join("\n")).toEqual([]);
    });
  });
}

test("the map's failure state (no WebGL), on a desk and on a phone", async ({ atlas, page }) => {
  await refuseWebGL(page);
  const { scan, found } = scanner(page, "no WebGL");
  await page.goto("./?bloc=asean");
  await expect(atlas.map).toHaveAttribute("data-failure", "webgl");
  await scan("desktop ?bloc=asean");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(".side")).toBeVisible();
  await scan("phone ?bloc=asean");
  expect(found, found.join("\n")).toEqual([]);
});

test.describe("forced colours (Windows high contrast)", () => {
  test("the selection stays marked in the system's Highlight colour in the lists, tabs and panels", async ({
    atlas,
    page,
  }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await atlas.open("?bloc=asean&country=VNM");
    // The lists fold on a desk while a bloc is shown; their marks are read with them open.
    await atlas.showLists();
    // The system's Highlight colour as this browser paints it, from a swatch the page does not force.
    const swatchId = await page.evaluate(() => {
      const swatch = document.createElement("div");
      swatch.id = "highlight-swatch";
      swatch.style.setProperty("width", "24px");
      swatch.style.setProperty("height", "24px");
      swatch.style.setProperty("background", "Highlight");
      swatch.style.setProperty("forced-color-adjust", "none");
      document.body.append(swatch);
      return swatch.id;
    });
    const swatch = page.locator(`#${swatchId}`);
    const highlightHex = await dominantColourOf(page, swatch);
    await swatch.evaluate((element) => element.remove());

    // Read 1 px inside the element's box: a screenshot's rounded edges can take a row of the item beside it.
    const marked = async (target: Locator) => {
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error(`${String(target)} is not drawn`);
      const clip = { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 };
      return (await coloursIn(page, await page.screenshot({ clip }), [highlightHex])).has;
    };
    expect(await marked(atlas.blocButton("asean")), "the selected bloc").toEqual([highlightHex]);
    expect(await marked(atlas.blocButton("brics")), "a bloc not selected").toEqual([]);
    const vietnamsAsean = atlas.details.locator('button[data-bloc-id="asean"]');
    await expect(vietnamsAsean).toHaveAttribute("aria-current", "true");
    expect(await marked(vietnamsAsean), "the selected bloc among Vietnam's").toEqual([highlightHex]);
    expect(
      await marked(atlas.details.locator("button[data-bloc-id]:not([aria-current])").first()),
      "another of Vietnam's",
    ).toEqual([]);
    expect(await marked(page.getByRole("tab", { name: /^Blocs/ })), "the selected tab").toEqual([
      highlightHex,
    ]);
    expect(await marked(page.getByRole("tab", { name: /^Agreements/ })), "a tab not selected").toEqual([]);

    await atlas.showList("Agreements");
    await page.locator('button[data-agreement-id="eaeu-vietnam-fta"]').click();
    await atlas.waitForMap();
    const agreement = page.locator('button[data-agreement-id="eaeu-vietnam-fta"]');
    await page.mouse.move(0, 0);
    await agreement.blur();
    expect(await marked(agreement), "the selected agreement").toEqual([highlightHex]);
    expect(
      await marked(page.locator('button[data-agreement-id="eaeu-singapore-fta"]')),
      "another agreement",
    ).toEqual([]);
  });
});

/** Checks the page scrolls only up and down, and that each control is inside the window once scrolled to. */
async function expectReflow(page: Page, controls: readonly Locator[]): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth, "the page's width").toBeLessThanOrEqual(overflow.clientWidth);
  const width = overflow.clientWidth;
  for (const control of controls) {
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    expect(box, String(control)).not.toBeNull();
    expect(box!.x, String(control)).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, String(control)).toBeLessThanOrEqual(width + 0.5);
  }
}

const REFLOW_WINDOWS = [
  { name: "at 320 CSS px wide", use: { viewport: { width: 320, height: 640 } } },
  {
    name: "in a 1280 px window zoomed to 200%",
    use: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  },
] as const;

for (const { name, use } of REFLOW_WINDOWS) {
  test.describe(`reflow ${name}`, () => {
    test.use(use);

    test("no sideways scrolling, and the main controls, the panel, the speech and Share are all reachable", async ({
      atlas,
      page,
    }) => {
      await atlas.open("?bloc=asean");
      await expectReflow(page, [
        page.getByRole("button", { name: "Share", exact: true }),
        page.getByRole("button", { name: /Download PNG/ }),
        atlas.map,
        atlas.panelTitle(),
        atlas.participantList("Members"),
        page.getByRole("radio", { name: /^today/ }),
        page.locator("details.filters summary"),
        page.getByRole("tab", { name: /^Agreements/ }),
        page.getByRole("searchbox", { name: "Find a bloc or a country" }),
        atlas.blocButton("asean"),
        atlas.blocButton("brics"),
      ]);

      await atlas.toggleFilter(/Free trade agreement/);
      await atlas.showList("Agreements");
      await expectReflow(page, [
        atlas.filterCheckbox(/Free trade agreement/),
        page.locator('button[data-agreement-id="eaeu-vietnam-fta"]'),
      ]);

      await atlas.openSpeech();
      await expectReflow(page, [
        page.getByRole("searchbox", { name: "Search the speech" }),
        atlas.reader().locator("button.passage").first(),
      ]);

      await page.getByRole("button", { name: "Share", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Share this view" });
      await expect(dialog).toBeVisible();
      const dialogOverflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(dialogOverflow, "the dialog's sideways overflow").toBeLessThanOrEqual(0);
      await expectReflow(page, [
        dialog.getByRole("button", { name: "Close" }),
        dialog.getByRole("button", { name: "Copy" }).first(),
      ]);
    });
  });
}
