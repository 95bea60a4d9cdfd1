import { serializeViewState } from "../src/store/url-state";
import { stepViewState } from "../src/store/tour-view";
import { localToday } from "../src/app/local-today";
import { countryIndex } from "./atlas-driver";
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
    const map = await atlas.map.boundingBox();
    const legend = await atlas.legend().boundingBox();
    if (!map || !legend) throw new Error("no map or legend box");
    // Where the world repeats side by side, a place shows in whichever copy falls in the map.
    const copies = (await atlas.map.getAttribute("data-world-copies")) === "true";
    const worldWidth = Number(await atlas.map.getAttribute("data-world-width"));
    const outside: string[] = [];
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
      if (!seen) outside.push(`${code} at ${x.toFixed(0)},${y.toFixed(0)}`);
    }
    expect(outside, `step ${index + 1} (${step.id})`).toEqual([]);
  }
});
