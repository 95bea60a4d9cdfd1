/**
 * `npm run bench`: builds the app for production (with the real dataset and with one 100 times
 * larger) and the baseline pages in bench/, serves them, and drives headless Chromium through
 * Playwright. Prints medians with min and max and writes them to bench-results/bench.json. Not
 * part of `npm test`: timings belong here, never in assertions. Cold loads are interleaved (F0, F1,
 * N, A, …) so that the machine's noise falls on both sides of every ratio, taken per run.
 *
 *   F0  bare MapLibre, background-only style, the app's map size and camera for ?bloc=asean
 *   F1  the same with one small GeoJSON source (one country), to first idle with it drawn
 *   N   the naive way: world-atlas 50m TopoJSON converted on the main thread, one GeoJSON source,
 *       ASEAN highlighted with feature-state
 *   A   the app, ?bloc=asean until the map's data-ready has turned true for the last time
 *   c   select → data-ready, for every bloc (reduced motion: the camera jumps)
 *   d   bytes a first view transfers, gzipped, by kind
 *   e   the 100× dataset: cold load (and its ratio to A), select, typing in the bloc search
 *   TBT the sum over main-thread long tasks of their time past 50 ms, navigation to data-ready
 *   f   frames drawn to data-ready (requestAnimationFrame ticks with a callback), in every cold load
 *   t   traced cold loads (BENCH_TRACE_RUNS, default 3): Chrome's animation-frame callbacks and the
 *       app's own main-thread JavaScript (every module but MapLibre's) to data-ready
 *   x   `npm run export` of the whole argument tour and of one view, on the same build
 *       (BENCH_EXPORTS=0 leaves them out)
 *
 * BENCH_RUNS (default 7) cold loads of each. BENCH_TODAY=<folder> also measures another checkout of
 * the app (today's, say, from `git worktree add`), built with its own code, side by side in the
 * same run, so the table shows today's and the new figures from one run.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { projectRoot } from "./lib/dataset-files.ts";
import { serveStatic } from "./lib/serve-static.ts";
import { appOwnMs, traceOnce } from "./lib/trace-analysis.ts";
import { SCALE, makeSyntheticDataset } from "./make-synthetic-dataset.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Traced cold loads per checkout, for the main thread's work by module (BENCH_TRACE_RUNS). */
const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 3);
/** BENCH_EXPORTS=0 leaves out the export timings (a whole tour takes minutes). */
const EXPORTS = process.env.BENCH_EXPORTS !== "0";
const TODAY_ROOT = process.env.BENCH_TODAY ? path.resolve(process.env.BENCH_TODAY) : undefined;
const VIEWPORT = { width: 1280, height: 800 };
const outRoot = path.join(projectRoot, "bench-results");
const baselineDist = path.join(outRoot, "dist-baselines");
/** The 100× dataset of the checkout measured; each checkout makes its own, from its own data/ and
 * with its own generator, so that a dataset field added later does not fail an older schema. */
const syntheticDataOf = (name: string) => path.join(outRoot, `synthetic-data-${name}`);

type Stats = { median: number; min: number; max: number; n: number };

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, n: sorted.length };
}

function build(outDir: string, env: Record<string, string> = {}, root = projectRoot): void {
  console.log(`bench: building ${path.relative(projectRoot, outDir)} from ${root}`);
  // Hidden source maps: the shipped files are byte for byte the same, and a traced load can name
  // the module each sample ran in (scripts/lib/trace-analysis.ts).
  const args = [
    "vite",
    "build",
    "--logLevel",
    "warn",
    "--sourcemap",
    "hidden",
    "--outDir",
    outDir,
    "--emptyOutDir",
  ];
  execFileSync("npx", args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
}

/**
 * Records, from navigation start, when the map element last turned data-ready="true", and the
 * main thread's long tasks (over 50 ms) until then. The last, not the first: a map can report
 * ready before the app has applied its state, then turn busy again (today's checkout does).
 */
const READY_PROBE = `
  window.__benchReadyAt = undefined;
  window.__benchFrames = 0;
  window.__benchFramesAtReady = undefined;
  {
    // Frames in which the page asked to draw (a requestAnimationFrame callback ran), to data-ready.
    const request = window.requestAnimationFrame.bind(window);
    let lastFrame = -1;
    window.requestAnimationFrame = (callback) =>
      request((time) => {
        if (time !== lastFrame) {
          lastFrame = time;
          window.__benchFrames++;
        }
        callback(time);
      });
  }
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (!el.dataset || el.dataset.ready === undefined) continue;
      window.__benchReadyAt = el.dataset.ready === "true" ? performance.now() : undefined;
      window.__benchFramesAtReady = window.__benchFrames;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
`;

/** How long data-ready must stay true before a load counts as done. */
const SETTLED_MS = 1500;

type ColdLoad = {
  ms: number;
  /** Total Blocking Time until data-ready: the sum of each long task's time past 50 ms. */
  blockingMs: number;
  /** Frames in which the page drew something, from navigation to data-ready. */
  frames: number;
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
    (settled) => {
      const readyAt = (window as unknown as { __benchReadyAt?: number }).__benchReadyAt;
      return readyAt !== undefined && performance.now() - readyAt > settled;
    },
    SETTLED_MS,
    { timeout: 90_000, polling: 100 },
  );
  const { ms, blockingMs, frames } = await page.evaluate(() => {
    const probe = window as unknown as {
      __benchReadyAt: number;
      __benchLongTasks: [number, number][];
      __benchFramesAtReady: number;
    };
    return {
      ms: probe.__benchReadyAt,
      frames: probe.__benchFramesAtReady,
      blockingMs: probe.__benchLongTasks
        .filter(([start]) => start < probe.__benchReadyAt)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    };
  });
  const bytes = async () => new Map((await Promise.all(sizes)).filter((entry) => entry !== undefined));
  return { ms, blockingMs, frames, page, bytes, font };
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

/**
 * Selects each bloc and times it to data-ready="true" again, inside the page: by clicking its
 * button in the list, or (`link`) as Back and Forward do, through the URL. The 100× list is
 * windowed, so most of its buttons do not exist until scrolled to; there both checkouts go by link.
 */
async function selectTimes(
  page: Page,
  blocIds: readonly string[],
  how: "click" | "link" = "click",
): Promise<number[]> {
  const times: number[] = [];
  for (const blocId of blocIds) {
    const ms = await page.evaluate(
      async ([id, by]) => {
        const button = document.querySelector<HTMLButtonElement>(`button.bloc-item[data-bloc-id="${id}"]`);
        const map = document.querySelector<HTMLElement>(".map-view");
        if ((by === "click" && !button) || !map) throw new Error(`no button for ${id}`);
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
        if (by === "click") button?.click();
        else {
          history.pushState(null, "", `${location.pathname}?bloc=${encodeURIComponent(id)}`);
          dispatchEvent(new PopStateEvent("popstate"));
        }
        return ready;
      },
      [blocId, how] as const,
    );
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

/**
 * Times `npm run export` of one checkout, on its own built app (`--site`), in a folder thrown away
 * after: the whole CLI, browser start included, as a person running it waits for it.
 */
function timeExport(variant: Variant, what: string[]): number {
  const out = mkdtempSync(path.join(os.tmpdir(), "bloc-atlas-bench-export-"));
  const started = performance.now();
  try {
    execFileSync("npx", ["tsx", "scripts/export.ts", ...what, "--out", out, "--site", variant.realDist], {
      cwd: variant.root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    return performance.now() - started;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
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

/** One build of the app measured: this checkout ("new") and, with BENCH_TODAY, another ("today"). */
type Variant = { name: string; root: string; realDist: string; syntheticDist: string; syntheticData: string };

type VariantResult = {
  coldLoad: number[];
  blocking: number[];
  frames: number[];
  /** From traced loads: the app's own main-thread JavaScript before data-ready, and Chrome's count of animation-frame callbacks. */
  appOwnMs: number[];
  tracedAnimationFrames: number[];
  /** `npm run export` of the whole tour and of one view, on the built app, once each. */
  exportTourMs: number;
  exportViewMs: number;
  overNaive: number[];
  overF1: number[];
  overF0: number[];
  bigLoad: number[];
  bigOverReal: number[];
  selects: number[];
  bigSelects: number[];
  keystrokes: number[];
  bytesByKind: Record<string, number>;
};

function summarise(r: VariantResult) {
  const totalBytes = Object.values(r.bytesByKind).reduce((a, b) => a + b, 0);
  return {
    coldLoadAsean: stats(r.coldLoad),
    totalBlockingMs: stats(r.blocking),
    framesToReady: stats(r.frames),
    appOwnMainThreadMs: stats(r.appOwnMs),
    tracedAnimationFrames: stats(r.tracedAnimationFrames),
    exportTourMs: r.exportTourMs,
    exportViewMs: r.exportViewMs,
    exportTourOverView: r.exportTourMs / r.exportViewMs,
    aOverN: stats(r.overNaive),
    aOverF1: stats(r.overF1),
    aOverF0: stats(r.overF0),
    selectToReady: stats(r.selects),
    firstViewGzipBytes: { ...r.bytesByKind, total: totalBytes },
    synthetic: {
      scale: SCALE,
      coldLoad: stats(r.bigLoad),
      coldLoadOverReal: stats(r.bigOverReal),
      selectToReady: stats(r.bigSelects),
      keystrokeMainThreadMs: stats(r.keystrokes),
    },
  };
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  mkdirSync(outRoot, { recursive: true });
  const variants: Variant[] = [
    ...(TODAY_ROOT ? [{ name: "today", root: TODAY_ROOT }] : []),
    { name: "new", root: projectRoot },
  ].map((v) => ({
    ...v,
    realDist: path.join(outRoot, `dist-${v.name}-real`),
    syntheticDist: path.join(outRoot, `dist-${v.name}-synthetic`),
    syntheticData: syntheticDataOf(v.name),
  }));
  for (const variant of variants) {
    if (variant.root === projectRoot) makeSyntheticDataset(variant.syntheticData);
    else
      execFileSync("npx", ["tsx", "scripts/make-synthetic-dataset.ts", variant.syntheticData], {
        cwd: variant.root,
        stdio: "inherit",
      });
    build(variant.realDist, {}, variant.root);
    build(variant.syntheticDist, { BLOC_ATLAS_DATA_DIR: variant.syntheticData }, variant.root);
  }
  build(baselineDist, { BLOC_ATLAS_BENCH_BASELINES: "1" });

  const servers = await Promise.all(
    variants.map(async (v) => ({
      variant: v,
      real: await serveStatic(v.realDist),
      synthetic: await serveStatic(v.syntheticDist),
    })),
  );
  const baselineSite = await serveStatic(baselineDist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const newest = servers.at(-1);
    if (!newest) throw new Error("no app to measure");
    // The baselines get the app's own map size and camera for ?bloc=asean.
    const probe = await coldLoad(browser, `${newest.real.url}?bloc=asean`);
    const mapBox = await probe.page.locator(".map-view").boundingBox();
    const view = await probe.page.locator(".map-view").getAttribute("data-view");
    await probe.page.context().close();
    if (!mapBox || !view) throw new Error("the app's map has no box or view");
    const baselineUrl = (which: string) =>
      `${baselineSite.url}bench/baseline.html?case=${which}&width=${Math.round(mapBox.width)}&height=${Math.round(mapBox.height)}&view=${view}`;

    const f0: number[] = [];
    const f1: number[] = [];
    const naive: number[] = [];
    const naiveBlocking: number[] = [];
    const results = new Map<string, VariantResult>(
      variants.map((v) => [
        v.name,
        {
          coldLoad: [],
          blocking: [],
          frames: [],
          appOwnMs: [],
          tracedAnimationFrames: [],
          exportTourMs: NaN,
          exportViewMs: NaN,
          overNaive: [],
          overF1: [],
          overF0: [],
          bigLoad: [],
          bigOverReal: [],
          selects: [],
          bigSelects: [],
          keystrokes: [],
          bytesByKind: {},
        },
      ]),
    );
    const resultOf = (name: string) => {
      const result = results.get(name);
      if (!result) throw new Error(`no results for ${name}`);
      return result;
    };
    const timeBaseline = async (which: string) => {
      const load = await coldLoad(browser, baselineUrl(which));
      await load.page.context().close();
      return load;
    };
    for (let run = 0; run < RUNS; run++) {
      const runF0 = (await timeBaseline("f0")).ms;
      const runF1 = (await timeBaseline("f1")).ms;
      const runNaive = await timeBaseline("naive");
      f0.push(runF0);
      f1.push(runF1);
      naive.push(runNaive.ms);
      naiveBlocking.push(runNaive.blockingMs);
      const line = [`F0 ${runF0.toFixed(0)}`, `F1 ${runF1.toFixed(0)}`, `N ${runNaive.ms.toFixed(0)}`];
      for (const { variant, real, synthetic } of servers) {
        const result = resultOf(variant.name);
        const app = await coldLoad(browser, `${real.url}?bloc=asean`);
        if (run === 0) {
          // The label font is fetched when the first labels are laid out, around data-ready.
          await app.font;
          await app.page.waitForLoadState("networkidle");
          for (const [url, size] of await app.bytes())
            result.bytesByKind[kindOf(url)] = (result.bytesByKind[kindOf(url)] ?? 0) + size;
        }
        await app.page.context().close();
        const big = await coldLoad(browser, synthetic.url);
        await big.page.context().close();
        result.coldLoad.push(app.ms);
        result.blocking.push(app.blockingMs);
        result.frames.push(app.frames);
        result.overNaive.push(app.ms / runNaive.ms);
        result.overF1.push(app.ms / runF1);
        result.overF0.push(app.ms / runF0);
        result.bigLoad.push(big.ms);
        result.bigOverReal.push(big.ms / app.ms);
        line.push(`A(${variant.name}) ${app.ms.toFixed(0)}, 100× ${big.ms.toFixed(0)}`);
      }
      console.log(`bench: run ${run + 1}/${RUNS}: ${line.join(", ")} ms`);
    }

    const realBlocs = blocIdsOf(path.join(projectRoot, "data"));
    for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++) {
      for (const { variant, real } of servers) {
        const app = await coldLoad(browser, real.url);
        resultOf(variant.name).selects.push(...(await selectTimes(app.page, realBlocs)));
        await app.page.context().close();
      }
    }
    // The same 60 blocs in every checkout: sampled from the newest's dataset, kept where the other has them.
    const bigSample = sample(blocIdsOf(syntheticDataOf("new")), 60);
    for (const { variant, synthetic } of servers) {
      const big = await coldLoad(browser, synthetic.url);
      const result = resultOf(variant.name);
      const present = new Set(blocIdsOf(variant.syntheticData));
      result.bigSelects.push(
        ...(await selectTimes(
          big.page,
          bigSample.filter((id) => present.has(id)),
          "link",
        )),
      );
      result.keystrokes.push(...(await keystrokeWork(big.page, "asean eurasian vietnam")));
      await big.page.context().close();
    }

    // Traced loads, apart from the timed ones (tracing slows a load): what the main thread ran.
    for (let run = 0; run < TRACE_RUNS; run++) {
      for (const { variant, real } of servers) {
        const traced = await traceOnce(browser, variant.realDist, real.url, `${real.url}?bloc=asean`);
        resultOf(variant.name).appOwnMs.push(appOwnMs(traced));
        resultOf(variant.name).tracedAnimationFrames.push(traced.animationFrames);
      }
    }
    if (EXPORTS) {
      for (const { variant } of servers) {
        const result = resultOf(variant.name);
        result.exportViewMs = timeExport(variant, ["--view", "?bloc=asean"]);
        result.exportTourMs = timeExport(variant, ["--tour", "argument"]);
        console.log(
          `bench: export (${variant.name}): tour ${(result.exportTourMs / 1000).toFixed(1)} s, view ${(result.exportViewMs / 1000).toFixed(1)} s`,
        );
      }
    }

    const summaries = Object.fromEntries(variants.map((v) => [v.name, summarise(resultOf(v.name))]));
    const output = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      runs: RUNS,
      viewport: VIEWPORT,
      f0_bareMapLibre: stats(f0),
      f1_oneSmallSource: stats(f1),
      n_naive: stats(naive),
      n_naiveTotalBlockingMs: stats(naiveBlocking),
      apps: summaries,
    };
    writeFileSync(path.join(outRoot, "bench.json"), `${JSON.stringify(output, null, 2)}\n`);
    printTable(
      output.f0_bareMapLibre,
      output.f1_oneSmallSource,
      output.n_naive,
      output.n_naiveTotalBlockingMs,
      summaries,
      realBlocs.length,
    );
    console.log(`\nwritten to ${path.relative(projectRoot, path.join(outRoot, "bench.json"))}`);
  } finally {
    await browser.close();
    for (const { real, synthetic } of servers) {
      real.server.close();
      synthetic.server.close();
    }
    baselineSite.server.close();
  }
}

function printTable(
  f0: Stats,
  f1: Stats,
  naive: Stats,
  naiveBlocking: Stats,
  apps: Record<string, ReturnType<typeof summarise>>,
  blocCount: number,
): void {
  const names = Object.keys(apps);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const row = (label: string, cell: (app: ReturnType<typeof summarise>) => string) => {
    console.log(`| ${label} | ${names.map((name) => cell(apps[name] ?? summariseEmpty())).join(" | ")} |`);
  };
  console.log("");
  console.log(`F0 bare MapLibre, background only: ${formatStats(f0)}`);
  console.log(`F1 one small GeoJSON source: ${formatStats(f1)}`);
  console.log(`N  the naive way: ${formatStats(naive)}; Total Blocking Time ${formatStats(naiveBlocking)}`);
  console.log("");
  console.log(`| measure | ${names.join(" | ")} |`);
  console.log(`| --- | ${names.map(() => "---").join(" | ")} |`);
  row("A: cold load ?bloc=asean → data-ready", (a) => formatStats(a.coldLoadAsean));
  row("A/N, per run", (a) => formatStats(a.aOverN, "×"));
  row("A/F1, per run", (a) => formatStats(a.aOverF1, "×"));
  row("A/F0, per run", (a) => formatStats(a.aOverF0, "×"));
  row("Total Blocking Time, cold ?bloc=asean", (a) => formatStats(a.totalBlockingMs));
  row("frames drawn to data-ready (requestAnimationFrame)", (a) => formatStats(a.framesToReady, "×"));
  row("animation-frame callbacks to data-ready (traced)", (a) => formatStats(a.tracedAnimationFrames, "×"));
  row("the app's own main-thread JS to data-ready (traced)", (a) => formatStats(a.appOwnMainThreadMs));
  row(
    "export: whole tour / one view",
    (a) =>
      `${(a.exportTourMs / 1000).toFixed(1)} s / ${(a.exportViewMs / 1000).toFixed(1)} s = ${a.exportTourOverView.toFixed(2)}×`,
  );
  row(`select → data-ready, ${blocCount} blocs`, (a) => formatStats(a.selectToReady));
  row(
    "first view, gzip",
    (a) =>
      `${kb(a.firstViewGzipBytes.total)}: ${Object.entries(a.firstViewGzipBytes)
        .filter(([kind]) => kind !== "total")
        .map(([kind, n]) => `${kind} ${kb(n)}`)
        .join(", ")}`,
  );
  row(`${SCALE}× data: cold load`, (a) => formatStats(a.synthetic.coldLoad));
  row(`${SCALE}× data: cold load / real dataset's, per run`, (a) =>
    formatStats(a.synthetic.coldLoadOverReal, "×"),
  );
  row(`${SCALE}× data: select → data-ready`, (a) => formatStats(a.synthetic.selectToReady));
  row(`${SCALE}× data: main-thread work per keystroke`, (a) =>
    formatStats(a.synthetic.keystrokeMainThreadMs),
  );
}

function summariseEmpty(): ReturnType<typeof summarise> {
  return summarise({
    coldLoad: [],
    blocking: [],
    frames: [],
    appOwnMs: [],
    tracedAnimationFrames: [],
    exportTourMs: NaN,
    exportViewMs: NaN,
    overNaive: [],
    overF1: [],
    overF0: [],
    bigLoad: [],
    bigOverReal: [],
    selects: [],
    bigSelects: [],
    keystrokes: [],
    bytesByKind: {},
  });
}

await main();
