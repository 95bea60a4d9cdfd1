import { COLORS } from "../src/domain/palette";
import { countryIndex } from "./atlas-driver";
import { coloursIn } from "./png";
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

test("the offline guard itself catches a request to another host; in the app, the policy refuses it first", async ({
  atlas,
  page,
  foreignRequests,
  consoleErrors,
}) => {
  await atlas.open();
  // The app's Content Security Policy refuses it before it leaves the page.
  await page.evaluate(() => fetch("https://tiles.example.org/0/0/0.png").catch(() => undefined));
  await expect.poll(() => consoleErrors.some((line) => line.includes("Content Security Policy"))).toBe(true);
  expect(foreignRequests).toEqual([]);
  // A page with no policy: the guard sees the request and refuses it.
  await page.goto("about:blank");
  await page.evaluate(() => fetch("https://tiles.example.org/0/0/0.png").catch(() => undefined));
  expect(foreignRequests).toEqual(["https://tiles.example.org/0/0/0.png"]);
  // Seen to fail as it should: clear what it recorded so the fixtures' own checks pass.
  foreignRequests.length = 0;
  consoleErrors.length = 0;
});

/** A point well inside Indonesia's half of New Guinea, far from Borneo. */
const INDONESIAN_PAPUA: [number, number] = [138.5, -4.5];

test("a selected bloc's members are drawn in the member colour, not just listed", async ({ atlas, page }) => {
  await atlas.open("?bloc=asean");
  await page.mouse.move(0, 0);
  expect(await atlas.colourAt(countryIndex.IDN!.anchor)).toBe(COLORS.member);
  expect(await atlas.fillColourAt(INDONESIAN_PAPUA)).toBe(COLORS.member);
  expect((await coloursIn(page, await atlas.map.screenshot(), [COLORS.member])).has).toEqual([COLORS.member]);
  await page.keyboard.press("Escape");
  await atlas.waitForMap();
  expect(await atlas.highlighted()).toEqual([]);
  // Clearing sends the camera back to the world, where labels and the rings of one-party agreements
  // may lie over any one point of Indonesia: the whole map is read instead, and no pixel of it is
  // in the member colour any more.
  expect((await coloursIn(page, await atlas.map.screenshot(), [COLORS.member])).has).toEqual([]);
});
