import { beforeEach, describe, expect, it } from "vitest";
import { resetAtlasStore, useAtlasStore } from "./atlas-store";

const TODAY = "2026-11-28";
const store = () => useAtlasStore.getState();

describe("showBlocSince", () => {
  beforeEach(resetAtlasStore);

  it("shows the bloc from `since` to today when the speech's date is shown", () => {
    store().compareBlocs("brics", "sco");
    store().showBlocSince("brics", "2019-02-25", TODAY);
    expect(store()).toMatchObject({ blocId: "brics", compare: undefined, since: "2019-02-25", asOf: TODAY });
  });

  it("keeps a date shown that is after `since` as the later end, and ends at today otherwise", () => {
    store().setAsOf("2024-06-01");
    store().showBlocSince("brics", "2019-02-25", TODAY);
    expect(store()).toMatchObject({ since: "2019-02-25", asOf: "2024-06-01" });
    store().showBlocSince("sco", "2024-06-01", TODAY);
    expect(store()).toMatchObject({ blocId: "sco", since: "2024-06-01", asOf: TODAY });
  });

  it("is one change, so a host hears one state event", () => {
    let changes = 0;
    const unsubscribe = useAtlasStore.subscribe(() => changes++);
    store().showBlocSince("brics", "2019-02-25", TODAY);
    unsubscribe();
    expect(changes).toBe(1);
  });
});
