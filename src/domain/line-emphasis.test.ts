import { describe, expect, it } from "vitest";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import { lineEmphasis, linesOfFocus } from "./line-emphasis";

const data = readCheckedData();
const SPEECH = "2019-02-25";
const allLines = [
  ...data.dataset.agreements.map((a) => a.id),
  ...data.dataset.coChairmanships.map((c) => c.id),
];

describe("lineEmphasis", () => {
  it("recedes every line with nothing selected", () => {
    const emphasis = lineEmphasis(data, allLines, {}, SPEECH, false);
    expect(new Set(emphasis.values())).toEqual(new Set(["receded"]));
    expect(emphasis.size).toBe(allLines.length);
  });

  it("shows every line at full strength when the lines are what is looked at", () => {
    expect(new Set(lineEmphasis(data, allLines, {}, SPEECH, true).values())).toEqual(new Set(["shown"]));
  });

  it("brings a selected agreement forward and dims the rest, lists open or not", () => {
    for (const linesInView of [false, true]) {
      const emphasis = lineEmphasis(data, allLines, { agreementId: "eaeu-vietnam-fta" }, SPEECH, linesInView);
      expect(emphasis.get("eaeu-vietnam-fta")).toBe("forward");
      expect([...emphasis.values()].filter((e) => e === "forward")).toHaveLength(1);
      expect(emphasis.get("south-china-sea-coc")).toBe("dimmed");
    }
  });

  it("dims every line for a bloc with none of its own", () => {
    const emphasis = lineEmphasis(data, allLines, { blocId: "brics" }, SPEECH, false);
    expect(new Set(emphasis.values())).toEqual(new Set(["dimmed"]));
  });
});

describe("linesOfFocus", () => {
  it("gives a bloc its agreements and its bodies' co-chairmanships, as its panel lists them", () => {
    const ids = linesOfFocus(data, { blocId: "admm-plus" }, SPEECH);
    expect(ids).toContain("admm-plus-hma-2017-2020");
    expect(ids).toContain("admm-plus-peacekeeping-2020-2022");
    const eaeu = linesOfFocus(data, { blocId: "eaeu" }, SPEECH);
    expect(eaeu).toContain("eaeu-vietnam-fta");
    expect(eaeu).not.toContain("admm-plus-hma-2017-2020");
  });

  it("gives a country its own agreements, those of blocs it is a member of, and its co-chairmanships", () => {
    const laos = linesOfFocus(data, { country: "LAO" }, SPEECH);
    expect(laos).toContain("admm-plus-hma-2017-2020");
    expect(laos).not.toContain("eaeu-vietnam-fta");
    const armenia = linesOfFocus(data, { country: "ARM" }, SPEECH);
    expect(armenia).toContain("eaeu-vietnam-fta");
  });
});
