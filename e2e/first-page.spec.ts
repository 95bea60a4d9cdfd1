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
  expect(requested.some((path) => path.endsWith("/geo/countries.topojson"))).toBe(true);
  expect(requested.some((path) => path.endsWith("/geo/country-points.geojson"))).toBe(true);
  expect(foreignRequests).toEqual([]);
});

test("the map canvas has WebGL content", async ({ atlas, page }) => {
  await atlas.open();
  const size = await page.locator(".map-view canvas").evaluate((canvas: HTMLCanvasElement) => ({
    width: canvas.width,
    height: canvas.height,
    webgl: canvas.getContext("webgl2") !== null || canvas.getContext("webgl") !== null,
  }));
  expect(size.width).toBeGreaterThan(300);
  expect(size.height).toBeGreaterThan(300);
  expect(size.webgl).toBe(true);
});
