import { describe, expect, it } from "vitest";
import { parseSelection, serializeSelection } from "./url-state";

const known = { blocs: new Set(["asean", "brics"]), countries: new Map([["VNM", "Vietnam"]]) };

describe("parseSelection", () => {
  it("reads a bloc and a country, upper-casing the code", () => {
    expect(parseSelection("?bloc=asean&country=vnm", known)).toEqual({
      selection: { blocId: "asean", country: "VNM", focusCountry: false },
      notice: undefined,
    });
  });

  it("focuses a country linked on its own", () => {
    expect(parseSelection("?country=VNM", known).selection.focusCountry).toBe(true);
  });

  it("drops an unknown bloc with a notice and keeps the rest", () => {
    expect(parseSelection("?bloc=no-such-bloc&country=VNM", known)).toEqual({
      selection: { blocId: undefined, country: "VNM", focusCountry: true },
      notice: "The link could not be followed in full: there is no bloc “no-such-bloc” in this dataset.",
    });
  });

  it("says what is malformed", () => {
    expect(parseSelection("?bloc=Not%20An%20Id&country=12", known).notice).toBe(
      "The link could not be followed in full: “Not An Id” is not a bloc id; “12” is not a country code.",
    );
  });

  it("reads nothing from an empty query", () => {
    expect(parseSelection("", known)).toEqual({
      selection: { blocId: undefined, country: undefined, focusCountry: false },
      notice: undefined,
    });
  });
});

describe("serializeSelection", () => {
  it("writes readable parameters and keeps others", () => {
    expect(serializeSelection({ blocId: "asean", country: "VNM", focusCountry: false }, "?embed=1")).toBe(
      "?embed=1&bloc=asean&country=VNM",
    );
    expect(
      serializeSelection({ blocId: undefined, country: undefined, focusCountry: false }, "?bloc=x"),
    ).toBe("");
  });

  it("round-trips through parseSelection", () => {
    const selection = { blocId: "brics", country: "VNM", focusCountry: false };
    expect(parseSelection(serializeSelection(selection, ""), known).selection).toEqual(selection);
  });
});
