import { describe, expect, it } from "vitest";
import { readCheckedData, readTourFiles } from "../../scripts/lib/dataset-files";
import { compilePublishedSchema } from "../../scripts/lib/published-schema";
import { formatProblem } from "./validate";
import { validateTour } from "./validate-tours";

const { dataset, countries } = readCheckedData();
const context = { dataset, countryCodes: new Set(Object.keys(countries)) };
const [argument] = readTourFiles();
if (!argument) throw new Error("data/tours/ must hold the argument tour");
const FILE = "data/tours/argument.json";

type Step = { id: string; caption: string; view: Record<string, unknown>; quote?: string; revisit?: boolean };
type TourJson = { id: string; followsSpeech?: boolean; steps: Step[] };

/** The real tour with one change: each test breaks it in one place. */
function broken(change: (tour: TourJson) => void): string[] {
  const tour = structuredClone(argument?.json) as TourJson;
  change(tour);
  const result = validateTour(tour, FILE, context);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("validateTour", () => {
  it("accepts the argument tour", () => {
    expect(validateTour(argument.json, argument.file, context)).toMatchObject({ ok: true });
    expect(argument.file).toBe(FILE);
  });

  it("names a view that points at nothing", () => {
    expect(
      broken((t) => {
        t.steps[1]!.view = { bloc: "nato" };
        t.steps[2]!.view = { country: "XKX" };
      }),
    ).toEqual([
      `${FILE}: $.steps[1].view.bloc: there is no bloc "nato" in this dataset`,
      `${FILE}: $.steps[2].view.country: there is no country "XKX" on the map`,
    ]);
  });

  it("refuses a view with two things in focus, as the URL shows only one", () => {
    expect(broken((t) => (t.steps[0]!.view = { bloc: "asean", agreement: "eaeu-vietnam-fta" }))).toEqual([
      `${FILE}: $.steps[0].view: a view shows one of bloc, agreement, not 2`,
    ]);
  });

  it("names an unknown quote, a duplicate step id and an empty caption", () => {
    expect(
      broken((t) => {
        t.steps[3]!.quote = "no-such-quote";
        t.steps[4]!.id = t.steps[0]!.id;
      }),
    ).toEqual([
      `${FILE}: $.steps[3].quote: there is no quote "no-such-quote" in this dataset`,
      `${FILE}: $.steps[4].id: duplicate step id "reshaping" (also $.steps[0])`,
    ]);
    expect(broken((t) => (t.steps[0]!.caption = "   "))).toEqual([`${FILE}: $.steps[0].caption: must not be empty`]);
  });

  it("refuses a date before the speech, an unknown filter value and an unknown field", () => {
    expect(broken((t) => (t.steps[0]!.view = { asof: "2018-01-01" }))).toEqual([
      `${FILE}: $.steps[0].view.asof: 2018-01-01 is before the speech (2019-02-25)`,
    ]);
    expect(broken((t) => (t.steps[0]!.view = { type: ["treaty"] }))).toHaveLength(1);
    expect(broken((t) => (t.steps[0]!.view = { zoom: 3 }))).toEqual([
      `${FILE}: $.steps[0].view: unknown field "zoom"`,
    ]);
  });

  it("takes a comparison as a step, and names one that points at nothing or has no bloc", () => {
    expect(broken((t) => (t.steps[0]!.view = { compare: ["brics", "sco"], roles: "all" }))).toEqual([]);
    expect(broken((t) => (t.steps[0]!.view = { bloc: "brics", since: "speech", asof: "today" }))).toEqual([]);
    expect(
      broken((t) => {
        t.steps[0]!.view = { compare: ["brics", "nato"] };
        t.steps[1]!.view = { since: "speech" };
        t.steps[2]!.view = { bloc: "brics", since: "2024-01-01", asof: "2023-01-01" };
        t.steps[3]!.view = { bloc: "brics", roles: "all" };
      }),
    ).toEqual([
      `${FILE}: $.steps[0].view.compare[1]: there is no bloc "nato" in this dataset`,
      `${FILE}: $.steps[1].view.since: since needs a bloc: one bloc between two dates`,
      `${FILE}: $.steps[2].view.since: 2024-01-01 is not before asof (2023-01-01)`,
      `${FILE}: $.steps[3].view.roles: roles is for a comparison (compare, or bloc with since)`,
    ]);
  });

  it("wants the tour in a file named after its id", () => {
    expect(validateTour(argument.json, "data/tours/other.json", context)).toMatchObject({
      ok: false,
      problems: [{ path: "$.id", message: 'the tour "argument" must be in a file named argument.json' }],
    });
  });
});

describe("words a caption or notes put in quotation marks", () => {
  it("must be the speaker's, from a quote in the dataset (case aside)", () => {
    const tour = argument.json as TourJson & { steps: (Step & { notes?: string })[] };
    const centre = tour.steps.findIndex((step) => step.id === "asean-centre");
    expect(
      broken((t) => {
        const step = t.steps[centre]! as Step & { notes?: string };
        step.caption = "Against both, he puts ASEAN “at the centre of the region's security”.";
        step.notes = "“This concept undermines the ASEAN-centricity”, he says of the Indo-Pacific.";
      }),
    ).toEqual([
      `${FILE}: $.steps[${centre}].caption: “at the centre of the region's security” is in quotation marks, but no quote of the speaker holds these words`,
    ]);
  });
});

/** Where a step of the argument tour is, by id: the order tests move steps by name. */
function at(tour: TourJson, id: string): number {
  const index = tour.steps.findIndex((step) => step.id === id);
  if (index < 0) throw new Error(`fixture: no step ${id}`);
  return index;
}

/** Broken fixture: the argument tour with MESA after the Indo-Pacific, as the first draft had it. */
function indoPacificFirst(t: TourJson): void {
  const mesa = at(t, "mesa");
  const [step] = t.steps.splice(mesa, 1);
  t.steps.splice(at(t, "indo-pacific") + 1, 0, step!);
}

describe("a tour that says it follows the speech (followsSpeech)", () => {
  const tour = argument.json as TourJson;
  const MESA = at(tour, "mesa");
  const INDO_PACIFIC = at(tour, "indo-pacific");

  it("is what the argument tour says, and its steps' quotes come in transcript order", () => {
    expect(tour.followsSpeech).toBe(true);
    expect(tour.steps.filter((step) => step.revisit).map((step) => step.id)).toEqual([
      "ric-in-both",
      "brics-now",
      "sco-now",
    ]);
    expect(broken(() => undefined)).toEqual([]);
  });

  it("refuses a step whose quote comes before an earlier step's (MESA after the Indo-Pacific)", () => {
    expect(broken(indoPacificFirst)).toEqual([
      `${FILE}: $.steps[${INDO_PACIFIC}].quote: "mesa-imposed" starts at character 2681, before ` +
        `"indo-pacific-imposed" (character 3226) of $.steps[${MESA}]: the tour says it follows the speech ` +
        `(followsSpeech), so put the steps in the transcript's order, or mark a step that goes back "revisit": true`,
    ]);
  });

  it("refuses a step that goes back without saying so, and a revisit that goes forward or has no quote", () => {
    expect(broken((t) => delete t.steps[at(t, "brics-now")]!.revisit)).toEqual([
      expect.stringMatching(
        new RegExp(`^${FILE}: \\$\\.steps\\[${at(tour, "brics-now")}\\]\\.quote: "brics-natural" starts at character 2128, before "vietnam-unsc-candidate"`),
      ),
    ]);
    expect(broken((t) => (t.steps[MESA]!.revisit = true))).toEqual([
      `${FILE}: $.steps[${MESA}].quote: "mesa-imposed" starts at character 2681, but the furthest an earlier ` +
        `step reached is character 2488 ($.steps[${at(tour, "asean")}], "asean-formed"): a revisit goes back to words already shown`,
    ]);
    expect(
      broken((t) => {
        t.steps[0]!.revisit = true;
        delete t.steps[at(t, "sco-now")]!.quote;
      }),
    ).toEqual([
      `${FILE}: $.steps[0].quote: "natural-reconfiguration" starts at character 1578, but no earlier step has a quote: ` +
        "a revisit goes back to words already shown",
      `${FILE}: $.steps[${at(tour, "sco-now")}].revisit: a step that goes back needs the quote it goes back to`,
    ]);
  });

  it("leaves a tour that does not claim the speech's order free to go in any order, without revisits", () => {
    expect(
      broken((t) => {
        delete t.followsSpeech;
        indoPacificFirst(t);
        for (const step of t.steps) delete step.revisit;
      }),
    ).toEqual([]);
    expect(broken((t) => delete t.followsSpeech)).toEqual([
      `${FILE}: $.steps[${at(tour, "ric-in-both")}].revisit: revisit is for a tour that follows the speech (followsSpeech: true)`,
      `${FILE}: $.steps[${at(tour, "brics-now")}].revisit: revisit is for a tour that follows the speech (followsSpeech: true)`,
      `${FILE}: $.steps[${at(tour, "sco-now")}].revisit: revisit is for a tour that follows the speech (followsSpeech: true)`,
    ]);
  });
});

describe("data/schema/tour.schema.json", () => {
  const validate = compilePublishedSchema("tour.schema.json");

  it("accepts the argument tour, and refuses what the app's schema refuses", () => {
    expect(validate(argument.json)).toBe(true);
    for (const change of [
      (t: TourJson) => (t.steps[0]!.caption = " "),
      (t: TourJson) => (t.steps = []),
      (t: TourJson) => (t.steps[0]!.view = { asof: "yesterday" }),
      (t: TourJson) => (t.steps[0]!.view = { compare: ["brics"] }),
      (t: TourJson) => (t.steps[0]!.view = { bloc: "brics", since: "later" }),
      (t: TourJson) => (t.followsSpeech = false),
      (t: TourJson) => (t.steps[0]!.revisit = false),
    ]) {
      const tour = structuredClone(argument.json) as TourJson;
      change(tour);
      expect(validate(tour), JSON.stringify(tour.steps[0])).toBe(false);
      expect(validateTour(tour, FILE, context).ok).toBe(false);
    }
  });
});
