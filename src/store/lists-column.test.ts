import { describe, expect, it } from "vitest";
import { EMPTY_SELECTION } from "./atlas-store";
import { listsColumnOpen } from "./lists-column";

const asean = { ...EMPTY_SELECTION, blocId: "asean" };

describe("listsColumnOpen", () => {
  it("folds the lists on a narrow desk while something is selected", () => {
    expect(
      listsColumnOpen({ choice: undefined, roomForThree: false, selection: asean, pickingPair: false }),
    ).toBe(false);
    for (const selection of [
      { ...EMPTY_SELECTION, compare: ["brics", "sco"] as const },
      { ...EMPTY_SELECTION, agreementId: "eaeu-vietnam-fta" },
      { ...EMPTY_SELECTION, coChairId: "x" },
      { ...EMPTY_SELECTION, country: "VNM" },
    ]) {
      expect(listsColumnOpen({ choice: undefined, roomForThree: false, selection, pickingPair: false })).toBe(
        false,
      );
    }
  });

  it("opens them when nothing is selected, when there is room, or while a pair is picked", () => {
    expect(
      listsColumnOpen({
        choice: undefined,
        roomForThree: false,
        selection: EMPTY_SELECTION,
        pickingPair: false,
      }),
    ).toBe(true);
    expect(
      listsColumnOpen({ choice: undefined, roomForThree: true, selection: asean, pickingPair: false }),
    ).toBe(true);
    expect(
      listsColumnOpen({ choice: undefined, roomForThree: false, selection: asean, pickingPair: true }),
    ).toBe(true);
  });

  it("keeps the user's choice either way", () => {
    expect(listsColumnOpen({ choice: true, roomForThree: false, selection: asean, pickingPair: false })).toBe(
      true,
    );
    expect(
      listsColumnOpen({ choice: false, roomForThree: true, selection: EMPTY_SELECTION, pickingPair: true }),
    ).toBe(false);
  });
});
