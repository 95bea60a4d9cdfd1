import { test as base, expect } from "@playwright/test";
import { AtlasDriver } from "./atlas-driver";

type Fixtures = {
  atlas: AtlasDriver;
  /** URLs the page asked for on any origin but its own; they are blocked, as in a hall with no Wi-Fi. */
  foreignRequests: string[];
  consoleErrors: string[];
};

/**
 * Every spec runs with the network cut at the app's origin and fails on any console error, so
 * "works offline" and "no errors" are checked everywhere, not in one test.
 */
export const test = base.extend<Fixtures>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const foreign: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === origin) {
        await route.continue();
        return;
      }
      foreign.push(url);
      await route.abort("blockedbyclient");
    });
    await use(foreign);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
  atlas: async ({ page, foreignRequests }, use) => {
    await use(new AtlasDriver(page));
    expect(foreignRequests, "requests to other origins").toEqual([]);
  },
});

export { expect };
