import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { COLORS } from "../src/palette";
import { expect, test } from "./fixtures";

/** Width and height from a PNG's header (IHDR), read from the file itself. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many distinct colours the image has, and whether it has this one, decoded by the browser. */
async function coloursOf(
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

test("Download PNG saves the view at 1920×1080 whatever the window, with the members' colour in it", async ({
  atlas,
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await atlas.open("?bloc=asean");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bloc-atlas-asean-association-of-southeast-asian-nations.png");
  const bytes = readFileSync(await download.path());
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  const colours = await coloursOf(page, bytes, COLORS.member);
  expect(colours.has).toBe(true);
  // A drawn map with text and lines, not a blank or flat image.
  expect(colours.distinct).toBeGreaterThan(50);
});

test("with 2× the image is 3840×2160", async ({ atlas, page }) => {
  await atlas.open("?bloc=brics");
  await page.getByRole("checkbox", { name: "2×" }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(pngSize(readFileSync(await download.path()))).toEqual({ width: 3840, height: 2160 });
});

test("presentation mode downloads the step as an image too, named after the tour and the step", async ({
  atlas,
  page,
}) => {
  await atlas.open("?present=argument&step=5");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bloc-atlas-argument-05-asean.png");
  const bytes = readFileSync(await download.path());
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  expect((await coloursOf(page, bytes, COLORS.member)).has).toBe(true);
});
