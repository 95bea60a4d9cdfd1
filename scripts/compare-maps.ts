/**
 * `npx tsx scripts/compare-maps.ts <before-dist> <after-dist> [out-dir]`: screenshots the map of two
 * builds of the app in the same views and prints, per view, the share of pixels that differ. For
 * checking that a change to the geometry or the style leaves the map looking the same. Writes
 * `before-<view>.png`, `after-<view>.png`, `diff-<view>.png` (differing pixels in red over a
 * faded copy of the before image) and `side-by-side-<view>.png` (the three in a row) to out-dir
 * (default bench-results/compare).
 *
 * Each build is served by a plain static server and loaded in headless Chromium at 1280×800 with
 * reduced motion (the camera jumps); a view is shot once the map says `data-ready="true"` and a
 * second has passed, so late symbols are placed. Deeper views are reached with the mouse wheel.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, expect, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { projectRoot } from "./lib/dataset-files.ts";
import { serveStatic } from "./lib/serve-static.ts";

const VIEWPORT = { width: 1280, height: 800 };
/**
 * A channel differing by more than this (of 255) makes the pixel count as different: anything but
 * rounding noise, so a half-pixel border drawn lighter or missing counts.
 */
const CHANNEL_THRESHOLD = 2;
const SETTLE_MS = 1000;
/**
 * The map fills the window in both builds, so a change to the page around it (a taller header)
 * does not move every pixel of the map.
 */
const FILL_WINDOW =
  ".map-view { position: fixed !important; inset: 0 !important; width: 100vw !important; " +
  "height: 100vh !important; z-index: 1000; }";
/** The HTML over the map (legend, notices, zoom buttons, attribution) is not what is compared. */
const HIDE_OVERLAYS =
  ".map-area > :not(.map-view), .maplibregl-control-container { visibility: hidden !important; }";

type View = {
  readonly name: string;
  readonly query: string;
  /** Wheel in around this place (lon, lat) until the camera is at least this deep. */
  readonly zoomTo?: { readonly at: readonly [number, number]; readonly zoom: number };
};

const VIEWS: readonly View[] = [
  { name: "world", query: "" },
  { name: "southeast-asia", query: "?bloc=asean" },
  { name: "pacific-apec", query: "?bloc=apec" },
  { name: "pacific-fiji", query: "?country=FJI" },
  { name: "fiji-z6", query: "?country=FJI", zoomTo: { at: [179.5, -17], zoom: 6 } },
  { name: "aleutians-z4", query: "?country=USA", zoomTo: { at: [180, 52], zoom: 4 } },
  { name: "europe", query: "?country=DEU" },
  { name: "europe-z6", query: "?country=DEU", zoomTo: { at: [8, 50], zoom: 6 } },
  { name: "singapore", query: "?country=SGP" },
  { name: "singapore-z6", query: "?country=SGP", zoomTo: { at: [103.8, 1.35], zoom: 6 } },
  { name: "tuvalu", query: "?country=TUV" },
  { name: "antarctica", query: "?country=ATA" },
];

function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

async function waitForDrawn(page: Page): Promise<void> {
  await expect(page.locator(".map-view")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  await expect(page.locator(".map-view")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
}

async function cameraZoom(page: Page): Promise<number> {
  const view = (await page.locator(".map-view").getAttribute("data-view")) ?? "0,0,0";
  return Number(view.split(",")[2]);
}

/** Wheels in around a place, a notch at a time, as a person would. */
async function wheelTo(page: Page, at: readonly [number, number], zoom: number): Promise<void> {
  const map = page.locator(".map-view");
  for (let step = 0; step < 20 && (await cameraZoom(page)) < zoom; step++) {
    const view = ((await map.getAttribute("data-view")) ?? "0,0,0").split(",").map(Number);
    const [centerLon = 0, centerLat = 0, current = 0] = view;
    const box = await map.boundingBox();
    if (!box) throw new Error("the map has no box");
    const worldSize = 512 * 2 ** current;
    let dLon = at[0] - centerLon;
    if (dLon > 180) dLon -= 360;
    if (dLon < -180) dLon += 360;
    const x = box.x + box.width / 2 + (dLon / 360) * worldSize;
    const y = box.y + box.height / 2 + (mercatorY(at[1]) - mercatorY(centerLat)) * worldSize;
    await page.mouse.move(x, y);
    // A notch of about half a zoom level, so the last one does not overshoot far.
    await page.mouse.wheel(0, -Math.min(300, 600 * (zoom - current)));
    await waitForDrawn(page);
  }
}

async function shoot(browser: Browser, baseUrl: string, view: View): Promise<Buffer> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "reduce" });
  // Before the app's script runs, so the map is created at the size it is shot at.
  await context.addInitScript(
    `new MutationObserver((_, observer) => {
      if (!document.head) return;
      observer.disconnect();
      const style = document.createElement("style");
      style.textContent = ${JSON.stringify(FILL_WINDOW)};
      document.head.append(style);
    }).observe(document, { childList: true, subtree: true });`,
  );
  const page = await context.newPage();
  await page.goto(new URL(view.query, baseUrl).href);
  await waitForDrawn(page);
  if (view.zoomTo) await wheelTo(page, view.zoomTo.at, view.zoomTo.zoom);
  const camera = await page.locator(".map-view").getAttribute("data-view");
  const image = await page.locator(".map-view").screenshot({ style: HIDE_OVERLAYS });
  console.log(`  ${view.name} at ${baseUrl}: camera ${camera}`);
  await context.close();
  return image;
}

type Diff = { share: number; count: number; width: number; height: number; png: Buffer; sideBySide: Buffer };

/** Decodes both PNGs in the browser, compares them pixel by pixel and draws the difference. */
async function diffImages(browser: Browser, before: Buffer, after: Buffer): Promise<Diff> {
  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps the inner functions below in `__name()`.
  await page.evaluate("globalThis.__name = (fn) => fn");
  const result = await page.evaluate(
    async ({ before, after, threshold }) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [a, b] = await Promise.all([load(before), load(after)]);
      const width = Math.max(a.width, b.width);
      const height = Math.max(a.height, b.height);
      const pixels = (image: HTMLImageElement) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no 2d context");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const pa = pixels(a);
      const pb = pixels(b);
      const out = new OffscreenCanvas(width, height);
      const context = out.getContext("2d");
      if (!context) throw new Error("no 2d context");
      const diff = context.createImageData(width, height);
      let differing = 0;
      for (let i = 0; i < pa.length; i += 4) {
        let differs = false;
        let sum = 0;
        for (let channel = i; channel < i + 3; channel++) {
          const before = pa[channel] ?? 0;
          if (Math.abs(before - (pb[channel] ?? 0)) > threshold) differs = true;
          sum += before;
        }
        if (differs) differing++;
        const faded = 255 - (255 - sum / 3) / 4;
        diff.data[i] = differs ? 230 : faded;
        diff.data[i + 1] = differs ? 0 : faded;
        diff.data[i + 2] = differs ? 0 : faded;
        diff.data[i + 3] = 255;
      }
      context.putImageData(diff, 0, 0);
      const side = new OffscreenCanvas(width * 3, height);
      const sideContext = side.getContext("2d");
      if (!sideContext) throw new Error("no 2d context");
      sideContext.drawImage(a, 0, 0);
      sideContext.drawImage(b, width, 0);
      sideContext.drawImage(out, width * 2, 0);
      const encode = async (canvas: OffscreenCanvas) => {
        const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: "image/png" })).arrayBuffer());
        let binary = "";
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      };
      return {
        share: differing / (width * height),
        count: differing,
        width,
        height,
        png: await encode(out),
        sideBySide: await encode(side),
      };
    },
    { before: before.toString("base64"), after: after.toString("base64"), threshold: CHANNEL_THRESHOLD },
  );
  await page.close();
  return {
    ...result,
    png: Buffer.from(result.png, "base64"),
    sideBySide: Buffer.from(result.sideBySide, "base64"),
  };
}

async function main(): Promise<void> {
  const [beforeDist, afterDist, outArg] = process.argv.slice(2);
  if (!beforeDist || !afterDist) {
    console.error("usage: tsx scripts/compare-maps.ts <before-dist> <after-dist> [out-dir]");
    process.exit(2);
  }
  const outDir = path.resolve(outArg ?? path.join(projectRoot, "bench-results/compare"));
  mkdirSync(outDir, { recursive: true });
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const servers = await Promise.all([beforeDist, afterDist].map((dir) => serveStatic(path.resolve(dir))));
  const [before, after] = servers.map((s) => s.url) as [string, string];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const only = process.env.COMPARE_VIEWS?.split(",");
  const rows: string[] = [];
  try {
    for (const view of VIEWS.filter((v) => !only || only.includes(v.name))) {
      const beforePng = await shoot(browser, before, view);
      const afterPng = await shoot(browser, after, view);
      const diff = await diffImages(browser, beforePng, afterPng);
      writeFileSync(path.join(outDir, `before-${view.name}.png`), beforePng);
      writeFileSync(path.join(outDir, `after-${view.name}.png`), afterPng);
      writeFileSync(path.join(outDir, `diff-${view.name}.png`), diff.png);
      writeFileSync(path.join(outDir, `side-by-side-${view.name}.png`), diff.sideBySide);
      const row = `${view.name.padEnd(16)} ${(diff.share * 100).toFixed(2).padStart(6)} % differ (${diff.count} of ${diff.width}×${diff.height} px)`;
      console.log(row);
      rows.push(row);
    }
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
  console.log(`\n${rows.join("\n")}\n\nimages in ${outDir}`);
}

await main();
