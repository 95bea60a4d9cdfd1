import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Tour } from "../src/data/tour-schema";
import { COLORS } from "../src/domain/palette";
import { localToday } from "../src/app/local-today";
import { comparisonFor } from "../src/store/selectors";
import { stepViewState } from "../src/store/tour-view";
import { agreements, data, speech } from "./dataset";
import { expect, test } from "./fixtures";
import { coloursIn } from "./png";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The production build the suite's server serves (see playwright.config.ts), built before any test. */
const BUILT_APP = path.join(projectRoot, "dist");
const tour = JSON.parse(readFileSync(path.join(projectRoot, "data/tours/argument.json"), "utf8")) as Tour;

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run export` (its script, without npm's own lines) to the end. */
function runExport(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      path.join(projectRoot, "node_modules/.bin/tsx"),
      ["scripts/export.ts", ...args],
      { cwd: projectRoot, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

function freshDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "bloc-atlas-export-test-"));
}

/** Width and height from a PNG's header (IHDR). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The colours a step's selection must bring to the map: each set of a comparison that has a
 * country; a bloc's members; an agreement's country parties, and the members of its bloc parties
 * in the lighter colour. None for a step that only filters.
 */
function selectionColours(step: Tour["steps"][number]): string[] {
  const view = stepViewState(step, speech.date, localToday());
  const sets = comparisonFor(data, view, view.asOf ?? speech.date)?.sets;
  if (sets !== undefined)
    return [
      ...(sets.both.length > 0 ? [COLORS.compareBoth] : []),
      ...(sets.first.length > 0 ? [COLORS.compareFirst] : []),
      ...(sets.second.length > 0 ? [COLORS.compareSecond] : []),
    ];
  if (step.view.bloc !== undefined) return [COLORS.member];
  const agreement = agreements.find((a) => a.id === step.view.agreement);
  if (!agreement) return [];
  return [
    ...(agreement.parties.some((p) => "country" in p) ? [COLORS.member] : []),
    ...(agreement.parties.some((p) => "bloc" in p) ? [COLORS.associate] : []),
  ];
}

/** A PDF string as text: a literal `(…)` with its escapes, or UTF-16 hex `<FEFF…>`. */
function pdfString(raw: string): string {
  if (raw.startsWith("<")) {
    const hex = raw.slice(1, -1).replace(/\s/g, "");
    const bytes = Buffer.from(hex, "hex");
    const units: number[] = [];
    for (let i = 2; i + 1 < bytes.length; i += 2) units.push(bytes.readUInt16BE(i));
    return String.fromCharCode(...units);
  }
  return raw
    .slice(1, -1)
    .replace(/\\([0-7]{1,3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))
    .replace(/\\(.)/gs, (_, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c] ?? c);
}

/** The PDF's pages, and the titles of its outline (the document's own title first). */
function readPdf(bytes: Buffer): { pages: number; titles: string[] } {
  const text = bytes.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const titles = [...text.matchAll(/\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/gs)].map((m) =>
    pdfString(m[1]!),
  );
  return { pages, titles };
}

const withoutSpaces = (text: string) => text.replace(/\s/g, "");

/**
 * The tour's steps the tour test exports: in `npm test`, which has a time budget, the first (no
 * selection), the first comparison and the last; every step in `npm run test:export`
 * (`EXPORT_E2E_STEPS=all`), about three minutes.
 */
const EXPORTED_STEPS =
  process.env.EXPORT_E2E_STEPS === "all"
    ? tour.steps.map((_, index) => index + 1)
    : [1, tour.steps.findIndex((step) => step.view.compare !== undefined) + 1, tour.steps.length];

test("the argument tour: a 1920×1080 PNG per step asked for, in order, and a handout with a page for each", async ({
  page,
}) => {
  // Images drawn in software WebGL, on a machine shared with the rest of the suite.
  test.setTimeout(120_000 + EXPORTED_STEPS.length * 20_000);
  const out = freshDir();
  try {
    // From the build this suite serves (--site): the --view test below builds its own, as a person's
    // run does.
    const run = await runExport([
      ...["--tour", "argument", "--out", out, "--pdf", "--site", BUILT_APP],
      ...["--steps", EXPORTED_STEPS.join(",")],
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const steps = EXPORTED_STEPS.map((n) => ({ n, step: tour.steps[n - 1]! }));
    const names = steps.map(({ n, step }) => `${String(n).padStart(2, "0")}-${step.id}.png`);
    expect(readdirSync(out).sort()).toEqual([...names, "argument.pdf"].sort());

    for (const [i, { step }] of steps.entries()) {
      const bytes = readFileSync(path.join(out, names[i]!));
      expect(pngSize(bytes), names[i]).toEqual({ width: 1920, height: 1080 });
      const wanted = selectionColours(step);
      const colours = await coloursIn(page, bytes, wanted);
      // A drawn map with text and lines, not a blank or flat image.
      expect(colours.distinct, names[i]).toBeGreaterThan(50);
      expect(colours.has, `${names[i]!}: the selection's colours`).toEqual(wanted);
    }

    const pdf = readPdf(readFileSync(path.join(out, "argument.pdf")));
    expect(pdf.pages).toBe(steps.length);
    // The outline is the captions, a page each; line breaks in a caption's heading lose their space.
    expect(pdf.titles.map(withoutSpaces)).toEqual(
      [tour.title, ...steps.map(({ step }) => step.caption)].map(withoutSpaces),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("--view writes the one view's image under the name Download PNG gives it", async ({ page }) => {
  test.setTimeout(180_000);
  const out = freshDir();
  try {
    const run = await runExport(["--view", "?bloc=asean", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const name = "bloc-atlas-asean-association-of-southeast-asian-nations.png";
    expect(readdirSync(out)).toEqual([name]);
    const bytes = readFileSync(path.join(out, name));
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    expect((await coloursIn(page, bytes, [COLORS.member])).has).toEqual([COLORS.member]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("a view naming nothing fails with the app's own notice, and writes nothing", async () => {
  test.setTimeout(180_000);
  const out = freshDir();
  try {
    const run = await runExport(["--view", "?bloc=atlantis", "--out", out, "--site", BUILT_APP]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "export: --view “?bloc=atlantis”: The link could not be followed in full: there is no bloc “atlantis” in this dataset.\n",
    );
    expect(readdirSync(out)).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("--site without a built app there stops with one line, and writes nothing", async () => {
  const out = freshDir();
  try {
    const run = await runExport(["--tour", "--out", out, "--site", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`export: --site ${out}: there is no built app there (no index.html)\n`);
    expect(readdirSync(out)).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("an unknown tour stops before anything is built, with one line saying which tours there are", async () => {
  const out = path.join(os.tmpdir(), `bloc-atlas-export-none-${String(process.pid)}`);
  const run = await runExport(["--tour", "atlantis", "--out", out]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("export: there is no tour “atlantis” (tours: argument)\n");
  expect(run.stdout).toBe("");
  expect(existsSync(out)).toBe(false);
});
