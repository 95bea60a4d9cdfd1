import { isLanguage, LANGUAGES, type Language } from "../../src/data/languages.ts";
import { VIEW_PARAMS } from "../../src/store/url-state.ts";

/** What `npm run export` was asked to do, once its arguments are checked. */
export type ExportRequest = {
  readonly what:
    { readonly kind: "tour"; readonly tourId: string } | { readonly kind: "view"; readonly query: string };
  readonly outDir: string;
  readonly pdf: boolean;
  readonly scale: 1 | 2;
  /** The tour's steps to export, 1-based and sorted; unset: every step. */
  readonly steps?: readonly number[];
  /** A built app to export from (its folder, as `npm run build` writes it); unset: build one. */
  readonly siteDir?: string;
  /** The language of the images and the handout (`?lang=`); English unless asked. */
  readonly lang: Language;
};

export type ParsedExportArgs =
  | { readonly ok: true; readonly request: ExportRequest }
  | { readonly ok: true; readonly help: true }
  | { readonly ok: false; readonly problem: string };

export const EXPORT_USAGE =
  'usage: npm run export -- (--tour [id] | --view "?bloc=asean") --out <dir> [--lang en|ru|vi] [--pdf] [--scale 1|2] [--steps 1-3,7] [--site <built app>]';

const OPTIONS =
  "--tour [id], --view <query>, --out <dir>, --lang en|ru|vi, --pdf, --scale 1|2, --steps <list>, --site <dir>, --help";

/**
 * Reads `npm run export`'s arguments: `--tour [id]` (no id: the first of `tourIds`) or
 * `--view <query>`, `--out <dir>`, `--lang en|ru|vi` (the images' and handout's language), `--pdf`
 * (a tour's handout), `--scale 1|2`, `--site <dir>` (export from an app already built there instead
 * of building one). `--name=value` works
 * as well as `--name value`. A problem is one line saying what is wrong and what would do.
 */
export function parseExportArgs(argv: readonly string[], tourIds: readonly string[]): ParsedExportArgs {
  let tour: string | true | undefined;
  let view: string | undefined;
  let outDir: string | undefined;
  let pdf = false;
  let scale: string | undefined;
  let siteDir: string | undefined;
  let steps: string | undefined;
  let lang: string | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return { ok: true, help: true };
    if (!arg.startsWith("--"))
      return { ok: false, problem: `unexpected argument “${arg}” (${EXPORT_USAGE})` };
    const [name, inline] = splitOnce(arg);
    if (!["--tour", "--view", "--out", "--pdf", "--scale", "--site", "--steps", "--lang"].includes(name)) {
      return { ok: false, problem: `unknown option “${name}” (options: ${OPTIONS})` };
    }
    if (seen.has(name)) return { ok: false, problem: `${name} is given twice` };
    seen.add(name);
    const next = argv[i + 1];
    const hasNext = next !== undefined && !next.startsWith("--");
    /** The option's value, inline or the next argument; undefined if there is none. */
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      if (!hasNext) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case "--pdf":
        if (inline !== undefined) return { ok: false, problem: "--pdf takes no value" };
        pdf = true;
        break;
      case "--tour":
        tour = takeValue() ?? true;
        break;
      case "--view":
        view = takeValue();
        if (view === undefined)
          return { ok: false, problem: '--view needs a query, as in --view "?bloc=asean"' };
        break;
      case "--out":
        outDir = takeValue();
        if (!outDir) return { ok: false, problem: "--out needs a folder to write to" };
        break;
      case "--steps":
        steps = takeValue();
        if (!steps) return { ok: false, problem: "--steps needs the steps to export, as in --steps 1-3,7" };
        break;
      case "--site":
        siteDir = takeValue();
        if (!siteDir)
          return { ok: false, problem: "--site needs the folder of a built app, as in --site dist" };
        break;
      case "--lang":
        lang = takeValue();
        if (!lang) return { ok: false, problem: `--lang needs a language: ${LANGUAGES.join(", ")}` };
        break;
      case "--scale":
        scale = takeValue();
        if (scale === undefined)
          return { ok: false, problem: "--scale needs a value: 1 (1920×1080) or 2 (3840×2160)" };
        break;
    }
  }
  if (tour === undefined && view === undefined) {
    return { ok: false, problem: `say what to export: --tour [id] or --view <query> (${EXPORT_USAGE})` };
  }
  if (tour !== undefined && view !== undefined) {
    return { ok: false, problem: "--tour and --view exclude each other: export one tour or one view" };
  }
  if (outDir === undefined) return { ok: false, problem: "--out <dir> is missing: the folder to write to" };
  if (scale !== undefined && scale !== "1" && scale !== "2") {
    return { ok: false, problem: `--scale is 1 (1920×1080) or 2 (3840×2160), not “${scale}”` };
  }
  if (lang !== undefined && !isLanguage(lang)) {
    return { ok: false, problem: `--lang is one of ${LANGUAGES.join(", ")}, not “${lang}”` };
  }
  const common = {
    outDir,
    pdf,
    lang: lang ?? "en",
    scale: scale === "2" ? (2 as const) : (1 as const),
    ...(siteDir === undefined ? {} : { siteDir }),
  };
  if (view !== undefined) {
    if (pdf) return { ok: false, problem: "--pdf makes a tour's handout: use it with --tour" };
    if (steps !== undefined)
      return { ok: false, problem: "--steps picks a tour's steps: use it with --tour" };
    const problem = viewQueryProblem(view);
    if (problem !== undefined) return { ok: false, problem };
    return { ok: true, request: { ...common, what: { kind: "view", query: view } } };
  }
  const first = tourIds[0];
  if (first === undefined) return { ok: false, problem: "there are no tours in data/tours/" };
  const tourId = tour === true || tour === undefined ? first : tour;
  if (!tourIds.includes(tourId)) {
    return { ok: false, problem: `there is no tour “${tourId}” (tours: ${tourIds.join(", ")})` };
  }
  if (steps === undefined) return { ok: true, request: { ...common, what: { kind: "tour", tourId } } };
  const stepList = parseStepList(steps);
  if (stepList === undefined) {
    return {
      ok: false,
      problem: `--steps is a list of step numbers and ranges, as in 1-3,7, not “${steps}”`,
    };
  }
  return { ok: true, request: { ...common, steps: stepList, what: { kind: "tour", tourId } } };
}

/** "1-3,7" as [1, 2, 3, 7]; undefined unless every part is a step number (from 1) or a rising range. */
function parseStepList(text: string): number[] | undefined {
  const steps = new Set<number>();
  for (const part of text.split(",")) {
    const match = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(part.trim());
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from) return undefined;
    for (let n = from; n <= to; n++) steps.add(n);
  }
  return [...steps].sort((a, b) => a - b);
}

/**
 * What is wrong with `--view`'s query, if anything: it must be a query string of view parameters.
 * Whether the values name anything is the app's to say, as it says it for a link.
 */
function viewQueryProblem(query: string): string | undefined {
  if (!query.startsWith("?"))
    return `--view takes a query string that starts with “?”, as in "?bloc=asean", not “${query}”`;
  const names = [...new URLSearchParams(query).keys()];
  const stray = names.find((key) => !(VIEW_PARAMS as readonly string[]).includes(key));
  if (stray === "present" || stray === "step") return "--view takes a view; to export a tour use --tour [id]";
  if (stray === "lang") return "--view takes a view; give its language with --lang";
  if (stray !== undefined) {
    return `--view: “${stray}” is not a view parameter (${VIEW_PARAMS.join(", ")})`;
  }
  return undefined;
}

/** `--name=value` as name and value; `--name` alone as name and undefined. */
function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf("=");
  return at === -1 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}
