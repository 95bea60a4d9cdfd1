import { test as base, expect, type Page } from "@playwright/test";
import { AtlasDriver } from "./atlas-driver";
import { HostServer } from "./host-server";

/**
 * The app's server seen as another site: `localhost` where the app is `127.0.0.1`, for pages the
 * build itself serves as a host (examples/host.html) to frame the app cross-origin.
 */
export function hostOriginOf(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? "http://127.0.0.1");
  url.hostname = "localhost";
  return url.origin;
}

type Fixtures = {
  atlas: AtlasDriver;
  /** The app's server under another origin (see hostOriginOf). */
  hostOrigin: string;
  /** URLs the page asked for on any origin but its own; they are blocked, as in a hall with no Wi-Fi. */
  foreignRequests: string[];
  consoleErrors: string[];
};

/**
 * Every spec runs with the network cut at the app's origin and fails on any console error, so
 * "works offline" and "no errors" are checked everywhere, not in one test.
 */
export const test = base.extend<Fixtures, { hostServer: HostServer }>({
  hostServer: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await HostServer.start();
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
  hostOrigin: async ({ baseURL }, use) => {
    await use(hostOriginOf(baseURL));
  },
  foreignRequests: [
    async ({ page, baseURL, hostOrigin, hostServer }, use) => {
      const origins = new Set([new URL(baseURL ?? "http://127.0.0.1").origin, hostOrigin, hostServer.origin]);
      const foreign: string[] = [];
      // On the context, so frames and pages the app opens (a new tab) are held to it as well.
      await page.context().route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith("data:") || url.startsWith("blob:") || origins.has(new URL(url).origin)) {
          await route.continue();
          return;
        }
        foreign.push(url);
        await route.abort("blockedbyclient");
      });
      await use(foreign);
      expect(foreign, "requests to other origins").toEqual([]);
    },
    { auto: true },
  ],
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
  atlas: async ({ page }, use) => {
    await use(new AtlasDriver(page));
  },
});

/** A browser with WebGL off, as on some machines: every request for a WebGL context is refused. */
export async function refuseWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const prototype = HTMLCanvasElement.prototype;
    const original = Object.getOwnPropertyDescriptor(prototype, "getContext")?.value as (
      ...args: unknown[]
    ) => RenderingContext | null;
    Object.defineProperty(prototype, "getContext", {
      value(this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
        if (id.startsWith("webgl") || id === "experimental-webgl") return null;
        return Reflect.apply(original, this, [id, ...rest]);
      },
    });
  });
}

export { expect };
