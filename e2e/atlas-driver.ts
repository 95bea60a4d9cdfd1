import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { countries } from "./dataset";
import { allColoursIn, dominantColourIn } from "./png";

const TILE_SIZE = 512;

/** The country index the app draws from, read from the same file it serves. */
export const countryIndex = countries;

/** The element that has keyboard focus, and how its focus is shown (undefined: not at all). */
export type FocusedElement = { readonly description: string; readonly indicator: string | undefined };

/**
 * What has focus in one document: the element and its focus indicator (an outline or a box
 * shadow in its computed style), "inside" when a frame holds it, or undefined when the document
 * does not have focus.
 */
function focusIn(): FocusedElement | "inside" | undefined {
  if (!document.hasFocus()) return undefined;
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) {
    return { description: "the page itself", indicator: "none needed" };
  }
  if (element instanceof HTMLIFrameElement) return "inside";
  const style = getComputedStyle(element);
  const outline =
    style.outlineStyle !== "none" &&
    parseFloat(style.outlineWidth) > 0 &&
    style.outlineColor !== "rgba(0, 0, 0, 0)"
      ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
      : undefined;
  const shadow = style.boxShadow !== "none" ? `box-shadow ${style.boxShadow}` : undefined;
  const name = (element.getAttribute("aria-label") ?? element.textContent).trim().slice(0, 50);
  const tag = element.tagName.toLowerCase();
  const kind = element.getAttribute("role") ?? element.getAttribute("type") ?? "";
  return { description: `${tag}${kind ? `[${kind}]` : ""} "${name}"`, indicator: outline ?? shadow };
}

function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/**
 * The app's actions in the app's language, so a spec reads like what a person does:
 * `await atlas.selectBloc("BRICS"); expect(await atlas.highlighted()).toEqual([...])`.
 */
export class AtlasDriver {
  readonly map: Locator;
  readonly details: Locator;

  /** `root`: where the app is, the page itself or a frame in it (an embed on a host page). */
  constructor(
    readonly page: Page,
    readonly root: Page | FrameLocator = page,
  ) {
    this.map = root.locator(".map-view");
    this.details = root.getByRole("complementary", { name: "Details" });
  }

  /**
   * Opens the app (with an optional query string) and waits until the map has drawn, for up to
   * `timeout` ms where given (else the expect timeout).
   */
  async open(query = "", options: { timeout?: number } = {}): Promise<void> {
    await this.page.goto(`./${query}`);
    await this.waitForMap(options);
  }

  /**
   * Moves the open app to another view through its URL, as Back or Forward would, without a new
   * load: a step in history, then the `popstate` the app reads the URL on. Waits for the next
   * frame (the view applied) and then for the map. `query` is the whole query string, "" for none.
   */
  async goToView(query: string): Promise<void> {
    await this.page.evaluate(async (search) => {
      window.history.pushState(null, "", `${window.location.pathname}${search}`);
      window.dispatchEvent(new PopStateEvent("popstate"));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }, query);
    await this.waitForMap();
  }

  /** Waits until the map is idle with the current state drawn. */
  async waitForMap(options: { timeout?: number } = {}): Promise<void> {
    await expect(this.map).toHaveAttribute("data-ready", "true", options);
  }

  /** ISO codes the map colours as members, sorted. */
  async highlighted(): Promise<string[]> {
    await this.waitForMap();
    const value = (await this.map.getAttribute("data-highlighted")) ?? "";
    return value === "" ? [] : value.split(",");
  }

  /**
   * The comparison's three sets from the map's `data-compare`, by name (`both`, `first`, `second`,
   * or `stayed`, `joined`, `left`), each sorted; empty with no comparison.
   */
  async compared(): Promise<Record<string, string[]>> {
    await this.waitForMap();
    const value = (await this.map.getAttribute("data-compare")) ?? "";
    if (value === "") return {};
    return Object.fromEntries(
      value.split(";").map((part) => {
        const [name = "", codes = ""] = part.split("=");
        return [name, codes === "" ? [] : codes.split(",")];
      }),
    );
  }

  /** The open comparison's panel. */
  comparePanel(): Locator {
    return this.details.locator("article.compare-panel");
  }

  /** One of the comparison's lists of countries, by its label ("In both", "Joined"). */
  compareList(label: string): Locator {
    return this.comparePanel().getByRole("list", { name: label, exact: true });
  }

  /** From the open bloc's panel: "Compare with…" another bloc, by its name in the list ("EAS: East Asia Summit"). */
  async compareWith(optionLabel: string): Promise<void> {
    const form = this.details.locator("form.compare-with");
    await form.getByRole("combobox", { name: "Compare with…" }).selectOption({ label: optionLabel });
    await form.getByRole("button", { name: "Compare" }).click();
    await expect(this.comparePanel()).toBeVisible();
    await this.waitForMap();
  }

  /** The bloc list's switch to pick two blocs to compare. */
  pairModeSwitch(): Locator {
    return this.root.getByRole("checkbox", { name: "Pick two blocs to compare" });
  }

  /** The then-and-now control's switch to show the selected bloc since the speech. */
  sinceSpeechSwitch(): Locator {
    return this.root.getByRole("checkbox", { name: /^since the speech/ });
  }

  blocButtons(): Locator {
    return this.root.getByRole("navigation", { name: "Blocs" }).locator("button.bloc-item");
  }

  blocButton(blocId: string): Locator {
    return this.root.locator(`button.bloc-item[data-bloc-id="${blocId}"]`);
  }

  /**
   * Opens the desk's lists column where it is folded (as it is on a narrow desk while something is
   * selected), as a person would to reach a list; nothing where it is open, or on a phone.
   */
  async showLists(): Promise<void> {
    const toggle = this.root.locator(".side.folded .lists-toggle");
    if ((await toggle.count()) > 0) {
      await toggle.click();
      await expect(this.root.locator(".side.folded")).toHaveCount(0);
    }
  }

  /** Whether the desk's lists column is folded to its button. */
  async listsFolded(): Promise<boolean> {
    return (await this.root.locator(".side.folded").count()) > 0;
  }

  /**
   * Picks a bloc from the list, as a person would, and waits for the map. The list marks it, or,
   * where the lists fold to give the map their room, the details show it.
   */
  async selectBloc(blocId: string): Promise<void> {
    await this.showLists();
    await this.blocButton(blocId).click();
    const marked = this.root.locator(`button.bloc-item[data-bloc-id="${blocId}"][aria-current="true"]`);
    const shown = this.details.locator(`article[data-bloc-id="${blocId}"]`);
    await expect(marked.or(shown).first()).toBeVisible();
    await this.waitForMap();
  }

  /** The title of the open panel (a bloc's or a country's). */
  panelTitle(): Locator {
    return this.details.getByRole("heading", { level: 2 });
  }

  /** A list of countries in the open bloc panel, by its label ("Members", "Observers and partners"). */
  participantList(label: string): Locator {
    return this.details.getByRole("list", { name: label, exact: true });
  }

  /** The bloc list's search box. */
  blocSearch(): Locator {
    return this.root.getByRole("searchbox", { name: "Find a bloc or a country" });
  }

  /** The blocs the list shows now, by id, in its order. */
  async listedBlocs(): Promise<string[]> {
    return this.blocButtons().evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("data-bloc-id") ?? ""),
    );
  }

  /**
   * Where the lists sit against the details: beside them (a desk's column) or below them (the
   * phone layout, which stacks the map, the details and the lists).
   */
  async listsPlace(): Promise<"beside" | "below"> {
    const lists = await this.root.locator(".side").boundingBox();
    const details = await this.details.boundingBox();
    if (!lists || !details) throw new Error("no lists or details laid out");
    return lists.y >= details.y + details.height - 0.5 ? "below" : "beside";
  }

  /**
   * The part of the page that has keyboard focus: the header, the map (with its legend and
   * controls), the details or the lists; the element's tag elsewhere.
   */
  async focusedPart(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return "the page itself";
      if (active.closest(".map-area")) return "map";
      if (active.closest(".details")) return "details";
      if (active.closest(".side")) return "lists";
      if (active.closest("header")) return "header";
      return active.tagName.toLowerCase();
    });
  }

  async searchBlocs(text: string): Promise<void> {
    await this.showLists();
    await this.blocSearch().fill(text);
  }

  /** Where a longitude and latitude are on screen, from the camera the map reports. */
  async pixelOf([lon, lat]: readonly [number, number]): Promise<{ x: number; y: number }> {
    await this.waitForMap();
    // A map in a frame may sit below the fold of its host page: bring it in, as a person scrolls.
    await this.map.scrollIntoViewIfNeeded();
    const view = (await this.map.getAttribute("data-view")) ?? "";
    const [centerLon = 0, centerLat = 0, zoom = 0] = view.split(",").map(Number);
    const box = await this.map.boundingBox();
    if (!box) throw new Error("the map has no box");
    const worldSize = TILE_SIZE * 2 ** zoom;
    let dLon = lon - centerLon;
    if (dLon > 180) dLon -= 360;
    if (dLon < -180) dLon += 360;
    return {
      x: box.x + box.width / 2 + (dLon / 360) * worldSize,
      y: box.y + box.height / 2 + (mercatorY(lat) - mercatorY(centerLat)) * worldSize,
    };
  }

  /**
   * Whether the map as drawn can show a place twice side by side: it can only where copies of the
   * world are drawn and the world, at the zoom shown, is narrower than the map.
   */
  async showsAPlaceTwice(): Promise<{ twice: boolean; why: string }> {
    await this.waitForMap();
    const box = await this.map.boundingBox();
    if (!box) throw new Error("the map has no box");
    const copies = await this.map.getAttribute("data-world-copies");
    const worldWidth = Number(await this.map.getAttribute("data-world-width"));
    if (copies === null || Number.isNaN(worldWidth))
      throw new Error("the map does not say how wide the world is");
    return {
      twice: copies === "true" && worldWidth < box.width,
      why: `a world ${worldWidth} px wide, copies ${copies === "true" ? "on" : "off"}, in a map ${box.width} px wide`,
    };
  }

  /** Clicks a country where a person would: its dot if it has one, else inside its largest part. */
  async clickCountry(iso3: string): Promise<void> {
    const entry = countryIndex[iso3];
    if (!entry) throw new Error(`no country ${iso3}`);
    const { x, y } = await this.pixelOf(entry.anchor);
    await this.page.mouse.click(x, y);
  }

  async clickMapAt(position: readonly [number, number]): Promise<void> {
    const { x, y } = await this.pixelOf(position);
    await this.page.mouse.click(x, y);
  }

  /** Zooms in around a place with the mouse wheel, as a person would before clicking something small. */
  async zoomInAt(position: readonly [number, number], minZoom: number): Promise<void> {
    for (let step = 0; step < 10; step++) {
      const zoom = Number(((await this.map.getAttribute("data-view")) ?? "0,0,0").split(",")[2]);
      if (zoom >= minZoom) return;
      const { x, y } = await this.pixelOf(position);
      await this.page.mouse.move(x, y);
      await this.page.mouse.wheel(0, -600);
      await expect(this.map).not.toHaveAttribute("data-view", new RegExp(`,${zoom.toFixed(5)}$`));
      await this.waitForMap();
    }
  }

  async hoverCountry(iso3: string): Promise<void> {
    const entry = countryIndex[iso3];
    if (!entry) throw new Error(`no country ${iso3}`);
    const { x, y } = await this.pixelOf(entry.anchor);
    await this.page.mouse.move(x, y);
  }

  /** Ids of the agreements and co-chairmanships drawn on the map, sorted. */
  async relationsDrawn(): Promise<string[]> {
    await this.waitForMap();
    const value = (await this.map.getAttribute("data-relations")) ?? "";
    return value === "" ? [] : value.split(",");
  }

  /** Ticks or unticks a filter by its label, opening the filter panel first if needed. */
  async toggleFilter(label: string | RegExp): Promise<void> {
    await this.showLists();
    const filters = this.root.locator("details.filters");
    if ((await filters.getAttribute("open")) === null) await filters.locator("summary").click();
    await filters.getByRole("checkbox", { name: label }).click();
    await this.waitForMap();
  }

  filterCheckbox(label: string | RegExp): Locator {
    return this.root.locator("details.filters").getByRole("checkbox", { name: label });
  }

  /** Ids of the lines drawn forward for the selection, sorted. */
  async forwardRelations(): Promise<string[]> {
    await this.waitForMap();
    const value = (await this.map.getAttribute("data-forward-relations")) ?? "";
    return value === "" ? [] : value.split(",");
  }

  /** Where the selected bloc's label is drawn, [lon, lat] (the first bloc's, in a comparison). */
  async selectedLabelPoint(): Promise<[number, number]> {
    const [first] = await this.selectedLabelPoints();
    if (first === undefined) throw new Error("no selected bloc's label on the map");
    return first;
  }

  /** Where each selected bloc's label is drawn, [lon, lat]: one bloc's, or two compared. */
  async selectedLabelPoints(): Promise<[number, number][]> {
    await this.waitForMap();
    const value = (await this.map.getAttribute("data-selected-label")) ?? "";
    if (value === "") return [];
    return value.split(";").map((point) => {
      const [lon, lat] = point.split(",").map(Number);
      if (lon === undefined || lat === undefined || Number.isNaN(lon) || Number.isNaN(lat))
        throw new Error(`data-selected-label has no point in "${value}"`);
      return [lon, lat];
    });
  }

  /** The legend over the map. */
  legend(): Locator {
    return this.root.getByRole("group", { name: "Legend" });
  }

  /** Opens the phone's one-line legend to the whole legend, as a tap on its toggle does. */
  async openPhoneLegend(): Promise<void> {
    const toggle = this.legend().getByRole("button", { name: /^Legend/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }

  async showList(name: "Blocs" | "Agreements" | "Co-chairs"): Promise<void> {
    await this.showLists();
    await this.root.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
  }

  /** Ids of the agreements in the Agreements list, in order. */
  async listedAgreements(): Promise<string[]> {
    await this.showList("Agreements");
    return this.root
      .getByRole("list", { name: "Agreements" })
      .locator("button[data-agreement-id]")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-agreement-id") ?? ""));
  }

  async showAsOf(choice: RegExp): Promise<void> {
    await this.showLists();
    await this.root.getByRole("radio", { name: choice }).check();
    await this.waitForMap();
  }

  reader(): Locator {
    return this.root.locator("section.reader");
  }

  async openSpeech(): Promise<void> {
    await this.root.getByRole("tab", { name: "The speech" }).click();
    await expect(this.reader()).toBeVisible();
  }

  /** The marked passage that anchors a quote. */
  passage(quoteId: string): Locator {
    return this.reader().locator(`button.passage[data-quote-ids~="${quoteId}"]`);
  }

  notice(): Locator {
    return this.root.getByRole("alert");
  }

  /** The page's live region: what a screen reader was last told changed. */
  announcement(): Locator {
    return this.root.locator("[data-announcer]");
  }

  /** The element that has keyboard focus, in whichever frame holds it. */
  async focused(): Promise<FocusedElement | undefined> {
    for (const frame of this.page.frames()) {
      const found = await frame.evaluate(focusIn).catch(() => undefined);
      if (found !== undefined && found !== "inside") return found;
    }
    return undefined;
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page,
   * and checks that every element focused on the way shows where focus is.
   */
  async tabTo(target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
    const unmarked: string[] = [];
    for (let press = 0; press < max; press++) {
      await this.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
      const now = await this.focused();
      if (now?.indicator === undefined) unmarked.push(now?.description ?? "focus in no document");
      const arrived = await target
        .evaluate((element) => element.ownerDocument.activeElement === element)
        .catch(() => false);
      if (arrived) {
        expect(unmarked, "focused with no visible focus indicator").toEqual([]);
        return;
      }
    }
    throw new Error(`${String(target)} not reached in ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}`);
  }

  /** Expects `target` to have focus and to show it. */
  async expectFocusShownOn(target: Locator): Promise<void> {
    await expect(target).toBeFocused();
    const now = await this.focused();
    expect(now?.indicator, `focus indicator of ${now?.description ?? "nothing"}`).toBeDefined();
  }

  /** The colour of the map as drawn at a place, read back from a screenshot, as "#rrggbb". */
  async colourAt(position: readonly [number, number]): Promise<string> {
    return dominantColourIn(this.page, await this.screenshotAround(position, 1));
  }

  /**
   * The colour of the fill at a place: the one most of the 5×5 pixels around it have, not the odd
   * pixel of a receded line or a label's edge crossing it.
   */
  async fillColourAt(position: readonly [number, number]): Promise<string> {
    return dominantColourIn(this.page, await this.screenshotAround(position, 5));
  }

  /**
   * Every colour drawn in the 5×5 pixels around a place: a line a few pixels wide among others
   * bundled beside it is in there whichever way the pixel grid falls.
   */
  async coloursAround(position: readonly [number, number]): Promise<string[]> {
    return allColoursIn(this.page, await this.screenshotAround(position, 5));
  }

  /** A `size`×`size` screenshot of the map as drawn, centred on a place. */
  private async screenshotAround(position: readonly [number, number], size: 1 | 5): Promise<Buffer> {
    const { x, y } = await this.pixelOf(position);
    const box = await this.map.boundingBox();
    if (!box || x < box.x || y < box.y || x > box.x + box.width || y > box.y + box.height) {
      throw new Error(`${position.join(",")} is outside the map as shown`);
    }
    const half = (size - 1) / 2;
    return this.page.screenshot({
      clip: { x: Math.round(x) - half, y: Math.round(y) - half, width: size, height: size },
    });
  }
}
