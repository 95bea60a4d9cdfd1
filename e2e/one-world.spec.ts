import { argumentTour } from "./dataset";
import { expect, test } from "./fixtures";

// Each view is opened in place: a flight's frames are not what this checks.
test.use({ reducedMotion: "reduce" });

test.describe("a presentation at 1280 × 720", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("draws no country twice at any step of the argument tour", async ({ atlas, page }) => {
    // Twenty steps, each drawn and read: longer than one view. One page, moved by the presenter's key.
    test.slow();
    await atlas.open("?present=argument&step=1");
    const progress = page.locator(".present-progress");
    for (const [index, { id }] of argumentTour.steps.entries()) {
      if (index > 0) await page.keyboard.press("ArrowRight");
      await expect(progress).toContainText(`${index + 1} / ${argumentTour.steps.length}`);
      const { twice, why } = await atlas.showsAPlaceTwice();
      expect(twice, `step ${index + 1} (${id}): ${why}`).toBe(false);
    }
  });
});

for (const [width, height] of [
  [320, 240],
  [800, 450],
  [1920, 1080],
] as const) {
  test.describe(`an embed of BRICS at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    test("draws no country twice", async ({ atlas }) => {
      await atlas.open("?embed=1&bloc=brics");
      const { twice, why } = await atlas.showsAPlaceTwice();
      expect(twice, why).toBe(false);
    });
  });
}

test("the full app draws no country twice, however far out a person zooms", async ({ atlas, page }) => {
  await atlas.open("?bloc=brics");
  const box = await atlas.map.boundingBox();
  if (!box) throw new Error("the map has no box");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const zoomOf = async () => Number(((await atlas.map.getAttribute("data-view")) ?? "0,0,0").split(",")[2]);
  // Out until the zoom stops going down: the map's floor.
  for (let step = 0; step < 10; step++) {
    const before = await zoomOf();
    await page.mouse.wheel(0, 2000);
    await atlas.waitForMap();
    if ((await zoomOf()) >= before) break;
  }
  const { twice, why } = await atlas.showsAPlaceTwice();
  expect(twice, why).toBe(false);
});

test("the full app still pans across the antimeridian, from Fiji to Tuvalu's east", async ({
  atlas,
  page,
}) => {
  await atlas.open("?country=FJI");
  const { x, y } = await atlas.pixelOf([178, -17.8]);
  // Drag the map west by a third of its width: the view moves east, across 180°.
  const box = await atlas.map.boundingBox();
  if (!box) throw new Error("the map has no box");
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - box.width / 3, y, { steps: 10 });
  await page.mouse.up();
  await atlas.waitForMap();
  const [lon = 0] = ((await atlas.map.getAttribute("data-view")) ?? "").split(",").map(Number);
  // East of 180° the centre reads as a western longitude (or past 180 before it wraps).
  expect(lon < 0 || lon > 180, `centre at ${lon}`).toBe(true);
  const { twice, why } = await atlas.showsAPlaceTwice();
  expect(twice, why).toBe(false);
});
