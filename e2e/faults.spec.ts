import { COLORS } from "../src/domain/palette";
import { ASEAN_MEMBERS_2019, countries } from "./dataset";
import { expect, test, refuseWebGL } from "./fixtures";

/** A point in central India, clear of the labels that sit on its anchor. */
const IN_CENTRAL_INDIA: [number, number] = [78, 20];

/**
 * Faults a presenter meets on a machine nobody prepared: each gives one clear message where it
 * happens, and the rest of the app keeps working.
 */

test("with no WebGL the map's place says so and lists what it would colour; the lists and panels work", async ({
  atlas,
  page,
}) => {
  await refuseWebGL(page);
  await page.goto("./?bloc=asean");
  const alert = atlas.map.getByRole("alert");
  await expect(alert).toContainText("This browser cannot draw the map (WebGL 2 is off)");
  await expect(alert).toContainText(
    "Association of Southeast Asian Nations: 10 countries coloured, Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, Singapore, Thailand, Vietnam.",
  );
  await expect(atlas.map).toHaveAttribute("data-failure", "webgl");
  expect((await atlas.map.getAttribute("data-highlighted"))?.split(",")).toEqual(ASEAN_MEMBERS_2019);
  await expect(atlas.panelTitle()).toContainText("Association of Southeast Asian Nations");

  // Another bloc from the list (folded on a desk while a bloc is shown, as here): the panel and the
  // words in the map's place follow.
  await atlas.showLists();
  await atlas.blocButton("ric").click();
  await expect(atlas.panelTitle()).toContainText("Russia–India–China");
  await expect(alert).toContainText("3 countries coloured, China, India, Russia.");
});

test("country shapes that cannot be fetched: a message with Retry, and Retry draws the map", async ({
  atlas,
  page,
  consoleErrors,
}) => {
  let refuse = true;
  await page.route("**/geo/tiles/**", (route) => (refuse ? route.abort("failed") : route.continue()));
  await page.goto("./?bloc=asean");
  const alert = atlas.map.getByRole("alert");
  await expect(alert).toContainText("The map's country shapes could not be loaded");
  await expect(atlas.map).toHaveAttribute("data-failure", "geometry");
  // The rest of the app needs no geometry.
  await expect(atlas.panelTitle()).toContainText("Association of Southeast Asian Nations");

  refuse = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await atlas.waitForMap();
  await expect(alert).toHaveCount(0);
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  expect(await atlas.colourAt(countries.IDN!.anchor)).toBe(COLORS.member);
  // The browser reports each refused tile; those, and only those, were expected.
  const refused = consoleErrors.filter((line) => line.includes("Failed to load resource"));
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((line) => !refused.includes(line)));
});

test("a dataset that cannot be fetched: a message with Retry instead of a blank page, and Retry loads it", async ({
  atlas,
  page,
  consoleErrors,
}) => {
  let refuse = true;
  await page.route(/\/assets\/dataset-[^/]*\.json$/, (route) =>
    refuse ? route.abort("failed") : route.continue(),
  );
  await page.goto("./?bloc=asean");
  const failure = page.getByRole("alert");
  await expect(failure.getByRole("heading")).toHaveText("The dataset could not be loaded");
  await expect(failure).toContainText("the server did not answer");
  refuse = false;
  await failure.getByRole("button", { name: "Retry" }).click();
  await atlas.waitForMap();
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  const refused = consoleErrors.filter((line) => line.includes("Failed to load resource"));
  expect(refused.length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((line) => !refused.includes(line)));
});

test("the map's WebGL context lost and restored (a projector unplugged and back): the same view returns", async ({
  atlas,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await atlas.open("?bloc=asean");
  const view = await atlas.map.getAttribute("data-view");
  // The extension is taken while the context is alive: a lost context offers none.
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".map-view canvas");
    const extension = canvas?.getContext("webgl2")?.getExtension("WEBGL_lose_context");
    if (!extension) throw new Error("no WEBGL_lose_context");
    (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
  });
  const loseContext = (method: "loseContext" | "restoreContext") =>
    page.evaluate(
      (name) => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext[name](),
      method,
    );
  await loseContext("loseContext");
  await expect(atlas.map).toHaveAttribute("data-failure", "context-lost");
  await expect(atlas.map.getByRole("alert")).toContainText("lost its graphics context");
  await loseContext("restoreContext");
  await expect(atlas.map).not.toHaveAttribute("data-failure");
  await atlas.waitForMap();
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  expect(await atlas.map.getAttribute("data-view")).toBe(view);
  expect(await atlas.colourAt(countries.IDN!.anchor)).toBe(COLORS.member);
  // Still answers: a new selection draws.
  await atlas.selectBloc("ric");
  expect(await atlas.colourAt(IN_CENTRAL_INDIA)).toBe(COLORS.member);
});

test("the first paint is the page's frame, not a line of text on a blank page", async ({ atlas, page }) => {
  // Hold the dataset back, to see what is painted before it arrives.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/dataset-[^/]*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByRole("banner")).toContainText("Bloc Atlas");
  await expect(page.getByRole("main")).toContainText("Loading the speech's blocs and agreements…");
  await expect(page.getByRole("complementary", { name: "Details" })).toBeAttached();
  release();
  await atlas.waitForMap();
  await expect(atlas.blocButtons().first()).toBeVisible();
});
