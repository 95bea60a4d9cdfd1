import { serializeViewState } from "../src/store/url-state";
import { stepViewState } from "../src/store/tour-view";
import { localToday } from "../src/app/local-today";
import { countryIndex, type AtlasDriver } from "./atlas-driver";
import { argumentTour, speech } from "./dataset";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });

test("on a phone, every highlighted country of every step of the argument tour is in view, clear of the legend", async ({
  atlas,
}) => {
  // Twenty views, each framed and read: longer than one view. One page, moved through its URL.
  test.slow();
  await atlas.open("");
  for (const [index, step] of argumentTour.steps.entries()) {
    const query = serializeViewState(stepViewState(step, speech.date, localToday()), "");
    await atlas.goToView(query === "" ? "" : `?${query.replace(/^\?/, "")}`);
    const compared = Object.values(await atlas.compared()).flat();
    const codes = [...new Set([...(await atlas.highlighted()), ...compared])];
    expect(await unseenAnchors(atlas, codes), `step ${index + 1} (${step.id})`).toEqual([]);
  }
});

test("on a phone, opening the legend moves the camera so BRICS stays in view, clear of the open legend", async ({
  atlas,
}) => {
  // Known to fail: at the lowest zoom the map may take (the world as tall as this tall map) the
  // camera cannot move the world down, and BRICS's bounds (Brazil's coast to Chukotka) are too wide
  // for a closer zoom, so the refit on the legend's resize leaves the view as it was and Russia's
  // anchor under the open legend. A fix frames the members' anchor points, not their bounds, when
  // the bounds do not fit clear of the cover; then this line goes.
  test.fail();
  await atlas.open("?bloc=brics");
  const codes = await atlas.highlighted();
  expect(codes.length).toBeGreaterThan(0);
  expect(await unseenAnchors(atlas, codes), "with the legend closed").toEqual([]);
  const closed = await atlas.legend().boundingBox();

  await atlas.openPhoneLegend();
  const open = await atlas.legend().boundingBox();
  expect(open?.height, "the open legend is taller than its one line").toBeGreaterThan(closed?.height ?? 0);
  // The camera moves after the legend has opened: wait for a view that clears it, or time out.
  await expect.poll(() => unseenAnchors(atlas, codes), { message: "with the legend open" }).toEqual([]);
});

/**
 * Which of the countries' anchors lie outside the map or under its legend, with where they are.
 * Where the world repeats side by side, a place shows in whichever copy falls in the map.
 */
async function unseenAnchors(atlas: AtlasDriver, codes: readonly string[]): Promise<string[]> {
  const map = await atlas.map.boundingBox();
  const legend = await atlas.legend().boundingBox();
  if (!map || !legend) throw new Error("no map or legend box");
  const copies = (await atlas.map.getAttribute("data-world-copies")) === "true";
  const worldWidth = Number(await atlas.map.getAttribute("data-world-width"));
  const unseen: string[] = [];
  for (const code of codes) {
    const entry = countryIndex[code];
    if (!entry) continue;
    const { x, y } = await atlas.pixelOf(entry.anchor);
    const shifts = copies ? [0, -worldWidth, worldWidth] : [0];
    const seen = shifts.some((shift) => {
      const at = x + shift;
      const inMap = at >= map.x && at <= map.x + map.width && y >= map.y && y <= map.y + map.height;
      const underLegend =
        at >= legend.x && at <= legend.x + legend.width && y >= legend.y && y <= legend.y + legend.height;
      return inMap && !underLegend;
    });
    if (!seen) unseen.push(`${code} at ${x.toFixed(0)},${y.toFixed(0)}`);
  }
  return unseen;
}
