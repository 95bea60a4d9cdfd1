import { expect, type Locator, type Page } from "@playwright/test";

/** Width and height from a PNG's header (IHDR), read from the file itself. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How many pixels of each colour (0xrrggbb) an image has, decoded by the browser: the one reader
 * every colour check in the specs goes through.
 */
async function colourCounts(page: Page, bytes: Buffer): Promise<Map<number, number>> {
  const entries = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D context");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const colour = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    return [...counts];
  }, bytes.toString("base64"));
  return new Map(entries);
}

const hexOf = (colour: number) => `#${colour.toString(16).padStart(6, "0")}`;

/** How many distinct colours the image has, and which of `wanted` (`#rrggbb`) it has, decoded by the browser. */
export async function coloursIn(
  page: Page,
  bytes: Buffer,
  wanted: readonly string[],
): Promise<{ distinct: number; has: string[] }> {
  const counts = await colourCounts(page, bytes);
  return { distinct: counts.size, has: wanted.filter((hex) => counts.has(parseInt(hex.slice(1), 16))) };
}

/** How many distinct colours the image has, and whether it has this one. */
export async function coloursOf(
  page: Page,
  bytes: Buffer,
  wanted: string,
): Promise<{ distinct: number; has: boolean }> {
  const { distinct, has } = await coloursIn(page, bytes, [wanted]);
  return { distinct, has: has.length > 0 };
}

/** Every colour an image has, as "#rrggbb". */
export async function allColoursIn(page: Page, bytes: Buffer): Promise<string[]> {
  return [...(await colourCounts(page, bytes)).keys()].map(hexOf);
}

/** The colour most of an image's pixels are, as "#rrggbb". */
export async function dominantColourIn(page: Page, bytes: Buffer): Promise<string> {
  const [most] = [...(await colourCounts(page, bytes))].sort((a, b) => b[1] - a[1])[0] ?? [0];
  return hexOf(most);
}

/** The colour most of an element's pixels are, as drawn on screen: its background, as "#rrggbb". */
export async function dominantColourOf(page: Page, target: Locator): Promise<string> {
  return dominantColourIn(page, await target.screenshot());
}
