import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Where a Chromium is, in the order docs/checks.md gives: $CHROMIUM_PATH, one that Playwright
 * installed, Debian's. Undefined if there is none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  let playwrights: string | undefined;
  try {
    playwrights = chromium.executablePath();
  } catch {
    playwrights = undefined;
  }
  if (playwrights && existsSync(playwrights)) return playwrights;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

export const HOW_TO_GET_CHROMIUM =
  "No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary, or install one: " +
  "`npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install -y chromium`.";

/**
 * Flags measured to keep WebGL working (SwiftShader) in headless Chromium on a machine with no
 * GPU and no network: nothing in the background may try to reach another host.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
