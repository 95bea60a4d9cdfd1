/**
 * `npm run export -- --tour [id] --out <dir> [--pdf] [--scale 2]`: one PNG per step of a tour
 * (`01-<step-id>.png`…), and with `--pdf` a handout with a page per step; or
 * `npm run export -- --view "?bloc=asean" --out <dir>`: one view. Headless: builds the app into a
 * folder of its own, serves it, and presses the app's own Download PNG in Chromium, so the images
 * are the ones the button makes. Exits 2 on bad arguments and 1 when it cannot finish, each with one
 * line on stderr.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { SOURCE_LINE } from "../src/app/source-line.ts";
import type { Dataset } from "../src/data/schema.ts";
import type { Tour } from "../src/data/tour-schema.ts";
import { formatProblem, validateDataset, type Problem } from "../src/data/validate.ts";
import { validateTour } from "../src/data/validate-tours.ts";
import { paragraphsOf } from "../src/domain/transcript.ts";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { projectRoot, readTourFiles, readValidationInput } from "./lib/dataset-files.ts";
import { EXPORT_USAGE, parseExportArgs, type ExportRequest } from "./lib/export-args.ts";
import { handoutHtml } from "./lib/handout.ts";
import { serveStatic } from "./lib/serve-static.ts";

/** A failure the user can act on, said in one line. */
class ExportError extends Error {}

/**
 * The window the app runs in. The images are drawn off screen at their own size whatever it is;
 * a presentation in a small window spends less of each step drawing its own map (measured: a tour
 * at 640×360 took 222 and 182 s here, at 1280×800 270 and 271 s).
 */
const VIEWPORTS = { tour: { width: 640, height: 360 }, view: { width: 1280, height: 800 } };
/** Long enough for a 3840×2160 frame drawn in software WebGL on a busy machine. */
const IMAGE_TIMEOUT_MS = 180_000;

const tourIdOf = (file: string) => path.basename(file, ".json");

/** One line for a list of problems: how many, and the first. */
function firstOf(problems: readonly Problem[]): string {
  const first = problems[0];
  const count = `${problems.length} problem(s); npm run validate lists them`;
  return first ? `${count}, first: ${formatProblem(first)}` : count;
}

/** The dataset and the tour, checked as `npm run validate` checks them. */
function readTour(tourId: string): { tour: Tour; dataset: Dataset; transcript: string } {
  const input = readValidationInput();
  const checked = validateDataset(input);
  if (!checked.ok) {
    throw new ExportError(`the dataset fails its checks (${firstOf(checked.problems)})`);
  }
  const entry = readTourFiles().find(({ file }) => tourIdOf(file) === tourId);
  if (!entry) throw new ExportError(`there is no tour “${tourId}”`);
  const tour = validateTour(entry.json, entry.file, {
    dataset: checked.dataset,
    countryCodes: input.geometryCountries,
  });
  if (!tour.ok) {
    throw new ExportError(`the tour fails its checks (${firstOf(tour.problems)})`);
  }
  return { tour: tour.tour, dataset: checked.dataset, transcript: input.transcript };
}

/** Builds the app into a fresh folder of its own: never dist/, which a test run may be serving. */
function buildApp(into: string): void {
  const vite = path.join(projectRoot, "node_modules", ".bin", "vite");
  try {
    execFileSync(vite, ["build", "--logLevel", "error", "--outDir", into, "--emptyOutDir"], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString().trim();
    if (output) console.error(output);
    throw new ExportError("the app could not be built (vite build failed; its output is above)");
  }
}

/**
 * Waits until the page shows `ready`, or fails with what the page says instead: a notice about the
 * link (as the app shows for an id that names nothing) or a page that could not load.
 */
async function waitForPage(page: Page, ready: () => Promise<unknown>, what: string): Promise<void> {
  const failure = page.locator("main.status[role=alert], .notice[role=alert]").first();
  const outcome = await Promise.race([
    ready().then(() => "ready" as const),
    failure.waitFor({ timeout: IMAGE_TIMEOUT_MS }).then(() => "failed" as const),
  ]);
  if (outcome === "ready" && !(await failure.isVisible())) return;
  const text = (await failure.innerText())
    .replace(/\s*Dismiss\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  throw new ExportError(`${what}: ${text}`);
}

/** Presses the page's Download PNG (at `scale`) and saves the image; returns the name it offered. */
async function downloadImage(page: Page, scale: 1 | 2, saveAs: (offered: string) => string): Promise<string> {
  await page.getByRole("checkbox", { name: "2×" }).setChecked(scale === 2);
  const failed = page.getByRole("status").filter({ hasText: "The image could not be made" });
  const download = page.waitForEvent("download", { timeout: IMAGE_TIMEOUT_MS });
  await page.getByRole("button", { name: "Download PNG" }).click();
  const outcome = await Promise.race([
    download,
    failed.waitFor({ timeout: IMAGE_TIMEOUT_MS }).then(() => undefined),
  ]);
  if (!outcome) throw new ExportError(await failed.innerText());
  const offered = outcome.suggestedFilename();
  await outcome.saveAs(saveAs(offered));
  return offered;
}

/** Steps through the tour in presentation mode, one page, and saves each step's image. */
async function exportTour(
  page: Page,
  siteUrl: string,
  tour: Tour,
  request: ExportRequest,
): Promise<string[]> {
  const count = tour.steps.length;
  await page.goto(`${siteUrl}?present=${encodeURIComponent(tour.id)}&step=1`);
  const files: string[] = [];
  const wanted = new Set(request.steps ?? tour.steps.map((_, index) => index + 1));
  const last = Math.max(...wanted);
  for (const [index, step] of tour.steps.entries()) {
    const n = index + 1;
    if (n > last) break;
    if (n > 1) await page.getByRole("button", { name: "Next", exact: true }).click();
    await waitForPage(
      page,
      () => page.getByLabel(`Step ${n} of ${count}`, { exact: true }).waitFor({ timeout: IMAGE_TIMEOUT_MS }),
      `step ${n} of the tour “${tour.id}”`,
    );
    // A step not asked for is passed through, not drawn into an image.
    if (!wanted.has(n)) continue;
    const file = `${String(n).padStart(2, "0")}-${step.id}.png`;
    const offered = await downloadImage(page, request.scale, () => path.join(request.outDir, file));
    // The app names the file after the step it drew: a check that the image is this step's.
    if (!offered.endsWith(`-${file}`)) {
      throw new ExportError(`step ${n} should be “${step.id}”, but the app drew “${offered}”`);
    }
    files.push(file);
    console.log(`export: ${file}`);
  }
  return files;
}

/** Opens one view in the app, as its link would, and saves its image under the name the app gives. */
async function exportView(page: Page, siteUrl: string, request: ExportRequest & { what: { kind: "view" } }) {
  await page.goto(`${siteUrl}${request.what.query}`);
  await waitForPage(
    page,
    () => page.locator(".map-view[data-ready=true]").first().waitFor({ timeout: IMAGE_TIMEOUT_MS }),
    `--view “${request.what.query}”`,
  );
  const offered = await downloadImage(page, request.scale, (name) => path.join(request.outDir, name));
  console.log(`export: ${offered}`);
  return offered;
}

/** Prints the handout: the steps' images with their captions, quotes and notes, a page each. */
async function printHandout(
  page: Page,
  data: ReturnType<typeof readTour>,
  files: readonly string[],
  request: ExportRequest,
  workDir: string,
): Promise<string> {
  const require = createRequire(import.meta.url);
  const font = (weight: number) =>
    pathToFileURL(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`)).href;
  const html = handoutHtml({
    tour: data.tour,
    speech: data.dataset.speech,
    quotes: data.dataset.quotes,
    paragraphs: paragraphsOf(data.transcript),
    imageUrls: files.map((file) => pathToFileURL(path.join(request.outDir, file)).href),
    fontUrls: { regular: font(400), bold: font(700) },
    sourceLine: SOURCE_LINE,
  });
  const handoutPage = path.join(workDir, "handout.html");
  writeFileSync(handoutPage, html);
  await page.goto(pathToFileURL(handoutPage).href);
  await page.evaluate(() => document.fonts.ready);
  const file = `${data.tour.id}.pdf`;
  await page.pdf({
    path: path.join(request.outDir, file),
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
  console.log(`export: ${file}`);
  return file;
}

async function run(asked: ExportRequest): Promise<string> {
  const started = performance.now();
  // npm runs scripts in the project's folder; `--out` is where the person typed the command.
  const request = { ...asked, outDir: path.resolve(process.env.INIT_CWD ?? process.cwd(), asked.outDir) };
  const data = request.what.kind === "tour" ? readTour(request.what.tourId) : undefined;
  const count = data?.tour.steps.length ?? 0;
  const beyond = request.steps?.find((n) => n > count);
  if (data && beyond !== undefined) {
    throw new ExportError(
      `--steps: the tour “${data.tour.id}” has ${count} steps; there is no step ${beyond}`,
    );
  }
  const executablePath = findChromium();
  if (!executablePath) throw new ExportError(HOW_TO_GET_CHROMIUM);
  mkdirSync(request.outDir, { recursive: true });
  const workDir = mkdtempSync(path.join(os.tmpdir(), "bloc-atlas-export-"));
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    let siteDir: string;
    if (request.siteDir === undefined) {
      siteDir = path.join(workDir, "site");
      buildApp(siteDir);
    } else {
      siteDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), request.siteDir);
      if (!existsSync(path.join(siteDir, "index.html")))
        throw new ExportError(`--site ${request.siteDir}: there is no built app there (no index.html)`);
    }
    site = await serveStatic(siteDir);
    const siteOrigin = new URL(site.url).origin;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: VIEWPORTS[request.what.kind],
      acceptDownloads: true,
      reducedMotion: "reduce",
    });
    // The app needs nothing but its own origin; nothing else is let through.
    await context.route(
      (url) => url.protocol.startsWith("http") && url.origin !== siteOrigin,
      (route) => route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    let written: string[];
    if (request.what.kind === "view") {
      written = [await exportView(page, site.url, { ...request, what: request.what })];
    } else {
      if (!data) throw new ExportError("the tour was not read");
      written = await exportTour(page, site.url, data.tour, request);
      // The handout has a page for each step exported.
      const exported = request.steps ?? data.tour.steps.map((_, index) => index + 1);
      const handoutData = {
        ...data,
        tour: { ...data.tour, steps: data.tour.steps.filter((_, index) => exported.includes(index + 1)) },
      };
      if (request.pdf) written.push(await printHandout(page, handoutData, written, request, workDir));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `export: ${written.length} file(s) in ${request.outDir} (${seconds} s)`;
  } finally {
    await browser?.close();
    site?.server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const tourIds = readTourFiles().map(({ file }) => tourIdOf(file));
  const parsed = parseExportArgs(process.argv.slice(2), tourIds);
  if (!parsed.ok) {
    console.error(`export: ${parsed.problem}`);
    return 2;
  }
  if (!("request" in parsed)) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  try {
    console.log(await run(parsed.request));
    return 0;
  } catch (error) {
    const message =
      error instanceof ExportError
        ? error.message
        : `failed: ${String(error instanceof Error ? error.message.split("\n")[0] : error)}`;
    console.error(`export: ${message}`);
    return 1;
  }
}

process.exitCode = await main();
