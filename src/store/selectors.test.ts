import { describe, expect, it } from "vitest";
import { EN } from "../i18n/translators.fixture";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import { EMPTY_SELECTION } from "./atlas-store";
import { WORLD_BOUNDS, cameraFor, entityIndex, highlightFor, readerFocusFor } from "./selectors";
import { blocLabelsFor } from "../domain/label-anchors";

const data = readCheckedData();
const SPEECH = "2019-02-25";

describe("highlightFor", () => {
  it("colours ASEAN's ten members and Papua New Guinea as an observer on the speech date", () => {
    expect(highlightFor(data, { ...EMPTY_SELECTION, blocId: "asean" }, SPEECH)).toEqual({
      members: ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"],
      associates: ["PNG"],
    });
  });

  it("colours nothing with no bloc or an unknown one", () => {
    expect(highlightFor(data, EMPTY_SELECTION, SPEECH).members).toEqual([]);
    expect(highlightFor(data, { ...EMPTY_SELECTION, blocId: "nope" }, SPEECH).members).toEqual([]);
  });

  it("colours an agreement's country party strongly and a bloc party's members lightly", () => {
    expect(highlightFor(data, { ...EMPTY_SELECTION, agreementId: "eaeu-vietnam-fta" }, SPEECH)).toEqual({
      members: ["VNM"],
      associates: ["ARM", "BLR", "KAZ", "KGZ", "RUS"],
    });
  });

  it("colours both co-chairs", () => {
    expect(highlightFor(data, { ...EMPTY_SELECTION, coChairId: "arf-ism-cttc" }, SPEECH).members).toEqual([
      "IDN",
      "RUS",
    ]);
  });
});

describe("cameraFor", () => {
  it("fits a bloc's members and keys the request by bloc", () => {
    const camera = cameraFor(data, { ...EMPTY_SELECTION, blocId: "asean" }, SPEECH);
    expect(camera.key).toBe("focus:asean:2019-02-25");
    const [west, south, east, north] = camera.bounds;
    expect(west).toBeGreaterThan(90);
    expect(east).toBeLessThan(142); // Indonesia reaches 141°E in Papua
    expect(south).toBeLessThan(0);
    expect(north).toBeGreaterThan(20);
  });

  it("carries the latitudes of the members' anchor points, kept in view where the bounds do not fit", () => {
    const camera = cameraFor(data, { ...EMPTY_SELECTION, compare: ["brics", "sco"] }, SPEECH);
    const [south, north] = camera.anchorLatitudes!;
    expect(south).toBeGreaterThan(camera.bounds[1]);
    expect(north).toBeLessThan(camera.bounds[3]);
  });

  it("crosses the antimeridian for APEC rather than spanning the world", () => {
    const [west, , east] = cameraFor(data, { ...EMPTY_SELECTION, blocId: "apec" }, SPEECH).bounds;
    expect(east - west).toBeLessThan(300);
    expect(east).toBeGreaterThan(180);
  });

  it("does not move for a country clicked on the map, but goes to one picked from a list", () => {
    const clicked = { ...EMPTY_SELECTION, blocId: "asean", country: "VNM" };
    expect(cameraFor(data, clicked, SPEECH).key).toBe("focus:asean:2019-02-25");
    expect(cameraFor(data, { ...clicked, focusCountry: true }, SPEECH).key).toBe("country:VNM");
  });

  it("shows the world for no selection and for a bloc with no members", () => {
    expect(cameraFor(data, EMPTY_SELECTION, SPEECH)).toEqual({ key: "world", bounds: WORLD_BOUNDS });
    expect(cameraFor(data, { ...EMPTY_SELECTION, blocId: "asia-pacific" }, SPEECH).bounds).toEqual(
      WORLD_BOUNDS,
    );
  });
});

describe("blocLabelsFor", () => {
  it("labels every bloc with members, smaller blocs ranked first", () => {
    const labels = blocLabelsFor(data, SPEECH);
    expect(labels.map((l) => l.blocId)).not.toContain("asia-pacific");
    expect(labels.find((l) => l.blocId === "brics")).toMatchObject({ rank: 5, label: "BRICS" });
    const asean = labels.find((l) => l.blocId === "asean")!;
    expect(asean.position[0]).toBeGreaterThan(95);
    expect(asean.position[0]).toBeLessThan(125);
  });
});

describe("readerFocusFor", () => {
  const entities = entityIndex(data.dataset);

  it("marks the passages about the selected bloc", () => {
    const focus = readerFocusFor(EN, data, entities, { ...EMPTY_SELECTION, blocId: "ric" });
    expect(focus?.label).toBe("RIC");
    expect([...(focus?.quoteIds ?? [])].sort()).toEqual([
      "natural-reconfiguration",
      "natural-versus-artificial",
      "ric-origin",
    ]);
  });

  it("marks the passages naming a country when nothing else is selected", () => {
    const focus = readerFocusFor(EN, data, entities, { ...EMPTY_SELECTION, country: "ISR" });
    expect(focus).toEqual({ label: "Israel", quoteIds: new Set(["mesa-israel"]) });
  });

  it("marks nothing with nothing selected", () => {
    expect(readerFocusFor(EN, data, entities, EMPTY_SELECTION)).toBeUndefined();
  });
});
