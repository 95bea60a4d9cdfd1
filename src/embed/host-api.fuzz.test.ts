import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGREEMENT_TYPES } from "../data/vocabulary";
import { isLanguage, LANGUAGES } from "../data/languages";
import { IsoDate } from "../data/schema-primitives";
import { RELATIONS, STATUS_GROUPS } from "../data/vocabulary";
import { type Filters } from "../domain/relations";
import { FUZZ_RUNS, anyString, dateLike } from "../store/hostile-input.fixture";
import { KNOWN_IDS_FIXTURE } from "../store/known-ids.fixture";
import {
  COMMAND_TYPES,
  HostCommand,
  parseHostMessage,
  resolveCommand,
  type HostIntent,
  type PresentedTour,
} from "./host-api";

const known = KNOWN_IDS_FIXTURE;
const TODAY = known.latestDate;
const runs = { numRuns: FUZZ_RUNS };

const FIELDS = [
  "type",
  "bloc",
  "compare",
  "roles",
  "agreement",
  "cochair",
  "country",
  "filters",
  "date",
  "step",
  "lang",
] as const;
const ids = [...known.blocs, ...known.agreements, ...known.coChairmanships, ...known.countries.keys()];

/** Anything `postMessage` can carry: structured-clonable values of every kind, nested. */
const anyClonable = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 3,
});

/** A value a field of a command might hold: right, nearly right, random or hostile. */
const fieldValue = fc.oneof(
  dateLike(known),
  fc.constantFrom(
    ...ids,
    ...COMMAND_TYPES,
    "speech",
    "today",
    "next",
    "last",
    "all",
    "members",
    ...LANGUAGES,
    "RU",
    "fr",
    known.speechDate,
    TODAY,
  ),
  fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
  fc.integer({ min: -3, max: 1000 }),
  fc.double(),
  fc.record(
    { type: fc.array(anyString, { maxLength: 3 }), status: fc.array(anyString), relation: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.array(fc.constantFrom(...AGREEMENT_TYPES, ...STATUS_GROUPS, ...RELATIONS), { maxLength: 60 }),
  anyString,
  anyClonable,
);

/**
 * Messages shaped like commands: a command's type (or a near miss) and any of the command fields,
 * some with `__proto__` or `constructor` as own keys, as `JSON.parse` makes them.
 */
const commandLike = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COMMAND_TYPES), anyString, fieldValue),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), anyString), fieldValue, { maxKeys: 4 }),
    fc.option(fc.constantFrom("__proto__", "constructor", "prototype"), { nil: undefined }),
    fieldValue,
  )
  .map(([type, fields, ownKey, ownValue]) => {
    const message: Record<string, unknown> = { ...fields, type };
    if (ownKey !== undefined) Object.defineProperty(message, ownKey, { value: ownValue, enumerable: true });
    return message;
  });

const idLike = fc.oneof(
  fc.constantFrom(...ids),
  fc.constantFrom(...ids).map((id) => ` ${id.toUpperCase()}`),
  anyString,
  fieldValue,
);
const listLike = fc.array(
  fc.oneof(fc.constantFrom<string>(...AGREEMENT_TYPES, ...STATUS_GROUPS, ...RELATIONS), anyString),
  { maxLength: 60 },
);

/** Each command with the fields it takes, holding values near the valid ones, and maybe one more. */
const nearCommand = fc
  .tuple(
    fc.oneof(
      fc
        .tuple(fc.constantFrom("bloc", "agreement", "cochair", "country"), idLike)
        .map(([key, id]) => ({ type: "bloc-atlas:select", [key]: id })),
      fc
        .record(
          {
            compare: fc.oneof(fc.array(idLike, { maxLength: 3 }), idLike),
            roles: fc.oneof(fc.constantFrom("all", "members", "All"), fieldValue),
          },
          { requiredKeys: ["compare"] },
        )
        .map((fields) => ({ type: "bloc-atlas:select", ...fields })),
      fc
        .record(
          { type: listLike, status: listLike, relation: fc.oneof(listLike, fieldValue) },
          { requiredKeys: [] },
        )
        .map((filters) => ({ type: "bloc-atlas:set-filters", filters })),
      fc
        .oneof({ weight: 3, arbitrary: dateLike(known) }, fieldValue)
        .map((date) => ({ type: "bloc-atlas:set-asof", date })),
      fc
        .oneof(
          fc.integer({ min: -3, max: 1000 }),
          fc.double(),
          fc.constantFrom("next", "Next", "last"),
          fieldValue,
        )
        .map((step) => ({ type: "bloc-atlas:step", step })),
      fc
        .oneof(fc.constantFrom(...LANGUAGES, "RU", "ru-RU", "fr"), fieldValue)
        .map((lang) => ({ type: "bloc-atlas:set-lang", lang })),
      fc.constantFrom("bloc-atlas:clear", "bloc-atlas:get-state").map((type) => ({ type })),
    ),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      fc.tuple(fc.constantFrom(...FIELDS), fieldValue),
    ),
  )
  .map(([command, extra]) => (extra === undefined ? command : { [extra[0]]: extra[1], ...command }));

/** What a host page might post: anything at all, something shaped like a command, or nearly one. */
const hostMessage = fc.oneof(anyClonable, commandLike, nearCommand, nearCommand);

/** Each command in its documented shape, with ids the dataset knows. */
const validCommand: fc.Arbitrary<HostCommand> = fc.oneof(
  fc.constantFrom(...known.blocs).map((bloc) => ({ type: "bloc-atlas:select" as const, bloc })),
  fc
    .tuple(
      fc.constantFrom(...known.blocs),
      fc.constantFrom(...known.blocs),
      fc.option(fc.constantFrom("members" as const, "all" as const), { nil: undefined }),
    )
    .map(([first, second, roles]) => ({
      type: "bloc-atlas:select" as const,
      compare: [first, second] as [string, string],
      ...(roles === undefined ? {} : { roles }),
    })),
  fc
    .constantFrom(...known.agreements)
    .map((agreement) => ({ type: "bloc-atlas:select" as const, agreement })),
  fc
    .constantFrom(...known.coChairmanships)
    .map((cochair) => ({ type: "bloc-atlas:select" as const, cochair })),
  fc
    .constantFrom(...known.countries.keys())
    .map((country) => ({ type: "bloc-atlas:select" as const, country })),
  fc.constant({ type: "bloc-atlas:clear" as const }),
  fc
    .record(
      {
        type: fc.uniqueArray(fc.constantFrom<string>(...AGREEMENT_TYPES)),
        status: fc.uniqueArray(fc.constantFrom<string>(...STATUS_GROUPS)),
        relation: fc.uniqueArray(fc.constantFrom<string>(...RELATIONS)),
      },
      { requiredKeys: [] },
    )
    .map((filters) => ({ type: "bloc-atlas:set-filters" as const, filters })),
  fc
    .oneof(
      fc.constantFrom("speech", "today"),
      fc
        .date({
          min: new Date(`${known.speechDate}T00:00:00Z`),
          max: new Date(`${TODAY}T00:00:00Z`),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10)),
    )
    .map((date) => ({ type: "bloc-atlas:set-asof" as const, date })),
  fc.constant({ type: "bloc-atlas:get-state" as const }),
  fc.constantFrom(...LANGUAGES).map((lang) => ({ type: "bloc-atlas:set-lang" as const, lang })),
  fc
    .oneof(
      fc.integer({ min: 1, max: 999 }),
      fc.constantFrom("next" as const, "previous" as const, "first" as const, "last" as const),
    )
    .map((step) => ({ type: "bloc-atlas:step" as const, step })),
);

const currentFilters: fc.Arbitrary<Filters> = fc.record({
  types: fc.uniqueArray(fc.constantFrom(...AGREEMENT_TYPES)),
  statuses: fc.uniqueArray(fc.constantFrom(...STATUS_GROUPS)),
  relations: fc.uniqueArray(fc.constantFrom(...RELATIONS)),
});

/** Mostly no tour (so the other commands are obeyed), sometimes a presented one. */
const presentedTour: fc.Arbitrary<PresentedTour | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.integer({ min: 1, max: 30 }).chain((count) =>
    fc.record({
      id: fc.constant("argument"),
      step: fc.integer({ min: 1, max: count }),
      count: fc.constant(count),
    }),
  ),
);

const onlyKnown = (values: readonly string[], allowed: readonly string[]) =>
  values.every((value) => allowed.includes(value)) && new Set(values).size === values.length;

/** What is wrong with an intent the app would act on: empty when it names only what exists. */
function intentProblems(intent: HostIntent, tour: PresentedTour | undefined): string[] {
  switch (intent.kind) {
    case "select-bloc":
      return known.blocs.has(intent.id) ? [] : ["unknown bloc"];
    case "select-compare":
      return intent.pair.every((id) => known.blocs.has(id)) ? [] : ["unknown bloc compared"];
    case "select-agreement":
      return known.agreements.has(intent.id) ? [] : ["unknown agreement"];
    case "select-cochair":
      return known.coChairmanships.has(intent.id) ? [] : ["unknown co-chairmanship"];
    case "select-country":
      return known.countries.has(intent.iso3) ? [] : ["unknown country"];
    case "set-filters": {
      const { types, statuses, relations } = intent.filters;
      return onlyKnown(types, AGREEMENT_TYPES) &&
        onlyKnown(statuses, STATUS_GROUPS) &&
        onlyKnown(relations, RELATIONS)
        ? []
        : ["bad filters"];
    }
    case "set-asof": {
      const date = intent.asOf;
      if (date === undefined) return [];
      const wellFormed = date.length === 10 && IsoDate.safeParse(date).success;
      return wellFormed && date > known.speechDate && date <= TODAY ? [] : ["bad date"];
    }
    case "go-to-step":
      return tour !== undefined &&
        Number.isInteger(intent.step) &&
        intent.step >= 1 &&
        intent.step <= tour.count
        ? []
        : ["bad step"];
    case "set-lang":
      return isLanguage(intent.lang) ? [] : ["unknown language"];
    case "clear":
    case "get-state":
      return [];
  }
}

describe("the host API under random and hostile postMessage payloads", () => {
  it("checks any message without throwing, and what it takes is a command of the documented shape", () => {
    fc.assert(
      fc.property(hostMessage, (message) => {
        const parsed = parseHostMessage(message);
        if (parsed.ok) expect(HostCommand.safeParse(parsed.command).success).toBe(true);
        // The warning quotes at most the message's type, cut short.
        else expect(parsed.reason.length).toBeLessThan(400);
      }),
      runs,
    );
  });

  it("turns any command it takes into something that exists, or an error, without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(hostMessage, validCommand),
        currentFilters,
        presentedTour,
        (message, filters, tour) => {
          const parsed = parseHostMessage(message);
          if (!parsed.ok) return;
          const resolved = resolveCommand(parsed.command, known, filters, TODAY, tour);
          if (resolved.ok) expect(intentProblems(resolved.intent, tour)).toEqual([]);
          else expect(typeof resolved.message).toBe("string");
        },
      ),
      runs,
    );
  });

  it("takes every valid command back unchanged after postMessage's structured clone", () => {
    fc.assert(
      fc.property(validCommand, (command) => {
        expect(parseHostMessage(structuredClone(command))).toEqual({ ok: true, command });
      }),
      runs,
    );
  });

  it("obeys every valid command that names what exists, outside a tour", () => {
    fc.assert(
      fc.property(
        validCommand.filter((command) => command.type !== "bloc-atlas:step"),
        currentFilters,
        (command, filters) => {
          expect(resolveCommand(command, known, filters, TODAY).ok).toBe(true);
        },
      ),
      runs,
    );
  });
});
