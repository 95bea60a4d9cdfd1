import type { DeepReadonly } from "./deep-freeze";
import type { Dataset } from "./schema";
import { Tour, type TourView } from "./tour-schema";
import { describeIssue, jsonPath, type Problem } from "./validate";

export type TourResult = { ok: true; tour: Tour } | { ok: false; problems: Problem[] };

/** What a tour is checked against: the validated dataset and the codes of the countries drawn. */
export type TourContext = { readonly dataset: DeepReadonly<Dataset>; readonly countryCodes: ReadonlySet<string> };

/**
 * Checks one tour file (`data/tours/<id>.json`) against its schema and the dataset: its id is its
 * file name, step ids are unique, every view names things that exist and at most one of a bloc,
 * an agreement and a co-chairmanship (as the URL does), every quote exists, no date is before the
 * speech, words in quotation marks in a caption or notes are the speaker's, and a tour that says it
 * follows the speech (`followsSpeech`) has its steps' quotes in transcript order. Problems name the file and the JSON path, as the dataset's do.
 */
export function validateTour(json: unknown, file: string, data: TourContext): TourResult {
  const problems: Problem[] = [];
  const report = (path: readonly PropertyKey[], message: string) =>
    problems.push({ file, path: jsonPath(path), message });
  const parsed = Tour.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path, describeIssue(issue));
    return { ok: false, problems };
  }
  const tour = parsed.data;
  const { dataset } = data;
  const expectedFile = `${tour.id}.json`;
  if (!file.endsWith(`/${expectedFile}`) && file !== expectedFile)
    report(["id"], `the tour "${tour.id}" must be in a file named ${expectedFile}`);

  const seen = new Map<string, number>();
  tour.steps.forEach((step, s) => {
    const earlier = seen.get(step.id);
    if (earlier !== undefined) report(["steps", s, "id"], `duplicate step id "${step.id}" (also $.steps[${earlier}])`);
    else seen.set(step.id, s);
    checkView(step.view, data, ["steps", s, "view"], report);
    if (step.quote !== undefined && !dataset.quotes.some((q) => q.id === step.quote))
      report(["steps", s, "quote"], `there is no quote "${step.quote}" in this dataset`);
  });
  checkQuotedWords(tour, dataset, report);
  if (tour.followsSpeech) checkSpeechOrder(tour, dataset, report);
  else {
    tour.steps.forEach((step, s) => {
      if (step.revisit)
        report(["steps", s, "revisit"], "revisit is for a tour that follows the speech (followsSpeech: true)");
    });
  }
  return problems.length === 0 ? { ok: true, tour } : { ok: false, problems };
}

/**
 * Words a caption or the speaker's notes put in quotation marks (“…”) are the speaker's: they must
 * be in one of the dataset's quotes (case aside), so a presenter reading them out quotes him.
 */
function checkQuotedWords(
  tour: Tour,
  dataset: DeepReadonly<Dataset>,
  report: (path: readonly PropertyKey[], message: string) => void,
): void {
  const spoken = dataset.quotes.map((q) => q.text.toLowerCase());
  tour.steps.forEach((step, s) => {
    for (const field of ["caption", "notes"] as const) {
      for (const [, words = ""] of (step[field] ?? "").matchAll(/“([^”]+)”/g)) {
        if (!spoken.some((text) => text.includes(words.toLowerCase()))) {
          report(["steps", s, field], `“${words}” is in quotation marks, but no quote of the speaker holds these words`);
        }
      }
    }
  });
}

/**
 * A tour that says it follows the speech: each step's quote starts at or after the furthest point
 * the steps before it reached (by transcript offset), so the captions' "first", "then" and "next"
 * are the speaker's own order. A step marked `revisit` goes back to words already reached instead,
 * and does not move the order on. Steps without a quote say nothing of the order.
 */
function checkSpeechOrder(
  tour: Tour,
  dataset: DeepReadonly<Dataset>,
  report: (path: readonly PropertyKey[], message: string) => void,
): void {
  const startOf = new Map(dataset.quotes.map((q) => [q.id, q.start]));
  let furthest: { start: number; step: number; quote: string } | undefined;
  tour.steps.forEach((step, s) => {
    const start = step.quote === undefined ? undefined : startOf.get(step.quote);
    if (step.revisit) {
      if (step.quote === undefined) {
        report(["steps", s, "revisit"], "a step that goes back needs the quote it goes back to");
      } else if (start !== undefined && (furthest === undefined || start > furthest.start)) {
        const reached =
          furthest === undefined
            ? "no earlier step has a quote"
            : `the furthest an earlier step reached is character ${furthest.start} ($.steps[${furthest.step}], "${furthest.quote}")`;
        report(
          ["steps", s, "quote"],
          `"${step.quote}" starts at character ${start}, but ${reached}: a revisit goes back to words already shown`,
        );
      }
      return;
    }
    if (step.quote === undefined || start === undefined) return;
    if (furthest !== undefined && start < furthest.start) {
      report(
        ["steps", s, "quote"],
        `"${step.quote}" starts at character ${start}, before "${furthest.quote}" (character ${furthest.start}) ` +
          `of $.steps[${furthest.step}]: the tour says it follows the speech (followsSpeech), so put the steps ` +
          `in the transcript's order, or mark a step that goes back "revisit": true`,
      );
    } else {
      furthest = { start, step: s, quote: step.quote };
    }
  });
}

function checkView(
  view: TourView,
  data: TourContext,
  path: readonly PropertyKey[],
  report: (path: readonly PropertyKey[], message: string) => void,
): void {
  const { dataset, countryCodes } = data;
  const focus = (["bloc", "compare", "agreement", "cochair"] as const).filter((key) => view[key] !== undefined);
  if (focus.length > 1) report(path, `a view shows one of ${focus.join(", ")}, not ${focus.length}`);
  const exists = {
    bloc: (id: string) => dataset.blocs.some((b) => b.id === id),
    agreement: (id: string) => dataset.agreements.some((a) => a.id === id),
    cochair: (id: string) => dataset.coChairmanships.some((c) => c.id === id),
  };
  const names = { bloc: "bloc", agreement: "agreement", cochair: "co-chairmanship" };
  for (const key of focus) {
    if (key === "compare") continue;
    const id = view[key] ?? "";
    if (!exists[key](id)) report([...path, key], `there is no ${names[key]} "${id}" in this dataset`);
  }
  view.compare?.forEach((id, i) => {
    if (!exists.bloc(id)) report([...path, "compare", i], `there is no bloc "${id}" in this dataset`);
  });
  if (view.since !== undefined) {
    const since = view.since === "speech" ? dataset.speech.date : view.since;
    if (view.bloc === undefined) report([...path, "since"], "since needs a bloc: one bloc between two dates");
    else if (since < dataset.speech.date)
      report([...path, "since"], `${since} is before the speech (${dataset.speech.date})`);
    else if (view.asof !== undefined && view.asof !== "today" && since >= view.asof)
      report([...path, "since"], `${since} is not before asof (${view.asof})`);
  }
  if (view.roles !== undefined && view.compare === undefined && view.since === undefined)
    report([...path, "roles"], "roles is for a comparison (compare, or bloc with since)");
  if (view.country !== undefined && !countryCodes.has(view.country))
    report([...path, "country"], `there is no country "${view.country}" on the map`);
  if (view.asof !== undefined && view.asof !== "today" && view.asof < dataset.speech.date)
    report([...path, "asof"], `${view.asof} is before the speech (${dataset.speech.date})`);
}
