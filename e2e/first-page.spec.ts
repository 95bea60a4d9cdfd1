import type { Page } from "@playwright/test";
import { COLORS } from "../src/palette";
import { countryIndex } from "./atlas-driver";
import { expect, test } from "./fixtures";

test("the map draws from local files alone and lists every bloc", async ({
  atlas,
  page,
  foreignRequests,
}) => {
  const requested: string[] = [];
  page.on("requestfinished", (request) => requested.push(new URL(request.url()).pathname));

  await atlas.open();

  await expect(atlas.blocButtons()).toHaveCount(22);
  await expect(atlas.blocButton("asean")).toContainText("Association of Southeast Asian Nations");
  // Countries, borders and small-country dots come as vector tiles cut at build time.
  expect(requested.some((path) => /\/geo\/tiles\/\d+\/\d+\/\d+\.pbf$/.test(path))).toBe(true);
  expect(foreignRequests).toEqual([]);
});

test("the offline guard itself catches a request to another host", async ({
  atlas,
  page,
  foreignRequests,
  consoleErrors,
}) => {
  await atlas.open();
  await page.evaluate(() => fetch("https://tiles.example.org/0/0/0.png").catch(() => undefined));
  expect(foreignRequests).toEqual(["https://tiles.example.org/0/0/0.png"]);
  // Seen to fail as it should: clear what it recorded so the fixtures' own checks pass.
  foreignRequests.length = 0;
  consoleErrors.length = 0;
});

/** The colour of one pixel of the page as drawn, read back from a screenshot. */
async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x) - 2, y: Math.round(y) - 2, width: 5, height: 5 },
  });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D context");
    context.drawImage(image, 0, 0);
    const [r = 0, g = 0, b = 0] = context.getImageData(2, 2, 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, png.toString("base64"));
}

function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

test("a selected bloc's members are drawn in the member colour, not just listed", async ({ atlas, page }) => {
  await atlas.open("?bloc=asean");
  await page.mouse.move(0, 0);
  const borneo = await atlas.pixelOf(countryIndex.IDN!.anchor);
  expect(hex(await pixelAt(page, borneo.x, borneo.y))).toBe(COLORS.member);
  await page.keyboard.press("Escape");
  await atlas.waitForMap();
  expect(await atlas.highlighted()).toEqual([]);
  // Clearing sends the camera back to the world: find Borneo again.
  const borneoAgain = await atlas.pixelOf(countryIndex.IDN!.anchor);
  expect(hex(await pixelAt(page, borneoAgain.x, borneoAgain.y))).toBe(COLORS.land);
});
