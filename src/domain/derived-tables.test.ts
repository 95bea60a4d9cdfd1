import { describe, expect, it } from "vitest";
import path from "node:path";
import { checkDatasetFolder } from "../../scripts/lib/check-dataset-folder";
import { projectRoot, readCheckedData } from "../../scripts/lib/dataset-files";
import { changePointsOf, deriveTables, epochOf, nextDay, relabelTables, snapshotOn } from "./derived-tables";
import { localizeDataset } from "./localize";
import { blocLabelsFor } from "./label-anchors";
import { memberCodesOn } from "./memberships";
import { relationShapes } from "./relation-shapes";
import { NO_FILTERS } from "./relations";

const data = readCheckedData();
const tables = deriveTables(data);

/** What the app would derive for the day without the tables. */
function computedOn(day: string) {
  return {
    labels: blocLabelsFor(data, day),
    relations: relationShapes(data, NO_FILTERS, day),
    memberCounts: Object.fromEntries(data.dataset.blocs.map((b) => [b.id, memberCodesOn(b, day).length])),
  };
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

describe("derived tables", () => {
  it("give what the domain derives on every day a view can change, and the day before", () => {
    const days = new Set<string>();
    for (const point of tables.changePoints) {
      const first = point.length === 4 ? `${point}-01-01` : point.length === 7 ? `${point}-01` : point;
      days.add(first);
      days.add(previousDay(first));
    }
    for (const day of days) expect(snapshotOn(tables, data.dataset.blocs, day), day).toEqual(computedOn(day));
  }, 120_000);

  it("give what the domain derives on days between changes, from 1990 to 2035", () => {
    for (let day = "1990-01-01"; day < "2035-01-01";) {
      expect(snapshotOn(tables, data.dataset.blocs, day), day).toEqual(computedOn(day));
      for (let i = 0; i < 47; i++) day = nextDay(day);
    }
  }, 120_000);

  it("share a snapshot between epochs that look the same", () => {
    expect(tables.snapshots.length).toBeLessThan(tables.epochSnapshots.length);
    expect(tables.epochSnapshots).toHaveLength(tables.changePoints.length + 1);
  });

  it("take every date the dataset writes as a change point, and the day after the last day it covers", () => {
    const points = changePointsOf(data.dataset);
    expect(points).toContain("2019-02-25");
    const bloc = data.dataset.blocs.find((b) => b.participants.some((p) => p.until !== undefined));
    const until = bloc?.participants.find((p) => p.until !== undefined)?.until;
    expect(until && points).toContain(until);
    expect(points).toContain("2021-01-01"); // after 2020, as a year
  });
});

describe("relabelTables", () => {
  it("gives the tables another language's data derives, renaming only the labels", () => {
    const folder = checkDatasetFolder(path.join(projectRoot, "data"));
    if (!folder.ok) throw new Error(folder.lines.join("\n"));
    const russian = localizeDataset(data.dataset, folder.checked.translations.ru);
    const relabelled = relabelTables(tables, russian.blocs);
    const derived = deriveTables({ dataset: russian, countries: data.countries }, tables.searchTerms);
    expect(relabelled).toEqual(derived);
    expect(relabelled.labels.find((label) => label.blocId === "asean")?.label).toBe("АСЕАН");
  });
});

describe("epochOf", () => {
  it("counts the change points at or before a day", () => {
    const points = ["2019", "2019-02-25", "2020-01-01"];
    expect(epochOf(points, "2018-12-31")).toBe(0);
    expect(epochOf(points, "2019-01-01")).toBe(1);
    expect(epochOf(points, "2019-02-25")).toBe(2);
    expect(epochOf(points, "2019-12-31")).toBe(2);
    expect(epochOf(points, "2020-01-01")).toBe(3);
  });
});
