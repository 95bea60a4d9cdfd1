import { readFileSync } from "node:fs";
import { COLORS } from "../src/domain/palette";
import { expect, test } from "./fixtures";
import { coloursIn, coloursOf, pngSize } from "./png";

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
  await atlas.open("?present=argument&step=6");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bloc-atlas-argument-06-asean.png");
  const bytes = readFileSync(await download.path());
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  expect((await coloursOf(page, bytes, COLORS.member)).has).toBe(true);
});

test("a comparison's image has its three colours and is named after the two blocs", async ({
  atlas,
  page,
}) => {
  await atlas.open("?compare=brics,sco");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bloc-atlas-brics-and-sco.png");
  const bytes = readFileSync(await download.path());
  const wanted = [COLORS.compareBoth, COLORS.compareFirst, COLORS.compareSecond];
  expect((await coloursIn(page, bytes, wanted)).has).toEqual(wanted);
});
