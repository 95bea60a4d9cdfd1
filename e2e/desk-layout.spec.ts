import type { Locator } from "@playwright/test";
import { countryIndex } from "./atlas-driver";
import { expect, test } from "./fixtures";

test.use({ reducedMotion: "reduce" });

const DESK = { width: 1280, height: 800 };

/** Whether every anchor of the given countries projects inside the map's box. */
async function outsideTheMap(atlas: import("./atlas-driver").AtlasDriver, codes: readonly string[]) {
  const box = await atlas.map.boundingBox();
  if (!box) throw new Error("the map has no box");
  const outside: string[] = [];
  for (const code of codes) {
    const { x, y } = await atlas.pixelOf(countryIndex[code]!.anchor);
    if (x < box.x || x > box.x + box.width || y < box.y || y > box.y + box.height)
      outside.push(`${code} at ${x.toFixed(0)},${y.toFixed(0)}`);
  }
  return outside;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box`);
  return box;
}

test("on a 1280 × 800 desk the map leads: the lists fold while a bloc is shown, and are one click away", async ({
  atlas,
  page,
}) => {
  // Wide enough for three columns, the lists stay beside a selection.
  await page.setViewportSize({ width: 1800, height: 900 });
  await atlas.open("?bloc=asean");
  expect(await atlas.listsFolded()).toBe(false);
  await expect(atlas.blocButton("asean")).toHaveAttribute("aria-current", "true");

  // At 1280 × 800 they fold to a button, and the map has at least 60% of the width, nearly all the height.
  await page.setViewportSize(DESK);
  await expect(page.locator(".side.folded")).toHaveCount(1);
  const toggle = page.getByRole("button", { name: "Lists: blocs, agreements, filters" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await atlas.waitForMap();
  const map = await boxOf(atlas.map);
  expect(map.width / DESK.width, `map ${map.width} px of ${DESK.width}`).toBeGreaterThanOrEqual(0.6);
  expect(map.height / DESK.height, `map ${map.height} px of ${DESK.height}`).toBeGreaterThanOrEqual(0.9);

  // The header is one row, with Download PNG, 2× and Share side by side.
  const header = await boxOf(page.locator(".atlas-header"));
  const title = await boxOf(page.getByRole("heading", { level: 1 }));
  expect(header.height, "one row: the header no taller than twice its title").toBeLessThan(title.height * 2);
  const download = await boxOf(page.getByRole("button", { name: "Download PNG" }));
  const double = await boxOf(page.getByText("2×", { exact: true }));
  const share = await boxOf(page.getByRole("button", { name: "Share" }));
  for (const [left, right] of [
    [download, double],
    [double, share],
  ] as const) {
    const gap = right.x - (left.x + left.width);
    expect(gap, "Download PNG, 2× and Share in a row, in that order, close together").toBeGreaterThanOrEqual(
      0,
    );
    expect(gap).toBeLessThan(48);
    expect(Math.abs(right.y + right.height / 2 - (left.y + left.height / 2))).toBeLessThan(8);
  }

  // One click opens the lists; the button keeps the focus and says what it does now.
  await toggle.click();
  const hide = page.getByRole("button", { name: "Hide the lists" });
  await expect(hide).toBeFocused();
  await expect(hide).toHaveAttribute("aria-expanded", "true");
  await expect(atlas.blocButton("asean")).toHaveAttribute("aria-current", "true");
  // Opened by the user, they stay open for the next bloc.
  await atlas.blocButton("brics").click();
  await expect(atlas.blocButton("brics")).toHaveAttribute("aria-current", "true");
  expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
  // And close again at a click, the selection framed in the wider map.
  await hide.click();
  await expect(page.locator(".side.folded")).toHaveCount(1);
  await atlas.waitForMap();
  expect((await boxOf(atlas.map)).width).toBeGreaterThanOrEqual(0.6 * DESK.width);
  expect(await outsideTheMap(atlas, ["BRA", "CHN", "IND", "RUS", "ZAF"])).toEqual([]);
});

test("picked from the lists on a 1280 × 800 desk, a bloc takes their room; cleared, the lists come back", async ({
  atlas,
  page,
}) => {
  await page.setViewportSize(DESK);
  await atlas.open("");
  // Nothing selected: the lists are open, to pick from.
  expect(await atlas.listsFolded()).toBe(false);
  await atlas.blocButton("asean").click();
  // The clicked button went with the lists: the focus goes to what the details show now.
  await expect(page.getByRole("heading", { level: 2, name: /ASEAN/ })).toBeFocused();
  await expect(page.locator(".side.folded")).toHaveCount(1);
  await atlas.waitForMap();
  expect((await boxOf(atlas.map)).width).toBeGreaterThanOrEqual(0.6 * DESK.width);
  // Framed for the map's new width, not the one it had before the lists folded.
  const members = await atlas.highlighted();
  expect(members).toHaveLength(10);
  expect(await outsideTheMap(atlas, members)).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(page.locator(".side.folded")).toHaveCount(0);
  expect(await atlas.highlighted()).toEqual([]);
  await expect(atlas.blocButton("asean")).toBeVisible();
});
