import { describe, expect, it } from "vitest";
import { checkDatasetFolder } from "../../scripts/lib/check-dataset-folder";
import { readTranslationFiles } from "../../scripts/lib/dataset-files";
import { compilePublishedSchema } from "../../scripts/lib/published-schema";
import { formatProblem } from "./validate";
import { validateTranslation } from "./validate-translations";

const folder = checkDatasetFolder();
if (!folder.ok) throw new Error(`the real dataset must be valid for these tests:\n${folder.lines.join("\n")}`);
const context = { dataset: folder.checked.dataset, tours: folder.checked.tours };
const files = readTranslationFiles();
const ru = files.find((f) => f.language === "ru");
if (!ru) throw new Error("data/translations/ must hold ru.json");
const FILE = "data/translations/ru.json";

type Entry = Record<string, unknown>;
type TranslationJson = {
  blocs: Record<string, Entry & { participantNotes?: Record<string, string> }>;
  tours: Record<string, { steps: Record<string, Entry> }>;
};

/** The real Russian translation with one change: each test breaks it in one place. */
function broken(change: (translation: TranslationJson) => void): string[] {
  const translation = structuredClone(ru?.json) as TranslationJson;
  change(translation);
  const result = validateTranslation(translation, FILE, context);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const steps = (t: TranslationJson) => t.tours.argument!.steps;

describe("validateTranslation", () => {
  it.each(files.map((f) => [f.file, f] as const))("accepts %s", (_file, { json, file }) => {
    expect(validateTranslation(json, file, context)).toMatchObject({ ok: true });
  });

  it("names a missing name with the English it should translate", () => {
    expect(broken((t) => delete t.blocs.asean!.name)).toEqual([
      `${FILE}: $.blocs.asean.name: missing: no translation of "Association of Southeast Asian Nations"`,
    ]);
  });

  it("names an id the dataset does not have", () => {
    expect(broken((t) => (t.blocs.nato = { name: "НАТО" }))).toEqual([
      `${FILE}: $.blocs.nato: there is no bloc "nato" in this dataset`,
    ]);
  });

  it("refuses an empty caption", () => {
    expect(broken((t) => (steps(t).reshaping!.caption = "  "))).toEqual([
      `${FILE}: $.tours.argument.steps.reshaping.caption: must not be empty`,
    ]);
  });

  it("names a missing step, and a step the tour does not have", () => {
    expect(
      broken((t) => {
        steps(t)["no-such-step"] = steps(t).mesa!;
        delete steps(t).mesa;
      }),
    ).toEqual([
      `${FILE}: $.tours.argument.steps.mesa: missing: no translation of the step "mesa"`,
      `${FILE}: $.tours.argument.steps["no-such-step"]: the tour "argument" has no step "no-such-step"`,
    ]);
  });

  it("names a text the English does not have, and a field no entry has", () => {
    expect(
      broken((t) => {
        t.blocs.ric!.membershipNote = "Примечание";
        t.blocs.asean!.motto = "Одно видение";
      }),
    ).toEqual([`${FILE}: $.blocs.asean: unknown field "motto"`]);
    expect(broken((t) => (t.blocs.ric!.membershipNote = "Примечание"))).toEqual([
      `${FILE}: $.blocs.ric.membershipNote: the English has no membershipNote here to translate`,
    ]);
  });

  it("keys participants' notes by country and role", () => {
    expect(
      broken((t) => {
        const notes = t.blocs.brics!.participantNotes!;
        notes["IDN/member"] = notes["IDN/partner"]!;
        delete notes["IDN/partner"];
      }),
    ).toEqual([
      `${FILE}: $.blocs.brics.participantNotes["IDN/partner"]: missing: no translation of "Listed by Russia's foreign ministry among the nine countrie…"`,
      `${FILE}: $.blocs.brics.participantNotes["IDN/member"]: the bloc "brics" has no participant "IDN/member" with a note`,
    ]);
  });

  it("refuses a translated citation in quotation marks, and a name source that does not exist", () => {
    expect(
      broken((t) => {
        steps(t).brics!.caption = "БРИКС “тоже возник естественным путём”.";
        t.blocs.sco!.nameSourceIds = ["no-such-source"];
      }),
    ).toEqual([
      `${FILE}: $.blocs.sco.nameSourceIds[0]: there is no source "no-such-source" in this dataset`,
      `${FILE}: $.tours.argument.steps.brics.caption: “тоже возник естественным путём” is in quotation marks, but no quote of the speaker holds these words (cite them as published)`,
    ]);
  });
});

describe("the published translation schema, checked with Ajv", () => {
  const ajvAccepts = compilePublishedSchema("translation.schema.json");

  it.each(files.map((f) => [f.file, f.json] as const))("accepts %s", (_file, json) => {
    expect(ajvAccepts(json)).toBe(true);
  });

  it("refuses an unknown field and an empty caption, as zod does", () => {
    expect(ajvAccepts({ blocs: { asean: { motto: "x" } } })).toBe(false);
    expect(ajvAccepts({ tours: { argument: { steps: { ric: { caption: " " } } } } })).toBe(false);
  });
});
