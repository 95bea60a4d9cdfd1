import { describe, expect, it } from "vitest";
import { emphasise } from "./emphasis";

describe("emphasise", () => {
  it("marks every occurrence of a term", () => {
    expect(emphasise("SCO and the SCO", ["SCO"])).toEqual([
      { text: "SCO", emphasised: true },
      { text: " and the ", emphasised: false },
      { text: "SCO", emphasised: true },
    ]);
  });

  it("prefers the longer of two overlapping terms", () => {
    expect(
      emphasise("the Eurasian Economic Union (EAEU) and", ["EAEU", "Eurasian Economic Union (EAEU)"]),
    ).toEqual([
      { text: "the ", emphasised: false },
      { text: "Eurasian Economic Union (EAEU)", emphasised: true },
      { text: " and", emphasised: false },
    ]);
  });

  it("is case-sensitive, as the speech words it", () => {
    expect(emphasise("asean", ["ASEAN"])).toEqual([{ text: "asean", emphasised: false }]);
  });

  it("returns the text whole when no term occurs", () => {
    expect(emphasise("Thank you.", ["BRICS", ""])).toEqual([{ text: "Thank you.", emphasised: false }]);
  });
});
