import { describe, expect, it } from "vitest";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import type { CountryIndex } from "../data/country-index";
import { labelAnchors, labelAnchorsOn } from "./label-anchors";
import { memberCodesOn } from "./memberships";

const entry = (anchor: [number, number]) => ({
  name: "x",
  bbox: [anchor[0] - 1, anchor[1] - 1, anchor[0] + 1, anchor[1] + 1] as [number, number, number, number],
  anchor,
  areaKm2: 1,
  small: false,
});

// Three countries in a row and one far off, so the centre of some of them falls between two.
const countries: CountryIndex = {
  AAA: entry([0, 0]),
  BBB: entry([10, 0]),
  CCC: entry([20, 0]),
  FAR: entry([-120, 0]),
};

describe("labelAnchors", () => {
  it("puts a label on the member nearest the members' centre, not at the centre itself", () => {
    // The centre of AAA and FAR is at -60, over no member: the label goes on AAA.
    const anchors = labelAnchors([{ blocId: "b", members: ["AAA", "FAR"] }], countries);
    expect(anchors.get("b")).toEqual({ iso3: "AAA", position: [0, 0] });
  });

  it("lets the smaller bloc choose first, and the larger take another member", () => {
    // BBB is the centre of the larger bloc, listed first; the smaller bloc, BBB alone, still gets it.
    const anchors = labelAnchors(
      [
        { blocId: "large", members: ["AAA", "BBB", "CCC"] },
        { blocId: "small", members: ["BBB"] },
      ],
      countries,
    );
    expect(anchors.get("small")?.iso3).toBe("BBB");
    expect(anchors.get("large")?.iso3).toBe("AAA");
    expect(
      labelAnchors([{ blocId: "large", members: ["AAA", "BBB", "CCC"] }], countries).get("large")?.iso3,
    ).toBe("BBB");
  });

  it("puts no label on a country drawn as a dot, unless every member is one", () => {
    const withDot: CountryIndex = { ...countries, DOT: { ...entry([10, 0]), small: true } };
    const anchors = labelAnchors(
      [
        { blocId: "mixed", members: ["AAA", "DOT", "CCC"] },
        { blocId: "dots", members: ["DOT"] },
      ],
      withDot,
    );
    expect(anchors.get("mixed")?.iso3).not.toBe("DOT");
    expect(anchors.get("dots")?.iso3).toBe("DOT");
  });

  it("shares a member when a bloc has no other, and skips a bloc with no known member", () => {
    const anchors = labelAnchors(
      [
        { blocId: "first", members: ["AAA"] },
        { blocId: "second", members: ["AAA"] },
        { blocId: "none", members: ["ZZZ"] },
      ],
      countries,
    );
    expect(anchors.get("second")?.iso3).toBe("AAA");
    expect(anchors.has("none")).toBe(false);
  });
});

describe("labelAnchorsOn, on the dataset", () => {
  const data = readCheckedData();

  it.each(["2019-02-25", "2025-12-31"])("puts every bloc's label on one of its members on %s", (date) => {
    const anchors = labelAnchorsOn(data.dataset.blocs, data.countries, date);
    for (const bloc of data.dataset.blocs) {
      const members = memberCodesOn(bloc, date);
      const anchor = anchors.get(bloc.id);
      if (members.length === 0) {
        expect(anchor, bloc.id).toBeUndefined();
        continue;
      }
      expect(members, bloc.id).toContain(anchor?.iso3);
      // A country's anchor is a point inside its largest part (scripts/build-geometry.ts).
      expect(anchor?.position, bloc.id).toEqual(data.countries[anchor?.iso3 ?? ""]?.anchor);
    }
  });

  it("puts the labels the issue found over sea or a non-member on land of their own", () => {
    const anchors = labelAnchorsOn(data.dataset.blocs, data.countries, "2019-02-25");
    expect(["BRA", "CHN", "IND", "RUS", "ZAF"]).toContain(anchors.get("brics")?.iso3);
    expect(anchors.get("mesa")?.iso3).toBe("EGY");
  });

  it("computes once per dataset and date", () => {
    const first = labelAnchorsOn(data.dataset.blocs, data.countries, "2019-02-25");
    expect(labelAnchorsOn(data.dataset.blocs, data.countries, "2019-02-25")).toBe(first);
  });
});
