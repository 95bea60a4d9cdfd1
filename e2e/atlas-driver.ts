import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The app's actions in the app's language, so a spec reads like what a person does:
 * `await atlas.open("?bloc=asean"); expect(await atlas.highlighted()).toEqual([...])`.
 */
export class AtlasDriver {
  readonly map: Locator;

  constructor(readonly page: Page) {
    this.map = page.locator(".map-view");
  }

  /** Opens the app (with an optional query string) and waits until the map has drawn. */
  async open(query = ""): Promise<void> {
    await this.page.goto(`./${query}`);
    await this.waitForMap();
  }

  /** Waits until the map is idle with the current state drawn. */
  async waitForMap(): Promise<void> {
    await expect(this.map).toHaveAttribute("data-ready", "true");
  }

  /** ISO codes the map colours as members, sorted. */
  async highlighted(): Promise<string[]> {
    await this.waitForMap();
    const value = (await this.map.getAttribute("data-highlighted")) ?? "";
    return value === "" ? [] : value.split(",");
  }

  blocList(): Locator {
    return this.page.getByRole("list", { name: "Blocs" });
  }
}
