/**
 * `npm run export -- --tour [id] --out <dir> [--lang vi] [--pdf] [--scale 2]`: one PNG per step of a
 * tour (`01-<step-id>.png`…), and with `--pdf` a handout with a page per step; or
 * `npm run export -- --view "?bloc=asean" --out <dir> [--lang ru]`: one view. `--lang` (en, ru, vi;
 * English by default) is the language of the images and the handout. Headless: builds the app into a
 * folder of its own, serves it, and presses the app's own Download PNG in Chromium, so the images
 * are the ones the button makes. Exits 2 on bad arguments and 1 when it cannot finish, each with one
 * line on stderr.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { sourceLine } from "../src/app/source-line.ts";
import type { Language } from "../src/data/languages.ts";
import type { Dataset } from "../src/data/schema.ts";
import type { Tour } from "../src/data/tour-schema.ts";
import { formatProblem, validateDataset, type Problem } from "../src/data/validate.ts";
import { validateTour } from "../src/data/validate-tours.ts";
import { paragraphsOf } from "../src/domain/transcript.ts";
import en from "../src/i18n/catalogs/en.ts";
import ru from "../src/i18n/catalogs/ru.ts";
import vi from "../src/i18n/catalogs/vi.ts";
import { flattenCatalog, type Translate } from "../src/i18n/messages.ts";
import { translatorFor } from "../src/i18n/translate.ts";
import { withLanguage } from "../src/store/language-link.ts";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { compileDataset } from "./lib/compile-dataset.ts";
import { projectRoot, readTourFiles, readValidationInput } from "./lib/dataset-files.ts";
import { EXPORT_USAGE, parseExportArgs, type ExportRequest } from "./lib/export-args.ts";
import { handoutHtml } from "./lib/handout.ts";
import { handoutFontCss } from "./lib/handout-fonts.ts";
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

/** Says the catalogs' messages in the export's language, as the app does. */
function translatorOf(lang: Language): Translate {
  return translatorFor(lang, flattenCatalog({ en, ru, vi }[lang]));
}

/**
 * The dataset and the tour, checked as `npm run validate` checks them, then in the export's
 * language as the app reads them (its compiled dataset), so the handout says what the images say.
 */
function readTour(tourId: string, lang: Language): { tour: Tour; dataset: Dataset; transcript: string } {
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
  const compiled = compileDataset();
  if (!compiled.ok) throw new ExportError(`the dataset could not be compiled (${compiled.lines[0] ?? ""})`);
  const inLanguage = compiled.languages[lang].compiled;
  return {
    tour: inLanguage.tours[tourId] ?? tour.tour,
    dataset: inLanguage.dataset,
    transcript: inLanguage.transcript,
  };
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
  // The notice's words without its Dismiss button, in whichever language the page speaks.
  const text = (
    await failure.evaluate((element) =>
      [...element.children]
        .filter((child) => !(child instanceof HTMLButtonElement))
        .map((child) => (child as HTMLElement).innerText)
        .join(" "),
    )
  )
    .replace(/\s+/g, " ")
    .trim();
  throw new ExportError(`${what}: ${text}`);
}

/**
 * Presses the page's Download PNG (at `scale`) and saves the image; returns the name it offered.
 * Found by its place, not its words: the page may speak another language.
 */
async function downloadImage(page: Page, scale: 1 | 2, saveAs: (offered: string) => string): Promise<string> {
  const control = page.locator(".download-image").first();
  await control.locator("input[type=checkbox]").setChecked(scale === 2);
  const failed = control.locator(".download-status[data-state=failed]");
  const download = page.waitForEvent("download", { timeout: IMAGE_TIMEOUT_MS });
  await control.locator("button").click();
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
  await page.goto(`${siteUrl}?present=${encodeURIComponent(tour.id)}&step=1&lang=${request.lang}`);
  const files: string[] = [];
  const wanted = new Set(request.steps ?? tour.steps.map((_, index) => index + 1));
  const last = Math.max(...wanted);
  for (const [index, step] of tour.steps.entries()) {
    const n = index + 1;
    if (n > last) break;
    if (n > 1) await page.locator(".present-nav button[data-move=next]").click();
    await waitForPage(
      page,
      () => page.locator(`.present-progress [data-step="${n}"]`).waitFor({ timeout: IMAGE_TIMEOUT_MS }),
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
  await page.goto(`${siteUrl}${withLanguage(request.what.query, request.lang)}`);
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
  const t = translatorOf(request.lang);
  const html = handoutHtml({
    tour: data.tour,
    speech: data.dataset.speech,
    quotes: data.dataset.quotes,
    paragraphs: paragraphsOf(data.transcript),
    imageUrls: files.map((file) => pathToFileURL(path.join(request.outDir, file)).href),
    fontCss: handoutFontCss(request.lang),
    sourceLine: sourceLine(t),
    lang: request.lang,
    t,
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
  const data = request.what.kind === "tour" ? readTour(request.what.tourId, request.lang) : undefined;
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
