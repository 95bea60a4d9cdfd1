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
    const outside: string[] = [];
    for (const code of codes) {
      const entry = countryIndex[code];
      if (!entry) continue;
      const { x, y } = await atlas.pixelOf(entry.anchor);
      const inMap = x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
      const underLegend =
        x >= legend.x && x <= legend.x + legend.width && y >= legend.y && y <= legend.y + legend.height;
      if (!inMap || underLegend) outside.push(`${code} at ${x.toFixed(0)},${y.toFixed(0)}`);
    }
    expect(outside, `step ${index + 1} (${step.id})`).toEqual([]);
  }
});
