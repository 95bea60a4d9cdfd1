import { describe, expect, it } from "vitest";
import { checkDatasetFolder } from "../../scripts/lib/check-dataset-folder";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Dataset } from "../data/schema";
import type { Translation } from "../data/translation-schema";
import { expectedTexts } from "../data/validate-translations";
import { foldForSearch } from "./bloc-list";
import { localizeDataset, localizeTour, searchTermsOf } from "./localize";

const folder = checkDatasetFolder();
if (!folder.ok)
  throw new Error(`the real dataset must be valid for these tests:\n${folder.lines.join("\n")}`);
const { dataset, tours, translations } = folder.checked;
const ru = translations.ru as Translation;
const vi = translations.vi as Translation;
const argument = tours.argument;
if (!argument) throw new Error("data/tours/ must hold the argument tour");

/** A translation's texts without what is not text (sources of names, notes on what is uncertain). */
function textsOf(translation: Translation): unknown {
  return JSON.parse(
    JSON.stringify(translation, (key, value: unknown) =>
      key === "nameSourceIds" || key === "uncertain" || key === "otherParticipants" ? undefined : value,
    ),
  );
}

describe("localizeDataset", () => {
  it("is the dataset itself in English", () => {
    expect(localizeDataset(dataset, undefined)).toBe(dataset);
    expect(localizeTour(argument, undefined)).toBe(argument);
  });

  it.each([
    ["ru", ru],
    ["vi", vi],
  ])("replaces every text the project wrote with its translation (%s)", (_language, translation) => {
    const localized = {
      dataset: localizeDataset(dataset, translation),
      tours: { argument: localizeTour(argument, translation) },
    };
    expect(textsOf(expectedTexts(localized) as Translation)).toEqual(textsOf(translation));
  });

  it("names participants that are not states in the language", () => {
    const asem = localizeDataset(dataset, ru).blocs.find((b) => b.id === "asem");
    expect(asem?.otherParticipants?.map((p) => p.name)).toEqual(["Европейский союз", "Секретариат АСЕАН"]);
  });

  it("leaves quotes, sources, the speech's title and every id, code and date as published", () => {
    const localized = localizeDataset(dataset, vi);
    expect(localized.quotes).toBe(dataset.quotes);
    expect(localized.sources).toBe(dataset.sources);
    expect(localized.speech.title).toBe(dataset.speech.title);
    expect(localized.speech.transcriptSha256).toBe(dataset.speech.transcriptSha256);
    const shape = (d: DeepReadonly<Dataset>) =>
      JSON.stringify({
        blocs: d.blocs.map((b) => [
          b.id,
          b.kind,
          b.founded,
          b.participants.map((p) => [p.country, p.role, p.since, p.until]),
        ]),
        agreements: d.agreements.map((a) => [
          a.id,
          a.parties,
          a.dates,
          a.laterChanges?.map((c) => [c.date, c.status]),
        ]),
        coChairmanships: d.coChairmanships.map((c) => [c.id, c.coChairs, c.period.start, c.period.end]),
      });
    expect(shape(localized)).toBe(shape(dataset));
  });

  it("translates a tour's steps and keeps what each step shows", () => {
    const localized = localizeTour(argument, ru);
    expect(localized.title).toBe("Логика речи");
    expect(localized.steps.map((s) => [s.id, s.view, s.quote])).toEqual(
      argument.steps.map((s) => [s.id, s.view, s.quote]),
    );
  });
});

describe("searchTermsOf", () => {
  const asean = dataset.blocs.find((b) => b.id === "asean");
  if (!asean) throw new Error("the dataset must hold ASEAN");
  const terms = searchTermsOf(asean, { ru, vi });

  it("holds every name of a bloc in every language, English first, each once", () => {
    expect(terms.slice(0, 2)).toEqual(["Association of Southeast Asian Nations", "ASEAN"]);
    expect(terms).toContain("АСЕАН");
    expect(terms).toContain("Ассоциация государств Юго-Восточной Азии");
    expect(terms).toContain("Hiệp hội các quốc gia Đông Nam Á");
    expect(new Set(terms).size).toBe(terms.length);
  });

  it("lets a reader type Vietnamese without diacritics", () => {
    expect(terms.map(foldForSearch).some((term) => term.includes("hiep hoi cac quoc gia"))).toBe(true);
  });

  it("is the English names alone without translations", () => {
    expect(searchTermsOf(asean, {})).toEqual(["Association of Southeast Asian Nations", "ASEAN"]);
  });
});
