import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./lib/dataset-files";

function runValidate(dataDir?: string) {
  const args = ["tsx", "scripts/validate.ts", ...(dataDir ? [dataDir] : [])];
  return spawnSync("npx", args, { cwd: projectRoot, encoding: "utf8" });
}

describe("npm run validate", () => {
  it("exits 1 with one line per problem for a broken copy of the data", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-atlas-data-"));
    cpSync(path.join(projectRoot, "data"), dir, { recursive: true });
    const quotesFile = path.join(dir, "quotes.json");
    const quotes = JSON.parse(readFileSync(quotesFile, "utf8")) as { start: number }[];
    quotes[0]!.start += 1;
    writeFileSync(quotesFile, JSON.stringify(quotes));

    const result = runValidate(dir);

    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/quotes\.json: \$\[0\]\.text: text does not equal the transcript slice \[368, /);
    expect(lines.at(-1)).toMatch(/^1 problem\(s\) in /);
  }, 30_000);

  it("exits 1 for a tour that says it follows the speech but has MESA after the Indo-Pacific", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-atlas-data-"));
    cpSync(path.join(projectRoot, "data"), dir, { recursive: true });
    const tourFile = path.join(dir, "tours", "argument.json");
    const tour = JSON.parse(readFileSync(tourFile, "utf8")) as {
      followsSpeech?: true;
      steps: { id: string }[];
    };
    const mesa = tour.steps.findIndex((step) => step.id === "mesa");
    const [step] = tour.steps.splice(mesa, 1);
    tour.steps.splice(mesa + 1, 0, step!);
    writeFileSync(tourFile, JSON.stringify(tour));

    const result = runValidate(dir);

    expect(tour.followsSpeech).toBe(true);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(
        `tours/argument\\.json: \\$\\.steps\\[${mesa + 1}\\]\\.quote: "mesa-imposed" starts at character 2681, before "indo-pacific-imposed"`,
      ),
    );
    expect(lines.at(-1)).toMatch(/^1 problem\(s\) in .*tours\/$/);
  }, 30_000);

  it("exits 1 naming the file that is not JSON", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-atlas-data-"));
    cpSync(path.join(projectRoot, "data"), dir, { recursive: true });
    writeFileSync(path.join(dir, "blocs.json"), "[{");

    const result = runValidate(dir);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/blocs\.json: \$: cannot be read as JSON/);
  }, 30_000);

  it("exits 1 naming a translation with a missing text, and a translation file that is missing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-atlas-data-"));
    cpSync(path.join(projectRoot, "data"), dir, { recursive: true });
    const ruFile = path.join(dir, "translations", "ru.json");
    const ru = JSON.parse(readFileSync(ruFile, "utf8")) as { blocs: Record<string, { summary?: string }> };
    delete ru.blocs.sco!.summary;
    writeFileSync(ruFile, JSON.stringify(ru));
    rmSync(path.join(dir, "translations", "vi.json"));

    const result = runValidate(dir);

    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(
      /translations\/ru\.json: \$\.blocs\.sco\.summary: missing: no translation of "Founded in 2001/,
    );
    expect(lines[1]).toMatch(/translations\/vi\.json: \$: missing: no such file$/);
    expect(lines.at(-1)).toMatch(/^2 problem\(s\) in .*translations\/$/);
  }, 30_000);
});
