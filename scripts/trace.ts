/**
 * `npm run trace`: where the cold load of `?bloc=asean` spends its time. Builds the app without
 * minification and with source maps (so samples name the module they ran in), loads it cold in
 * headless Chromium with Chrome's tracing on, and prints:
 * - milestones from navigation start (script evaluated, dataset fetched, map load, data-ready) and
 *   when each kind of file arrived;
 * - main-thread CPU time by module (sampled by V8, mapped through the source maps), the sum of its
 *   long tasks over 50 ms (the Total Blocking Time Lighthouse reports) up to data-ready;
 * - busy time of MapLibre's workers, by module.
 * BENCH_RUNS (default 3) cold loads; each figure is the median over them. Writes
 * bench-results/trace.json, and the last run's raw trace to bench-results/trace-raw.json (open it in
 * Chrome's Performance panel).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { projectRoot } from "./lib/dataset-files.ts";
import { serveStatic } from "./lib/serve-static.ts";
import { traceOnce, type RunResult } from "./lib/trace-analysis.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const outRoot = path.join(projectRoot, "bench-results");
const traceDist = path.join(outRoot, "dist-trace");
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function medianRecord(records: readonly Record<string, number>[]): [string, number][] {
  const keys = new Set(records.flatMap((r) => Object.keys(r)));
  return [...keys]
    .map((key): [string, number] => [key, median(records.map((r) => r[key] ?? 0))])
    .sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  mkdirSync(outRoot, { recursive: true });
  console.log(`trace: building ${path.relative(projectRoot, traceDist)} (not minified, with source maps)`);
  execFileSync(
    "npx",
    [
      "vite",
      "build",
      "--logLevel",
      "warn",
      "--minify",
      "false",
      "--sourcemap",
      "--outDir",
      traceDist,
      "--emptyOutDir",
    ],
    { cwd: projectRoot, stdio: "inherit" },
  );
  const site = await serveStatic(traceDist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const runs: RunResult[] = [];
  try {
    // One load first, so the disk cache of the build and the browser's own start-up are warm.
    await traceOnce(browser, traceDist, site.url, `${site.url}?bloc=asean`);
    for (let run = 0; run < RUNS; run++) {
      const raw = run === RUNS - 1 ? path.join(outRoot, "trace-raw.json") : undefined;
      runs.push(await traceOnce(browser, traceDist, site.url, `${site.url}?bloc=asean`, raw));
      console.log(`trace: run ${run + 1}/${RUNS}: data-ready at ${runs.at(-1)?.readyMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  const summary = {
    date: new Date().toISOString(),
    runs: RUNS,
    readyMs: median(runs.map((r) => r.readyMs)),
    marks: medianRecord(runs.map((r) => r.marks)),
    resourcesArrivedMs: medianRecord(runs.map((r) => r.resources)),
    mainThreadTaskMs: median(runs.map((r) => r.mainTaskMs)),
    commitMs: median(runs.map((r) => r.commitMs)),
    animationFrames: median(runs.map((r) => r.animationFrames)),
    mainThreadByModuleMs: medianRecord(runs.map((r) => r.mainBuckets)),
    totalBlockingMs: median(runs.map((r) => r.longTaskBlockingMs)),
    longTasksLastRun: runs.at(-1)?.longTasks.map((ms) => Math.round(ms)),
    workerTaskMs: median(runs.map((r) => r.workerTaskMs)),
    workerByModuleMs: medianRecord(runs.map((r) => r.workerBuckets)),
  };
  writeFileSync(path.join(outRoot, "trace.json"), `${JSON.stringify(summary, null, 2)}\n`);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\ncold load ?bloc=asean, medians of ${RUNS} runs\n`);
  console.log(`data-ready: ${ms(summary.readyMs)}`);
  for (const [name, at] of summary.marks) console.log(`mark ${name}: ${ms(at)}`);
  for (const [kind, at] of summary.resourcesArrivedMs) console.log(`last ${kind} file arrived: ${ms(at)}`);
  console.log(
    `\nmain thread: ${ms(summary.mainThreadTaskMs)} in tasks; long tasks over 50 ms block ${ms(summary.totalBlockingMs)}`,
  );
  console.log(
    `  drawing (compositor commits waiting for WebGL frames): ${ms(summary.commitMs)}; animation frames: ${summary.animationFrames}`,
  );
  console.log(`  JavaScript, sampled, by module:`);
  console.log(`long tasks (last run): ${summary.longTasksLastRun?.join(", ")} ms`);
  for (const [bucket, t] of summary.mainThreadByModuleMs) if (t >= 5) console.log(`  ${bucket}: ${ms(t)}`);
  console.log(`\nworkers: ${ms(summary.workerTaskMs)} in tasks`);
  for (const [bucket, t] of summary.workerByModuleMs) if (t >= 5) console.log(`  ${bucket}: ${ms(t)}`);
  console.log(`\nwritten to bench-results/trace.json and bench-results/trace-raw.json`);
}

await main();
