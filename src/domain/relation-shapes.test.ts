import { describe, expect, it } from "vitest";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import { relationShapes } from "./relation-shapes";
import { NO_FILTERS } from "./relations";

const data = readCheckedData();
const SPEECH = data.dataset.speech.date;

describe("relationShapes: rings of one-party agreements", () => {
  const shapes = relationShapes(data, NO_FILTERS, SPEECH);
  const ringOf = (id: string) => shapes.find((s) => s.id === id);

  it("draws the CWC and the OPCW's decision, at the same place, as different rings", () => {
    const convention = ringOf("chemical-weapons-convention");
    const decision = ringOf("opcw-attribution-decision");
    expect(convention?.point).toBeDefined();
    expect(decision?.point).toEqual(convention?.point);
    expect(decision?.ring).not.toBe(convention?.ring);
  });

  it("numbers every ring at a place apart, from 0", () => {
    const byPlace = new Map<string, number[]>();
    for (const { point, ring } of shapes) {
      if (!point) continue;
      const key = point.join(",");
      byPlace.set(key, [...(byPlace.get(key) ?? []), ring ?? 0]);
    }
    for (const rings of byPlace.values()) expect([...rings].sort()).toEqual(rings.map((_, i) => i));
  });
});
