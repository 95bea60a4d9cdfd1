/**
 * `npm run bench`: builds the app for production (with the real dataset and with one 100 times
 * larger), serves both, and drives headless Chromium through Playwright. Prints medians with min
 * and max and writes them to bench-results/bench.json. Not part of `npm test`: timings belong
 * here, never in assertions. Runs are interleaved (app, floor, app, floor…) so that the machine's
 * noise falls on both sides of every ratio.
 *
 *   a  cold load of ?bloc=asean until the map's data-ready (new browser context each run)
 *   b  the floor: bare MapLibre, same style, size and camera, no dataset; and a/b
 *   c  select → data-ready, for every bloc (reduced motion: the camera jumps)
 *   d  bytes a first view transfers, gzipped, by kind
 *   e  c again and typing in the bloc search, on the synthetic dataset
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { projectRoot } from "./lib/dataset-files.ts";
import { SCALE, makeSyntheticDataset } from "./make-synthetic-dataset.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const VIEWPORT = { width: 1280, height: 800 };
const outRoot = path.join(projectRoot, "bench-results");
const realDist = path.join(outRoot, "dist-real");
const syntheticDist = path.join(outRoot, "dist-synthetic");
const floorDist = path.join(outRoot, "dist-floor");
const syntheticData = path.join(outRoot, "synthetic-data");

type Stats = { median: number; min: number; max: number; n: number };

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, n: sorted.length };
}

function build(outDir: string, env: Record<string, string> = {}): void {
  console.log(`bench: building ${path.relative(projectRoot, outDir)}`);
  execFileSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
};

/** A plain static server: the benchmark measures the app, not a dev server's transforms. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = path.join(file, "index.html");
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

/** Records, from navigation start, when the map element first reports data-ready="true". */
const READY_PROBE = `
  window.__benchReadyAt = undefined;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (window.__benchReadyAt === undefined && el.dataset && el.dataset.ready === "true") {
        window.__benchReadyAt = performance.now();
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
`;

type ColdLoad = {
  ms: number;
  page: Page;
  /** Gzip size of every response so far, by URL; await after the page has settled. */
  bytes: () => Promise<Map<string, number>>;
  /** Settles when the label font has arrived (MapLibre asks for it once labels are laid out). */
  font: Promise<unknown>;
};

async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "reduce" });
  const page = await context.newPage();
  const sizes: Promise<[string, number] | undefined>[] = [];
  page.on("response", (response) => {
    sizes.push(
      response.body().then(
        (body): [string, number] => [response.url(), gzipSync(body).length],
        () => undefined,
      ),
    );
  });
  const font = page
    .waitForResponse((response) => response.url().endsWith(".woff2"), { timeout: 30_000 })
    .catch(() => undefined);
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
  const ms = await page.evaluate(() => (window as unknown as { __benchReadyAt: number }).__benchReadyAt);
  const bytes = async () => new Map((await Promise.all(sizes)).filter((entry) => entry !== undefined));
  return { ms, page, bytes, font };
}

function kindOf(url: string): string {
  const { pathname } = new URL(url);
  if (pathname.includes("/geo/")) return "geometry";
  if (/\.(js|mjs)$/.test(pathname)) return "js";
  if (pathname.endsWith(".css")) return "css";
  if (pathname.endsWith(".woff2")) return "font";
  if (/\/assets\/.*\.(json|txt)$/.test(pathname)) return "data";
  return "html and other";
}

/** Clicks each bloc in the list and times click → data-ready="true" again, inside the page. */
async function selectTimes(page: Page, blocIds: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const blocId of blocIds) {
    const ms = await page.evaluate(async (id) => {
      const button = document.querySelector<HTMLButtonElement>(`button.bloc-item[data-bloc-id="${id}"]`);
      const map = document.querySelector<HTMLElement>(".map-view");
      if (!button || !map) throw new Error(`no button for ${id}`);
      const start = performance.now();
      const ready = new Promise<number>((resolve) => {
        let sawBusy = false;
        const observer = new MutationObserver(() => {
          if (map.dataset.ready === "false") sawBusy = true;
          if (sawBusy && map.dataset.ready === "true") {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(map, { attributes: true, attributeFilter: ["data-ready"] });
      });
      button.click();
      return ready;
    }, blocId);
    times.push(ms);
  }
  return times;
}

/** Main-thread task time (Chrome's TaskDuration) spent on each keystroke until the page settles. */
async function keystrokeWork(page: Page, text: string): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  };
  const settle = () =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
        }),
    );
  const search = page.getByRole("searchbox", { name: "Find a bloc or a country" });
  await search.fill("");
  await search.focus();
  await settle();
  // What the probe itself costs (an evaluate and a metrics read), to subtract from each keystroke.
  const probe: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = await taskSeconds();
    await settle();
    probe.push((await taskSeconds()) - before);
  }
  const overhead = stats(probe).median;
  const work: number[] = [];
  for (const char of text) {
    const before = await taskSeconds();
    await page.keyboard.type(char);
    await settle();
    work.push(Math.max(0, ((await taskSeconds()) - before - overhead) * 1000));
  }
  await cdp.detach();
  return work;
}

function blocIdsOf(dataDir: string): string[] {
  const blocs = JSON.parse(readFileSync(path.join(dataDir, "blocs.json"), "utf8")) as { id: string }[];
  return blocs.map((b) => b.id);
}

function sample<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}

function formatStats(s: Stats, unit = "ms"): string {
  const f = (n: number) => (unit === "ms" ? n.toFixed(1) : n.toFixed(2));
  return `${f(s.median)} ${unit} (min ${f(s.min)}, max ${f(s.max)}, n=${s.n})`;
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  mkdirSync(outRoot, { recursive: true });
  makeSyntheticDataset(syntheticData);
  build(realDist);
  build(syntheticDist, { BLOC_ATLAS_DATA_DIR: syntheticData });
  build(floorDist, { BLOC_ATLAS_BENCH_FLOOR: "1" });

  const real = await serve(realDist);
  const synthetic = await serve(syntheticDist);
  const floorSite = await serve(floorDist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // The floor gets the app's own map size and camera for ?bloc=asean.
    const probe = await coldLoad(browser, `${real.url}?bloc=asean`);
    const mapBox = await probe.page.locator(".map-view").boundingBox();
    const view = await probe.page.locator(".map-view").getAttribute("data-view");
    await probe.page.context().close();
    if (!mapBox || !view) throw new Error("the app's map has no box or view");
    const floorUrl = `${floorSite.url}bench/floor.html?width=${Math.round(mapBox.width)}&height=${Math.round(mapBox.height)}&view=${view}`;

    const appLoads: number[] = [];
    const floorLoads: number[] = [];
    const ratios: number[] = [];
    let firstViewBytes = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const app = await coldLoad(browser, `${real.url}?bloc=asean`);
      appLoads.push(app.ms);
      if (run === 0) {
        // The label font is fetched when the first labels are laid out, around data-ready.
        await app.font;
        await app.page.waitForLoadState("networkidle");
        firstViewBytes = await app.bytes();
      }
      await app.page.context().close();
      const floor = await coldLoad(browser, floorUrl);
      floorLoads.push(floor.ms);
      await floor.page.context().close();
      ratios.push(app.ms / floor.ms);
      console.log(
        `bench: run ${run + 1}/${RUNS}: app ${app.ms.toFixed(0)} ms, floor ${floor.ms.toFixed(0)} ms`,
      );
    }

    const realBlocs = blocIdsOf(path.join(projectRoot, "data"));
    const selects: number[] = [];
    for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++) {
      const app = await coldLoad(browser, real.url);
      selects.push(...(await selectTimes(app.page, realBlocs)));
      await app.page.context().close();
    }

    const big = await coldLoad(browser, synthetic.url);
    const bigLoad = big.ms;
    const bigSelects = await selectTimes(big.page, sample(blocIdsOf(syntheticData), 60));
    const keystrokes = await keystrokeWork(big.page, "asean eurasian vietnam");
    await big.page.context().close();

    const bytesByKind: Record<string, number> = {};
    for (const [url, size] of firstViewBytes)
      bytesByKind[kindOf(url)] = (bytesByKind[kindOf(url)] ?? 0) + size;
    const totalBytes = Object.values(bytesByKind).reduce((a, b) => a + b, 0);

    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      runs: RUNS,
      viewport: VIEWPORT,
      a_coldLoadAsean: stats(appLoads),
      b_floor: stats(floorLoads),
      a_over_b: stats(ratios),
      c_selectToReady: stats(selects),
      d_firstViewGzipBytes: { ...bytesByKind, total: totalBytes },
      e_synthetic: {
        scale: SCALE,
        coldLoad: bigLoad,
        selectToReady: stats(bigSelects),
        keystrokeMainThreadMs: stats(keystrokes),
      },
    };
    writeFileSync(path.join(outRoot, "bench.json"), `${JSON.stringify(result, null, 2)}\n`);

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log("");
    console.log(`| measure | result |`);
    console.log(`| --- | --- |`);
    console.log(`| a. cold load ?bloc=asean → data-ready | ${formatStats(result.a_coldLoadAsean)} |`);
    console.log(`| b. floor: bare MapLibre, same style and size | ${formatStats(result.b_floor)} |`);
    console.log(`| a/b, per run | ${formatStats(result.a_over_b, "×")} |`);
    console.log(
      `| c. select → data-ready, ${realBlocs.length} blocs | ${formatStats(result.c_selectToReady)} |`,
    );
    console.log(
      `| d. first view, gzip | ${kb(totalBytes)}: ${Object.entries(bytesByKind)
        .map(([kind, n]) => `${kind} ${kb(n)}`)
        .join(", ")} |`,
    );
    console.log(`| e. ${SCALE}× data: cold load | ${bigLoad.toFixed(1)} ms |`);
    console.log(
      `| e. ${SCALE}× data: select → data-ready | ${formatStats(result.e_synthetic.selectToReady)} |`,
    );
    console.log(
      `| e. ${SCALE}× data: main-thread work per keystroke | ${formatStats(result.e_synthetic.keystrokeMainThreadMs)} |`,
    );
    console.log(`\nwritten to ${path.relative(projectRoot, path.join(outRoot, "bench.json"))}`);
  } finally {
    await browser.close();
    real.server.close();
    synthetic.server.close();
    floorSite.server.close();
  }
}

await main();
