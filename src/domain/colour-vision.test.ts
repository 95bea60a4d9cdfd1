import { describe, expect, it } from "vitest";
import {
  MACHADO_2009,
  VISIONS,
  contrastRatio,
  deltaE2000,
  differenceSeenBy,
  parseHex,
  simulate,
  toHex,
  toLab,
} from "./colour-vision";

describe("deltaE2000", () => {
  // Sharma, Wu and Dalal 2005, Table 1: pairs 1, 7, 17, 19, 21 and 25 of their test data.
  const SHARMA_PAIRS: [[number, number, number], [number, number, number], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ];

  it.each(SHARMA_PAIRS)("%j to %j is %f", (lab1, lab2, expected) => {
    expect(deltaE2000(lab1, lab2)).toBeCloseTo(expected, 4);
    expect(deltaE2000(lab2, lab1)).toBeCloseTo(expected, 4);
  });

  it("is zero between a colour and itself", () => {
    expect(deltaE2000([40, 20, -30], [40, 20, -30])).toBe(0);
  });
});

describe("toLab", () => {
  it("puts white at L* 100 and black at 0, both neutral", () => {
    const white = toLab(parseHex("#ffffff"));
    expect(white[0]).toBeCloseTo(100, 2);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
    expect(toLab(parseHex("#000000"))[0]).toBeCloseTo(0, 5);
  });

  it("matches the published Lab of sRGB red (D65)", () => {
    const [L, a, b] = toLab(parseHex("#ff0000"));
    expect(L).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself, either way round", () => {
    expect(contrastRatio(parseHex("#000"), parseHex("#fff"))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex("#fff"), parseHex("#000"))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex("#777777"), parseHex("#777777"))).toBe(1);
  });

  it("puts #767676 on white just above 4.5:1, as WCAG's examples do", () => {
    expect(contrastRatio(parseHex("#767676"), parseHex("#ffffff"))).toBeCloseTo(4.54, 2);
  });
});

describe("simulate", () => {
  it("leaves colours alone for normal vision", () => {
    expect(simulate(parseHex("#d55e00"), "normal")).toEqual(parseHex("#d55e00"));
  });

  it("keeps greys grey for every deficiency: each matrix row sums to 1", () => {
    for (const matrix of Object.values(MACHADO_2009)) {
      for (const row of matrix) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 4);
    }
    for (const vision of VISIONS) expect(toHex(simulate(parseHex("#808080"), vision))).toBe("#808080");
  });

  it("makes red and green hard to tell apart for protanopes and deuteranopes, not tritanopes", () => {
    const red = "#d55e00";
    const green = "#4d7d1f";
    expect(differenceSeenBy("normal", red, green)).toBeGreaterThan(40);
    expect(differenceSeenBy("protanopia", red, green)).toBeLessThan(5);
    expect(differenceSeenBy("deuteranopia", red, green)).toBeLessThan(15);
    expect(differenceSeenBy("tritanopia", red, green)).toBeGreaterThan(30);
  });

  it("makes blue and green hard to tell apart for tritanopes", () => {
    const blue = "#56b4e9";
    const green = "#009e73";
    expect(differenceSeenBy("normal", blue, green)).toBeGreaterThan(25);
    expect(differenceSeenBy("tritanopia", blue, green)).toBeLessThan(
      differenceSeenBy("normal", blue, green) / 2,
    );
  });
});
