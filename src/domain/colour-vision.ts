/**
 * How colours look to people with a colour vision deficiency, and how far apart two colours are.
 *
 * - Simulation: Machado, Oliveira and Fernandes, "A Physiologically-based Model for Simulation of
 *   Color Vision Deficiency", IEEE TVCG 15(6), 2009: the published matrices for dichromacy
 *   (severity 1.0), applied to linear sRGB as the authors' model assumes.
 * - Difference: CIEDE2000 (CIE 142:2001), as written out by Sharma, Wu and Dalal, "The CIEDE2000
 *   Color-Difference Formula: Implementation Notes, Supplementary Test Data, and Mathematical
 *   Observations", Color Research and Application 30(1), 2005, whose test pairs the unit tests use.
 * - Contrast: WCAG 2.2's relative luminance and contrast ratio.
 */

/** A colour as red, green and blue from 0 to 1, gamma-encoded sRGB. */
export type Rgb = readonly [number, number, number];

/** CIE L*a*b* (D65). */
export type Lab = readonly [number, number, number];

export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";

/** Normal vision first, then the three dichromacies the palette is checked for. */
export const VISIONS = ["normal", "protanopia", "deuteranopia", "tritanopia"] as const;
export type Vision = (typeof VISIONS)[number];

type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, Table 1 (supplementary material), severity 1.0. Rows are output R, G, B. */
export const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** "#rrggbb" (or "#rgb") to sRGB from 0 to 1. */
export function parseHex(hex: string): Rgb {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (digits === undefined) throw new Error(`not a hex colour: ${hex}`);
  const full = digits.length === 3 ? digits.replace(/./g, "$&$&") : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** sRGB from 0 to 1 to "#rrggbb", each channel clamped and rounded. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
}

function multiply(m: Matrix, v: Rgb): Rgb {
  return [
    m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
    m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
    m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
  ];
}

/** The colour as a person with the deficiency sees it (normal vision: unchanged). */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === "normal") return rgb;
  const linear: Rgb = [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
  const seen = multiply(MACHADO_2009[vision], linear);
  // The matrices can leave the gamut by a little; a screen shows the nearest colour it has.
  return seen.map((c) => fromLinear(Math.min(1, Math.max(0, c)))) as unknown as Rgb;
}

/** WCAG 2.2 relative luminance. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** D65 reference white, 2° observer, as sRGB defines it. */
const WHITE = [0.95047, 1, 1.08883] as const;

/** sRGB to CIE L*a*b* (D65). */
export function toLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  const xyz = [
    0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
    0.2126729 * r + 0.7151522 * g + 0.072175 * b,
    0.0193339 * r + 0.119192 * g + 0.9503041 * b,
  ];
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = xyz.map((v, i) => f(v / (WHITE[i] ?? 1))) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** CIEDE2000 colour difference (kL = kC = kH = 1), after Sharma et al. 2005. */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const meanC7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, ap: number) => (b === 0 && ap === 0 ? 0 : (degrees(Math.atan2(b, ap)) + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);

  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(radians(dhp / 2));

  const meanLp = (L1 + L2) / 2;
  const meanCp = (C1p + C2p) / 2;
  let meanHp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanHp = (h1p + h2p) / 2;
    else meanHp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos(radians(meanHp - 30)) +
    0.24 * Math.cos(radians(2 * meanHp)) +
    0.32 * Math.cos(radians(3 * meanHp + 6)) -
    0.2 * Math.cos(radians(4 * meanHp - 63));
  const dTheta = 30 * Math.exp(-(((meanHp - 275) / 25) ** 2));
  const meanCp7 = meanCp ** 7;
  const RC = 2 * Math.sqrt(meanCp7 / (meanCp7 + 25 ** 7));
  const SL = 1 + (0.015 * (meanLp - 50) ** 2) / Math.sqrt(20 + (meanLp - 50) ** 2);
  const SC = 1 + 0.045 * meanCp;
  const SH = 1 + 0.015 * meanCp * T;
  const RT = -Math.sin(radians(2 * dTheta)) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** CIEDE2000 between two hex colours as a person with the given vision sees them. */
export function differenceSeenBy(vision: Vision, hex1: string, hex2: string): number {
  return deltaE2000(toLab(simulate(parseHex(hex1), vision)), toLab(simulate(parseHex(hex2), vision)));
}

type NamedColours = Readonly<Record<string, string>>;

/**
 * Pairs of named colours that some vision (normal or one of the three dichromacies) sees closer
 * than `threshold` in CIEDE2000, one readable line each: every pair within `group`, or, given
 * `others`, every colour of `group` against every colour of `others`.
 */
export function pairsTooClose(group: NamedColours, threshold: number, others?: NamedColours): string[] {
  const entries = Object.entries(group);
  const pairs: (readonly [string, string, string, string])[] = others
    ? entries.flatMap(([a, hexA]) => Object.entries(others).map(([b, hexB]) => [a, hexA, b, hexB] as const))
    : entries.flatMap(([a, hexA], i) => entries.slice(i + 1).map(([b, hexB]) => [a, hexA, b, hexB] as const));
  return pairs.flatMap(([a, hexA, b, hexB]) =>
    VISIONS.flatMap((vision) => {
      const difference = differenceSeenBy(vision, hexA, hexB);
      return difference < threshold
        ? [
            `${vision}: ${a} ${hexA} and ${b} ${hexB} are ${difference.toFixed(1)} apart (CIEDE2000), under ${threshold}`,
          ]
        : [];
    }),
  );
}
