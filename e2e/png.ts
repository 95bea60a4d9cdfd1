import { expect, type Page } from "@playwright/test";

/** Width and height from a PNG's header (IHDR), read from the file itself. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many distinct colours the image has, and whether it has this one, decoded by the browser. */
export async function coloursOf(
  page: Page,
  bytes: Buffer,
  wanted: string,
): Promise<{ distinct: number; has: boolean }> {
  return page.evaluate(
    async ([base64, hex]) => {
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
      const seen = new Set<number>();
      const target = parseInt(hex.slice(1), 16);
      let has = false;
      for (let i = 0; i < pixels.length; i += 4) {
        const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
        seen.add(rgb);
        if (rgb === target) has = true;
      }
      return { distinct: seen.size, has };
    },
    [bytes.toString("base64"), wanted] as const,
  );
}
