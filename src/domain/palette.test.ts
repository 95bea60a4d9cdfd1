import { describe, expect, it } from "vitest";
import { VISIONS, contrastRatio, pairsTooClose, parseHex, simulate } from "./colour-vision";
import * as palette from "./palette";
import { DARK_COLORS, RELATION_COLORS, THEME_COLORS, type MapColors } from "./palette";

/**
 * How far apart (CIEDE2000) colours that mean different things must be, for normal vision and as
 * simulated for protanopia, deuteranopia and tritanopia. About 2.3 is a just noticeable difference
 * between two large patches side by side; a country's colour is matched against the legend across
 * the screen, not side by side, and on a small shape, so the palette asks for about four times
 * that: 10.
 */
const AT_A_GLANCE = 10;

/**
 * The line colours: fourteen kinds of relation, more than any categorical palette keeps 10 apart
 * for all three dichromacies at once (a search over colours near these found none past 9.5). A
 * line's kind is also named in the legend, its card and the lists, and its status is drawn by
 * its dash, so the colours are held to 9, four times a just noticeable difference.
 */
const LINES_APART = 9;

/** WCAG 2.2 (1.4.3): text against what is drawn behind it. */
const TEXT_CONTRAST = 4.5;

/** WCAG 2.2 (1.4.11): a graphic that carries meaning (a line) against what is next to it. */
const GRAPHIC_CONTRAST = 3;

/**
 * What each of the map's colours is for, so each is checked for what it does. The type makes a
 * new colour in the palette fail to compile here until it says what it is.
 * - mark: a country's state (member, partner, hover, or neither), told apart from every other
 *   mark and base;
 * - comparison: a country's set in a comparison (in both, only the first, only the second), drawn
 *   instead of the marks, never beside members and partners: told apart from each other, from the
 *   hover colour and from the bases;
 * - base: what marks are drawn over (the sea, land that is in nothing);
 * - text: label text, with the halo it is drawn on;
 * - outline: drawn around a selected country, told apart from the marks and bases beside it;
 * - quiet: drawn for shape alone (borders between countries, the inside of a ring), whose reason
 *   is given.
 */
type Role =
  | { readonly kind: "mark" }
  | { readonly kind: "base" }
  | { readonly kind: "text"; readonly on: keyof MapColors }
  | { readonly kind: "comparison" }
  | { readonly kind: "outline" }
  | { readonly kind: "quiet"; readonly why: string };

const ROLES: Record<keyof MapColors, Role> = {
  sea: { kind: "base" },
  land: { kind: "base" },
  member: { kind: "mark" },
  associate: { kind: "mark" },
  hover: { kind: "mark" },
  compareBoth: { kind: "comparison" },
  compareFirst: { kind: "comparison" },
  compareSecond: { kind: "comparison" },
  selectedOutline: { kind: "outline" },
  label: { kind: "text", on: "labelHalo" },
  labelHalo: { kind: "quiet", why: "the ground of label text, checked with it" },
  selectedLabel: { kind: "text", on: "selectedLabelHalo" },
  selectedLabelHalo: { kind: "quiet", why: "the ground of the selected label, checked with it" },
  lineCasing: { kind: "quiet", why: "the edge of every relation line, checked with the lines" },
  border: { kind: "quiet", why: "a hairline between shapes whose fills are checked" },
  ringFill: { kind: "quiet", why: "the inside of a ring; its line colour is checked" },
};

function withRole(colors: MapColors, kind: Role["kind"]): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(ROLES) as (keyof MapColors)[])
      .filter((key) => ROLES[key].kind === kind)
      .map((key) => [key, colors[key]]),
  );
}

/** Whether a value is a named group of colours: an object whose values are all "#rrggbb". */
function isColourGroup(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).length > 0 &&
    Object.values(value).every((v) => typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v))
  );
}

/**
 * Every other named group of colours the palette exports (a group, or a group per theme), found
 * by walking its exports, so a group added later is held to the same rule as the line colours.
 */
function otherGroups(): [string, Record<string, string>][] {
  const checkedByRole = new Set<unknown>([palette.COLORS, palette.DARK_COLORS, THEME_COLORS]);
  return Object.entries(palette as Record<string, unknown>).flatMap(
    ([name, value]): [string, Record<string, string>][] => {
      if (checkedByRole.has(value) || typeof value !== "object" || value === null) return [];
      if (isColourGroup(value)) return [[name, value]];
      return Object.entries(value).flatMap(([key, inner]): [string, Record<string, string>][] =>
        isColourGroup(inner) ? [[`${name}.${key}`, inner]] : [],
      );
    },
  );
}

describe.each(Object.entries(THEME_COLORS))("the %s map's colours", (_theme, colors) => {
  it("tell every country's state apart, from each other and from the sea and bare land", () => {
    const marks = withRole(colors, "mark");
    expect([
      ...pairsTooClose(marks, AT_A_GLANCE),
      ...pairsTooClose(marks, AT_A_GLANCE, withRole(colors, "base")),
    ]).toEqual([]);
  });

  it("tell a comparison's three sets apart, from each other, the hover colour and the sea and land", () => {
    const sets = { ...withRole(colors, "comparison"), hover: colors.hover };
    expect([
      ...pairsTooClose(sets, AT_A_GLANCE),
      ...pairsTooClose(sets, AT_A_GLANCE, withRole(colors, "base")),
    ]).toEqual([]);
  });

  it("draw the selected country's outline apart from the fills beside it", () => {
    const fills = { ...withRole(colors, "mark"), ...withRole(colors, "base") };
    expect(pairsTooClose(withRole(colors, "outline"), AT_A_GLANCE, fills)).toEqual([]);
  });

  it("give label text at least 4.5:1 against its halo, in every vision simulated", () => {
    const low = (Object.keys(ROLES) as (keyof MapColors)[]).flatMap((key) => {
      const role = ROLES[key];
      if (role.kind !== "text") return [];
      return VISIONS.flatMap((vision) => {
        const ratio = contrastRatio(
          simulate(parseHex(colors[key]), vision),
          simulate(parseHex(colors[role.on]), vision),
        );
        return ratio < TEXT_CONTRAST ? [`${vision}: ${key} on ${role.on} is ${ratio.toFixed(2)}:1`] : [];
      });
    });
    expect(low).toEqual([]);
  });
});

describe("the dark map's selected label", () => {
  // The label sits on a member and runs over the land and sea beside it; its halo is a few pixels
  // of a distance field whose rim fades, so its letters are also read against the ground itself.
  // Dark letters on a light halo read 1:1 on the dark sea where the rim thins.
  it("reads at least 4.5:1 against its halo and against the dark land and sea, in every vision simulated", () => {
    const grounds = {
      halo: DARK_COLORS.selectedLabelHalo,
      land: DARK_COLORS.land,
      sea: DARK_COLORS.sea,
    };
    const low = Object.entries(grounds).flatMap(([ground, colour]) =>
      VISIONS.flatMap((vision) => {
        const ratio = contrastRatio(
          simulate(parseHex(DARK_COLORS.selectedLabel), vision),
          simulate(parseHex(colour), vision),
        );
        return ratio < TEXT_CONTRAST ? [`${vision}: on the ${ground}, ${ratio.toFixed(2)}:1`] : [];
      }),
    );
    expect(low).toEqual([]);
  });
});

describe.each(Object.entries(THEME_COLORS))("the lines on the %s map", (_theme, colors) => {
  it.each(Object.entries(RELATION_COLORS))(
    "draw %s at least 3:1 against the land and the sea, by its edge (the casing under it)",
    (_type, colour) => {
      const edge = colors.lineCasing;
      const low = (["land", "sea"] as const).flatMap((ground) => {
        const ratio = contrastRatio(parseHex(edge), parseHex(colors[ground]));
        return ratio < GRAPHIC_CONTRAST
          ? [`${colour} edged ${edge} on ${ground}: ${ratio.toFixed(2)}:1`]
          : [];
      });
      expect(low).toEqual([]);
    },
  );

  it("tell every line's colour from its casing, so the colour is seen inside the edge", () => {
    expect(pairsTooClose(RELATION_COLORS, LINES_APART, { lineCasing: colors.lineCasing })).toEqual([]);
  });
});

describe("the line colours and every other named group of colours", () => {
  it("finds the groups to check by walking the palette's exports", () => {
    expect(otherGroups().map(([name]) => name)).toContain("RELATION_COLORS");
  });

  it.each(otherGroups())("%s: each colour is told apart from the others", (_name, group) => {
    expect(pairsTooClose(group, LINES_APART)).toEqual([]);
  });

  it("keeps the line colours apart from the light and dark maps' land and sea", () => {
    const grounds = Object.entries(THEME_COLORS).flatMap(([theme, colors]): [string, string][] => [
      [`${theme} sea`, colors.sea],
      [`${theme} land`, colors.land],
    ]);
    expect(pairsTooClose(RELATION_COLORS, AT_A_GLANCE, Object.fromEntries(grounds))).toEqual([]);
  });
});
