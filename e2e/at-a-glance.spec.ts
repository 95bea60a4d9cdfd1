import { linesOfFocus } from "../src/domain/line-emphasis";
import { memberCodesOn } from "../src/domain/memberships";
import { NO_FILTERS } from "../src/domain/relations";
import { relationShapes } from "../src/domain/relation-shapes";
import { RELATION_COLORS } from "../src/domain/palette";
import { countryIndex, type AtlasDriver } from "./atlas-driver";
import { ASEAN_MEMBERS_2019, blocs, data, speech } from "./dataset";
import { expect, test } from "./fixtures";

/** Distance between two "#rrggbb" colours in RGB space (0 for the same colour, 441 at most). */
function colourDistance(a: string, b: string): number {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(...x.map((v, i) => v - (y[i] ?? 0)));
}

// The Russia–Laos co-chairmanship: a line of its own colour at its middle, among the other lines
// from Russia to Southeast Asia drawn apart beside it, so it is read from the 5×5 pixels there: the
// colour nearest its own.
const COCHAIR = "admm-plus-hma-2017-2020";
const cochairLine = relationShapes(data, NO_FILTERS, speech.date).find((s) => s.id === COCHAIR)!.lines[0]!;
const cochairMiddle = cochairLine[Math.floor(cochairLine.length / 2)]!;
const cochairColour = RELATION_COLORS["co-chairmanship"];

/** Of the colours drawn at the co-chairmanship's middle, the one nearest its own, and how near. */
async function nearestToCochair(atlas: AtlasDriver): Promise<{ colour: string; distance: number }> {
  const near = (await atlas.coloursAround(cochairMiddle))
    .map((colour) => ({ colour, distance: colourDistance(colour, cochairColour) }))
    .sort((a, b) => a.distance - b.distance);
  return near[0]!;
}

test.describe("lines", () => {
  /**
   * One load for the lines' behaviours, each a step (a failure names its step); each step reaches its
   * view through the URL.
   */
  test("recede, come up and come forward by what is open, selected, filtered and dated, in one page", async ({
    atlas,
  }) => {
    // Five behaviours in one page: the time of five tests, less four loads.
    test.slow();
    await atlas.open();

    await test.step("recede on the first view and come up when the Co-chairs list is open", async () => {
      const receded = await nearestToCochair(atlas);
      expect(receded.distance, receded.colour).toBeGreaterThan(100);
      await atlas.showList("Co-chairs");
      await atlas.waitForMap();
      const shown = await nearestToCochair(atlas);
      expect(shown.distance, shown.colour).toBeLessThan(60);
    });

    await test.step("a selected co-chairmanship's line comes forward and the rest dim", async () => {
      // The Blocs list, as on a fresh load: the list is the page's, not the URL's.
      await atlas.showList("Blocs");
      await atlas.goToView(`?cochair=${COCHAIR}`);
      expect(await atlas.forwardRelations()).toEqual([COCHAIR]);
      const forward = await nearestToCochair(atlas);
      expect(forward.distance, forward.colour).toBeLessThan(40);
    });

    await test.step("a selected bloc brings its own agreements forward", async () => {
      await atlas.goToView("");
      await atlas.selectBloc("eaeu");
      const own = [...linesOfFocus(data, { blocId: "eaeu" }, speech.date)].sort();
      expect(own).toContain("eaeu-vietnam-fta");
      expect(await atlas.forwardRelations()).toEqual(own);
    });

    await test.step("lines that join the same two places are drawn apart", async () => {
      // Russia–Vietnam: the strategic partnership and the proposed peacekeeping co-chairmanship.
      const shapes = relationShapes(data, NO_FILTERS, speech.date);
      const middleOf = (id: string) => {
        const line = shapes.find((s) => s.id === id)!.lines[0]!;
        return line[Math.floor(line.length / 2)]!;
      };
      await atlas.goToView("?relation=agreement,co-chairmanship");
      const [a, b] = await Promise.all(
        ["russia-vietnam-strategic-partnership", "admm-plus-peacekeeping-2020-2022"].map((id) =>
          atlas.pixelOf(middleOf(id)),
        ),
      );
      expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(6);
      expect(
        colourDistance(await atlas.colourAt(middleOf("russia-vietnam-strategic-partnership")), "#d55e00"),
      ).toBeLessThan(60);
    });

    await test.step("co-chairmanships are drawn by their status on the date shown", async () => {
      await atlas.goToView("?status=in-effect");
      expect(await atlas.relationsDrawn()).toContain(COCHAIR);
      // Its period ended in 2020: today it is drawn as lapsed, with the proposed.
      await atlas.showAsOf(/^today/);
      expect(await atlas.relationsDrawn()).not.toContain(COCHAIR);
      await atlas.toggleFilter(/^In force, signed or adopted/);
      await atlas.toggleFilter(/^Proposed/);
      expect(await atlas.relationsDrawn()).toContain(COCHAIR);
    });
  });
});

test.describe("bloc labels", () => {
  // The camera jumps instead of flying from bloc to bloc.
  test.use({ reducedMotion: "reduce" });

  test("every bloc's label sits on one of its members, and the selected one is clickable whatever it overlaps", async ({
    atlas,
    page,
  }) => {
    // Twenty-one blocs, each selected and drawn in turn, then RIC over India's panel.
    test.slow();
    await atlas.open();

    await test.step("every bloc's label sits on one of its members", async () => {
      const tooltip = page.getByRole("tooltip");
      for (const bloc of blocs) {
        const members = memberCodesOn(bloc, speech.date);
        if (members.length === 0) continue;
        await atlas.selectBloc(bloc.id);
        const { x, y } = await atlas.pixelOf(await atlas.selectedLabelPoint());
        await page.mouse.move(x, y);
        // The tooltip names the country under the pointer, from the map's own country layers.
        const names = members.map((code) => countryIndex[code]!.name);
        await expect(tooltip.locator("strong"), bloc.id).toHaveText(new RegExp(`^(${names.join("|")})$`));
        await page.mouse.move(0, 0);
      }
    });

    await test.step("the selected bloc's label is drawn and clickable where it sits, whatever it overlaps", async () => {
      // A country panel over RIC's view; RIC's label sits among the Eurasian formats' labels.
      await atlas.goToView("?bloc=ric&country=IND");
      await expect(atlas.panelTitle()).toHaveText("India");
      await atlas.clickMapAt(await atlas.selectedLabelPoint());
      await expect(atlas.page).toHaveURL(/\?bloc=ric$/);
      await expect(atlas.panelTitle()).toContainText("Russia–India–China");
    });
  });
});

/** The places (by name) off the map or under its legend. */
async function unseenPlaces(atlas: AtlasDriver, places: Record<string, [number, number]>): Promise<string[]> {
  const map = (await atlas.map.boundingBox())!;
  const legend = (await atlas.legend().boundingBox())!;
  const inside = (x: number, y: number, box: typeof map) =>
    x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  const unseen: string[] = [];
  for (const [name, place] of Object.entries(places)) {
    const { x, y } = await atlas.pixelOf(place);
    if (!inside(x, y, map) || inside(x, y, legend)) unseen.push(name);
  }
  return unseen;
}

/** Where a click or a label finds each country. */
const anchorsOf = (codes: readonly string[]) =>
  Object.fromEntries(codes.map((code) => [code, countryIndex[code]!.anchor]));

test.describe("the legend on a desk", () => {
  test("the camera frames a selection clear of the legend, however tall the legend is", async ({ atlas }) => {
    // The comparison's legend lists its sets by name, so it is tall: South Africa's south sat under it.
    await atlas.open("?compare=brics,sco");
    expect((await atlas.legend().boundingBox())!.height).toBeGreaterThan(150);
    const southernSouthAfrica: [number, number] = [22, -33.8]; // inland of Mossel Bay
    expect(
      await unseenPlaces(atlas, {
        ...anchorsOf(await atlas.highlighted()),
        "southern South Africa": southernSouthAfrica,
      }),
    ).toEqual([]);
    await atlas.selectBloc("asean");
    expect(await unseenPlaces(atlas, anchorsOf(ASEAN_MEMBERS_2019))).toEqual([]);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("Tab goes from the map to the details, then the lists; the legend is one line that opens on a tap, covering no member of ASEAN", async ({
    atlas,
    page,
  }) => {
    // Two behaviours of ASEAN's view on a phone, in one load; the legend opened last, as it adds to what Tab meets.
    test.slow();
    await atlas.open("?bloc=asean");

    await test.step("Tab goes from the map to the details, then to the lists, as they are laid out", async () => {
      await page.locator(".maplibregl-canvas").focus();
      for (let step = 0; step < 12; step++) {
        await page.keyboard.press("Tab");
        const inMap = await page.evaluate(() => document.activeElement?.closest(".map-area") !== null);
        if (!inMap) break;
      }
      const column = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest(".details") ? "details" : active?.closest(".side") ? "side" : active?.tagName;
      });
      expect(column).toBe("details");
      const sideAfterDetails = await page.evaluate(() => {
        const details = document.querySelector(".details")!;
        const side = document.querySelector(".side")!;
        return Boolean(details.compareDocumentPosition(side) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(sideAfterDetails).toBe(true);
    });

    await test.step("the legend is one line that opens on a tap, and covers no member of ASEAN", async () => {
      const legend = atlas.legend();
      const toggle = legend.getByRole("button", { name: /^Legend/ });
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      const closed = (await legend.boundingBox())!;
      expect(closed.height).toBeLessThan(48);
      expect(await unseenPlaces(atlas, anchorsOf(ASEAN_MEMBERS_2019))).toEqual([]);

      await toggle.tap();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(legend).toContainText("Member");
      const open = (await legend.boundingBox())!;
      const controls = (await page.locator(".maplibregl-ctrl-bottom-right").boundingBox())!;
      const overlaps =
        open.x < controls.x + controls.width &&
        controls.x < open.x + open.width &&
        open.y < controls.y + controls.height &&
        controls.y < open.y + open.height;
      expect(overlaps).toBe(false);
    });
  });
});
