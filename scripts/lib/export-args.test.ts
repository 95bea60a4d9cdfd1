import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./export-args.ts";

const TOURS = ["argument", "later"];

function problemOf(argv: string[]): string {
  const parsed = parseExportArgs(argv, TOURS);
  if (parsed.ok) throw new Error(`expected a problem for ${argv.join(" ")}`);
  return parsed.problem;
}

describe("parseExportArgs", () => {
  it("reads a tour by id, with a handout at 2×", () => {
    expect(parseExportArgs(["--tour", "later", "--out", "x", "--pdf", "--scale", "2"], TOURS)).toEqual({
      ok: true,
      request: { what: { kind: "tour", tourId: "later" }, outDir: "x", pdf: true, scale: 2, lang: "en" },
    });
  });

  it("takes the first tour when --tour has no id, wherever it stands", () => {
    for (const argv of [
      ["--tour", "--out", "x"],
      ["--out", "x", "--tour"],
    ]) {
      const parsed = parseExportArgs(argv, TOURS);
      expect(parsed.ok && "request" in parsed && parsed.request.what).toEqual({
        kind: "tour",
        tourId: "argument",
      });
    }
  });

  it("reads a view and --name=value", () => {
    expect(parseExportArgs(["--view=?bloc=asean&asof=today", "--out=/tmp/y", "--scale=1"], TOURS)).toEqual({
      ok: true,
      request: {
        what: { kind: "view", query: "?bloc=asean&asof=today" },
        outDir: "/tmp/y",
        pdf: false,
        scale: 1,
        lang: "en",
      },
    });
  });

  it("exports from an app already built with --site, and wants its folder", () => {
    expect(parseExportArgs(["--tour", "--out", "x", "--site", "dist"], TOURS)).toEqual({
      ok: true,
      request: {
        what: { kind: "tour", tourId: "argument" },
        outDir: "x",
        pdf: false,
        scale: 1,
        lang: "en",
        siteDir: "dist",
      },
    });
    expect(problemOf(["--tour", "--out", "x", "--site"])).toBe(
      "--site needs the folder of a built app, as in --site dist",
    );
  });

  it("reads --steps as step numbers and ranges, sorted, for a tour only", () => {
    const parsed = parseExportArgs(["--tour", "--out", "x", "--steps", "7,1-3,2"], TOURS);
    expect(parsed.ok && "request" in parsed && parsed.request.steps).toEqual([1, 2, 3, 7]);
    expect(problemOf(["--tour", "--out", "x", "--steps", "3-1"])).toBe(
      "--steps is a list of step numbers and ranges, as in 1-3,7, not “3-1”",
    );
    expect(problemOf(["--tour", "--out", "x", "--steps", "0"])).toMatch(/^--steps is a list/);
    expect(problemOf(["--view", "?bloc=asean", "--out", "x", "--steps", "1"])).toBe(
      "--steps picks a tour's steps: use it with --tour",
    );
  });

  it("takes the language of the images and the handout with --lang", () => {
    const tour = parseExportArgs(["--tour", "--lang", "vi", "--out", "x"], TOURS);
    expect(tour.ok && "request" in tour && tour.request.lang).toBe("vi");
    const view = parseExportArgs(["--view", "?bloc=asean", "--lang=ru", "--out", "x"], TOURS);
    expect(view.ok && "request" in view && view.request.lang).toBe("ru");
    expect(problemOf(["--tour", "--out", "x", "--lang", "fr"])).toBe("--lang is one of en, ru, vi, not “fr”");
    expect(problemOf(["--tour", "--out", "x", "--lang"])).toBe("--lang needs a language: en, ru, vi");
    expect(problemOf(["--view", "?bloc=asean&lang=ru", "--out", "x"])).toBe(
      "--view takes a view; give its language with --lang",
    );
  });

  it("asks for help", () => {
    expect(parseExportArgs(["--out", "x", "--help"], TOURS)).toEqual({ ok: true, help: true });
  });

  it("names an unknown tour and lists the tours", () => {
    expect(problemOf(["--tour", "nope", "--out", "x"])).toBe(
      "there is no tour “nope” (tours: argument, later)",
    );
  });

  it("names an unknown option", () => {
    expect(problemOf(["--tour", "--out", "x", "--png"])).toMatch(/^unknown option “--png” \(options: /);
  });

  it("needs --out, with a value", () => {
    expect(problemOf(["--tour"])).toMatch(/^--out <dir> is missing/);
    expect(problemOf(["--tour", "--out"])).toMatch(/^--out needs a folder/);
  });

  it("takes a scale of 1 or 2 only", () => {
    expect(problemOf(["--tour", "--out", "x", "--scale", "3"])).toMatch(/^--scale is 1 .* or 2 .*, not “3”$/);
    expect(problemOf(["--tour", "--out", "x", "--scale"])).toMatch(/^--scale needs a value/);
  });

  it("exports a tour or a view, not both or neither", () => {
    expect(problemOf(["--out", "x"])).toMatch(/^say what to export/);
    expect(problemOf(["--tour", "--view", "?bloc=asean", "--out", "x"])).toMatch(/exclude each other/);
  });

  it("takes only a query of view parameters for --view", () => {
    expect(problemOf(["--view", "bloc=asean", "--out", "x"])).toMatch(/starts with “\?”/);
    expect(problemOf(["--view", "?bloc=asean&zoom=3", "--out", "x"])).toMatch(
      /^--view: “zoom” is not a view parameter \(bloc, /,
    );
    expect(problemOf(["--view", "?present=argument", "--out", "x"])).toMatch(/use --tour/);
    expect(problemOf(["--view", "--out", "x"])).toMatch(/^--view needs a query/);
  });

  it("makes a handout of a tour only", () => {
    expect(problemOf(["--view", "?bloc=asean", "--out", "x", "--pdf"])).toMatch(/use it with --tour/);
  });

  it("refuses a stray argument and an option given twice", () => {
    expect(problemOf(["argument", "--out", "x"])).toMatch(/^unexpected argument “argument”/);
    expect(problemOf(["--tour", "--out", "x", "--out", "y"])).toBe("--out is given twice");
  });
});
