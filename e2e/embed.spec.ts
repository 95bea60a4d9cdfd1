import { DARK_COLORS } from "../src/domain/palette";
import { countryIndex } from "./atlas-driver";
import { ASEAN_MEMBERS_2019, IN_VIETNAM } from "./dataset";
import { framedAtlas, openHostPage, receivedOfType, waitForFramedMap } from "./embed-host";
import { expect, test } from "./fixtures";

const OPEN_SEA = [93, -2] as const;

const SIZES = [
  { width: 320, height: 240 },
  { width: 800, height: 450 },
  { width: 1920, height: 1080 },
];

for (const { width, height } of SIZES) {
  test(`an ASEAN embed in a ${width}×${height} frame highlights its members, fits the frame and says its height`, async ({
    page,
    baseURL,
    hostServer,
  }) => {
    await page.setViewportSize({ width: width + 40, height: height + 40 });
    await openHostPage(
      page,
      hostServer,
      `<iframe src="${baseURL}?embed=1&bloc=asean" title="ASEAN" width="${width}" height="${height}" style="border:0;display:block"></iframe>`,
    );
    const { atlas, frame } = framedAtlas(page);
    await waitForFramedMap(atlas);
    expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
      "ASEAN: Association of Southeast Asian Nations",
    );
    await expect(frame.getByRole("link", { name: /Open in Bloc Atlas/ })).toHaveAttribute(
      "href",
      /\/\?bloc=asean$/,
    );

    // Every element lies inside the frame, the page does not scroll, and the blocks do not overlap.
    const layout = await frame.locator("body").evaluate(() => {
      const outside = [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return false;
          return (
            box.left < -0.5 ||
            box.top < -0.5 ||
            box.right > innerWidth + 0.5 ||
            box.bottom > innerHeight + 0.5
          );
        })
        .map((element) => element.className || element.tagName);
      const blocks = [...document.querySelectorAll(".embed > *")].map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.className, top: box.top, bottom: box.bottom, height: box.height };
      });
      const scrolls =
        document.documentElement.scrollHeight > innerHeight ||
        document.documentElement.scrollWidth > innerWidth;
      return { outside, blocks, scrolls };
    });
    expect(layout.outside).toEqual([]);
    expect(layout.scrolls).toBe(false);
    for (const [above, below] of layout.blocks
      .slice(0, -1)
      .map((b, i) => [b, layout.blocks[i + 1]!] as const)) {
      expect(above.bottom, `${above.name} above ${below.name}`).toBeLessThanOrEqual(below.top + 0.5);
    }
    const map = layout.blocks.find((b) => b.name.includes("embed-map"));
    expect(map?.height, "the map keeps most of the frame").toBeGreaterThan(height * 0.45);

    await expect
      .poll(async () => (await receivedOfType(page, "bloc-atlas:height")).length)
      .toBeGreaterThan(0);
    const heights = await receivedOfType(page, "bloc-atlas:height");
    // A host sizes the frame from the first message it hears, so that one names the view too.
    expect(heights[0]?.data.view, "the first height message's view").toBe("?bloc=asean");
    const message = heights.at(-1);
    expect(message?.origin).toBe(new URL(baseURL ?? "").origin);
    expect(message?.data.view).toBe("?bloc=asean");
    expect(typeof message?.data.height).toBe("number");
  });
}

test("with embed.js a frame takes the height the embed asks for, and one with a height attribute keeps it", async ({
  page,
  baseURL,
  hostServer,
}) => {
  await openHostPage(
    page,
    hostServer,
    `<iframe id="auto" src="${baseURL}?embed=1&bloc=asean" title="ASEAN" style="width:600px;height:150px;border:0"></iframe>
     <iframe id="fixed" src="${baseURL}?embed=1&bloc=brics" title="BRICS" height="300" style="width:600px;border:0"></iframe>
     <script src="${baseURL}embed.js"></script>`,
  );
  await waitForFramedMap(framedAtlas(page, "#auto").atlas);
  await waitForFramedMap(framedAtlas(page, "#fixed").atlas);
  await expect
    .poll(async () => {
      const heights = (await receivedOfType(page, "bloc-atlas:height")).map((m) => m.data.height);
      const frameHeight = await page.locator("#auto").evaluate((f) => f.getBoundingClientRect().height);
      return heights.includes(frameHeight) && frameHeight > 150;
    })
    .toBe(true);
  expect(await page.locator("#fixed").evaluate((f) => f.getBoundingClientRect().height)).toBe(300);
});

test("the wheel over an embed scrolls the host page, not the map", async ({ page, baseURL, hostServer }) => {
  await openHostPage(
    page,
    hostServer,
    `<iframe src="${baseURL}?embed=1&bloc=asean" title="ASEAN" width="800" height="450" style="border:0;display:block"></iframe>
     <div style="height:3000px">Article text goes on below the map.</div>`,
  );
  const { atlas } = framedAtlas(page);
  await waitForFramedMap(atlas);
  const viewBefore = await atlas.map.getAttribute("data-view");
  await page.mouse.move(400, 225);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // The map took the wheel as a hint, not a zoom: it says how to zoom and stays where it was.
  await expect(framedAtlas(page).frame.getByText(/Use Ctrl \+ scroll to zoom the map/)).toBeVisible();
  expect(await atlas.map.getAttribute("data-view")).toBe(viewBefore);
});

const PNG_HIGHLANDS: [number, number] = [145.4, -6.1];

test("a dark embed draws a dark map: the sea and the members in the dark palette", async ({
  atlas,
  page,
}) => {
  await atlas.open("?embed=1&bloc=asean&theme=dark");
  await page.mouse.move(0, 0);
  expect(await atlas.colourAt(countryIndex.IDN!.anchor)).toBe(DARK_COLORS.member);
  // The Indian Ocean west of Sumatra, clear of lines and labels in ASEAN's view.
  expect(await atlas.colourAt(OPEN_SEA)).toBe(DARK_COLORS.sea);
  // Papua New Guinea's highlands, beside its anchor, which carries APEC's label.
  expect(await atlas.colourAt(PNG_HIGHLANDS)).toBe(DARK_COLORS.associate);
  // Central India: land in no part of ASEAN.
  expect(await atlas.colourAt([78, 20])).toBe(DARK_COLORS.land);
});

test("theme=auto follows the system's dark setting", async ({ atlas, page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await atlas.open("?embed=1&bloc=asean&theme=auto");
  await page.mouse.move(0, 0);
  expect(await atlas.colourAt(OPEN_SEA)).toBe(DARK_COLORS.sea);
  await page.emulateMedia({ colorScheme: "light" });
  await atlas.waitForMap();
  expect(await atlas.colourAt(OPEN_SEA)).not.toBe(DARK_COLORS.sea);
});

test("the options hide the title, legend and quote; the default shows the first quote about the bloc", async ({
  atlas,
  page,
}) => {
  await atlas.open("?embed=1&agreement=eaeu-vietnam-fta");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("EAEU–Vietnam FTA");
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("Free trade agreement");
  await expect(page.locator(".embed-quote blockquote")).toContainText("the EAEU and Vietnam have signed");
  await expect(page.getByRole("link", { name: /Read it in the speech/ })).toHaveAttribute(
    "href",
    /\?agreement=eaeu-vietnam-fta&quote=/,
  );
  // No lists, tabs or filters in an embed.
  await expect(page.getByRole("tab")).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);

  await atlas.open("?embed=1&agreement=eaeu-vietnam-fta&title=0&legend=0&quote=0");
  expect(await atlas.highlighted()).toEqual(["VNM"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Legend" })).toHaveCount(0);
  await expect(page.locator(".embed-quote")).toHaveCount(0);
  await expect(page.getByText(/Bloc Atlas · Natural Earth · transcript/)).toBeVisible();
});

test("a still embed (interactive=0) opens a clicked country in the full app, in a new tab", async ({
  atlas,
  page,
}) => {
  await atlas.open("?embed=1&bloc=asean&interactive=0");
  const viewBefore = await atlas.map.getAttribute("data-view");
  const [popup] = await Promise.all([page.waitForEvent("popup"), atlas.clickMapAt(IN_VIETNAM)]);
  await expect(popup).toHaveURL(/\/\?bloc=asean&country=VNM$/);
  await popup.close();
  // The embed itself stays as it was: no selection, no camera move.
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  expect(await atlas.map.getAttribute("data-view")).toBe(viewBefore);
  // Not even Ctrl + wheel, which zooms an interactive embed, moves a still one.
  await page.mouse.move(640, 400);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -600);
  await page.keyboard.up("Control");
  await atlas.waitForMap();
  expect(await atlas.map.getAttribute("data-view")).toBe(viewBefore);
});

test("a bad embed option shows a notice and the embed still works", async ({ atlas }) => {
  await atlas.open("?embed=1&bloc=asean&theme=sepia&legend=maybe");
  await expect(atlas.notice()).toContainText(
    "The embed options could not be read in full: “maybe” is not a value for legend (0 or 1); “sepia” is not a theme (light, dark or auto).",
  );
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
});
