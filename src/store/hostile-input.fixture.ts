import fc from "fast-check";
import { AGREEMENT_TYPES } from "../data/vocabulary";
import { IsoDate } from "../data/schema-primitives";
import { RELATIONS, STATUS_GROUPS } from "../data/vocabulary";
import type { ViewState } from "./atlas-store";
import { VIEW_PARAMS, type KnownIds } from "./url-state";

/**
 * Runs per property: small by default so `npm test` stays quick, `FUZZ_RUNS=10000` (what
 * `npm run fuzz` sets) for the full count.
 */
export const FUZZ_RUNS = readRuns(process.env.FUZZ_RUNS, 100);

function readRuns(raw: string | undefined, fallback: number): number {
  const runs = Number(raw);
  return raw !== undefined && Number.isInteger(runs) && runs > 0 ? runs : fallback;
}

/** Strings a link, a host page or an attacker might send, each aimed at a way a codec can break. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "'><b>bold</b>",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "%00",
  "\u0000",
  "%",
  "%%",
  "%E0%A4%A",
  "%uD800",
  "\uD800",
  "\uDFFF",
  "a\uD800b",
  "\uFEFF",
  "\u202Easean",
  "asean\u0000",
  " asean ",
  "ASEAN",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "0x10",
  "1.5",
  "9999-12-31",
  "0000-00-00",
  "2019-02-25T00:00:00Z",
  "2024-02-30",
  "+2024-01-01",
  "../../etc/passwd",
  "${7*7}",
  "{{7*7}}",
  "' OR 1=1 --",
  ",,,",
  "fta,,fta,FTA, fta",
  "&bloc=asean",
  "#bloc=asean",
  "a".repeat(20_000),
  ",".repeat(5_000),
  "%".repeat(3_000),
  "&".repeat(2_000),
  "\uD83D".repeat(1_000),
];

/** One UTF-16 code unit of any value, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Any string: printable, full Unicode, raw code units (broken surrogate pairs), or a hostile one. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: codeUnit }),
  fc.constantFrom(...HOSTILE_STRINGS),
);

/** The URL parameters the app reads (the view, the embed and the presentation). */
export const APP_PARAMS = [
  ...VIEW_PARAMS,
  "embed",
  "legend",
  "title",
  "theme",
  "interactive",
  "origin",
  "present",
  "step",
  "speaker",
] as const;

/** Dates around the ones a link may name: whole days in and out of range, years, months, near misses. */
export function dateLike(known: KnownIds): fc.Arbitrary<string> {
  const day = fc
    .date({ min: new Date("2017-01-01"), max: new Date("2031-12-31"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  return fc.oneof(
    { weight: 4, arbitrary: day },
    day.map((date) => date.slice(0, 7)),
    day.map((date) => date.slice(0, 4)),
    day.map((date) => `${date}T00:00`),
    fc.constantFrom(
      known.speechDate,
      known.latestDate,
      "2024-02-30",
      "2023-13-01",
      "2019-2-25",
      "speech",
      "today",
    ),
  );
}

/** Values near the valid ones for each of the app's keys: right, nearly right, in the wrong place. */
function nearValidValueFor(key: string, known: KnownIds): fc.Arbitrary<string> {
  const ids = fc.constantFrom(
    ...known.blocs,
    ...known.agreements,
    ...known.coChairmanships,
    ...known.countries.keys(),
    ...known.quotes,
  );
  const listWords = fc.constantFrom<string>(...AGREEMENT_TYPES, ...STATUS_GROUPS, ...RELATIONS);
  const list = fc.array(
    fc.oneof(
      listWords,
      listWords.map((w) => ` ${w.toUpperCase()} `),
    ),
    { maxLength: 6 },
  );
  const integer = fc.integer({ min: -5, max: known.paragraphCount + 5 }).map(String);
  const blocs = fc.constantFrom(...known.blocs);
  const pair = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(blocs, blocs).map((p) => p.join(",")) },
    fc.array(fc.oneof(blocs, ids), { maxLength: 4 }).map((l) => l.join(",")),
  );
  const own = new Map<string, fc.Arbitrary<string>>(
    Object.entries({
      asof: dateLike(known),
      since: dateLike(known),
      compare: pair,
      roles: fc.constantFrom("all", "members", "All", "observers", ""),
      para: integer,
      step: integer,
      type: list.map((l) => l.join(",")),
      status: list.map((l) => l.join(",")),
      relation: list.map((l) => l.join(",")),
      panel: fc.constantFrom("speech", "details", "Speech", ""),
      theme: fc.constantFrom("light", "dark", "auto", "Dark"),
      origin: fc
        .array(
          fc.constantFrom(
            "https://example.org",
            "http://127.0.0.1:4173",
            "https://a.example/path",
            "file:///",
            "*",
          ),
        )
        .map((l) => l.join(",")),
    }),
  );
  const flag = fc.constantFrom("0", "1", "true", "");
  // A Map, not an object: a random key may well be "__proto__" or "constructor".
  const forKey =
    own.get(key) ?? (["embed", "legend", "title", "interactive", "speaker"].includes(key) ? flag : ids);
  return fc.oneof(
    { weight: 4, arbitrary: forKey },
    forKey.map((v) => v.toUpperCase()),
    forKey.map((v) => ` ${v} `),
    ids,
    integer,
    dateLike(known),
  );
}

/** Encodes a part of a query string, or leaves it raw; `encodeURIComponent` refuses lone surrogates. */
function maybeEncoded(part: string, encode: boolean): string {
  if (!encode) return part;
  try {
    return encodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Query strings: the app's own keys (repeated, in any order) with valid, near-valid, random and
 * hostile values, mixed with random keys, sometimes percent-encoded, sometimes raw (so `%`, `&`,
 * `+` and `#` reach the parser as they are), with or without the leading `?`.
 */
export function hostileQuery(known: KnownIds): fc.Arbitrary<string> {
  const value = (key: string, nearWeight: number) =>
    fc.oneof(
      { weight: nearWeight, arbitrary: nearValidValueFor(key, known) },
      { weight: 2, arbitrary: anyString },
    );
  const pairOf = (key: string, nearWeight = 3) =>
    fc
      .tuple(value(key, nearWeight), fc.boolean(), fc.boolean())
      .map(([v, encode, bare]) =>
        bare ? maybeEncoded(key, encode) : `${maybeEncoded(key, encode)}=${maybeEncoded(v, encode)}`,
      );
  const fullPairOf = (key: string) =>
    fc
      .tuple(value(key, 8), fc.boolean())
      .map(([v, encode]) => `${maybeEncoded(key, encode)}=${maybeEncoded(v, encode)}`);
  const appPair = fc.constantFrom(...APP_PARAMS).chain(pairOf);
  const randomPair = anyString.chain(pairOf);
  const pairs = fc.array(fc.oneof({ weight: 4, arbitrary: appPair }, { weight: 1, arbitrary: randomPair }), {
    maxLength: 12,
  });
  // Every key the app reads, each with its own kind of value, shuffled.
  const everyKey = fc
    .tuple(...APP_PARAMS.map(fullPairOf))
    .chain((all) => fc.shuffledSubarray(all, { minLength: all.length }));
  const query = fc.oneof(pairs, everyKey).map((list) => list.join("&"));
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.boolean(), query).map(([mark, q]) => (mark ? `?${q}` : q)) },
    { weight: 1, arbitrary: anyString },
  );
}

const uniqueSubset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values));

/** Views the app can be in, over the ids `known` names: what the URL codec must carry unchanged. */
export function validView(known: KnownIds): fc.Arbitrary<ViewState> {
  const blocIds = fc.constantFrom(...known.blocs);
  const focus = fc.oneof(
    fc.constant({}),
    fc.constantFrom(...known.blocs).map((blocId) => ({ blocId })),
    fc.tuple(blocIds, blocIds).map((compare) => ({ compare })),
    fc.constantFrom(...known.agreements).map((agreementId) => ({ agreementId })),
    fc.constantFrom(...known.coChairmanships).map((coChairId) => ({ coChairId })),
  );
  const readerTarget = fc.option(
    fc.oneof(
      fc.constantFrom(...known.quotes).map((quoteId) => ({ quoteId })),
      fc.integer({ min: 1, max: known.paragraphCount }).map((paragraph) => ({ paragraph })),
    ),
    { nil: undefined },
  );
  const day = fc
    .date({
      min: new Date(`${known.speechDate}T00:00:00Z`),
      max: new Date(`${known.latestDate}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
  const asOf = fc.option(
    day.filter((date) => date !== known.speechDate),
    { nil: undefined },
  );
  return fc
    .record({
      focus,
      country: fc.option(fc.constantFrom(...known.countries.keys()), { nil: undefined }),
      types: uniqueSubset(AGREEMENT_TYPES),
      statuses: uniqueSubset(STATUS_GROUPS),
      relations: uniqueSubset(RELATIONS),
      asOf,
      // A bloc's earlier date, where the view has a bloc and a later date to compare it with.
      since: fc.option(day, { nil: undefined }),
      allRoles: fc.boolean(),
      speechPanel: fc.boolean(),
      readerTarget,
    })
    .map((v): ViewState => {
      const focused = Object.keys(v.focus).length > 0;
      const since =
        "blocId" in v.focus && v.asOf !== undefined && v.since !== undefined && v.since < v.asOf
          ? v.since
          : undefined;
      const comparing = "compare" in v.focus || since !== undefined;
      return {
        blocId: undefined,
        compare: undefined,
        agreementId: undefined,
        coChairId: undefined,
        ...v.focus,
        country: v.country,
        focusCountry: v.country !== undefined && !focused,
        filters: { types: v.types, statuses: v.statuses, relations: v.relations },
        asOf: v.asOf,
        since,
        roles: comparing && v.allRoles ? "all" : "members",
        panel: v.readerTarget !== undefined || v.speechPanel ? "speech" : "details",
        readerTarget: v.readerTarget,
      };
    });
}

const hasOnlyKnown = (values: readonly string[], allowed: readonly string[]) =>
  values.every((value) => allowed.includes(value)) && new Set(values).size === values.length;

/**
 * What is wrong with a view, for the ids `known` names: empty for a view the app can show. The
 * check the fuzzed codecs' results must pass.
 */
export function viewProblems(view: ViewState, known: KnownIds): string[] {
  const problems: string[] = [];
  const say = (wrong: boolean, problem: string) => {
    if (wrong) problems.push(problem);
  };
  const focusIds = [view.blocId, view.compare, view.agreementId, view.coChairId].filter(
    (id) => id !== undefined,
  );
  say(focusIds.length > 1, "more than one of bloc, comparison, agreement, co-chairmanship");
  say(view.blocId !== undefined && !known.blocs.has(view.blocId), "unknown bloc");
  say(view.compare?.some((id) => !known.blocs.has(id)) ?? false, "a comparison that is not two known blocs");
  if (view.since !== undefined) {
    say(view.blocId === undefined, "since without a bloc");
    say(view.asOf === undefined || view.since >= view.asOf, "since not before asOf");
    say(view.since < known.speechDate, "since before the speech");
    say(view.since.length !== 10 || !IsoDate.safeParse(view.since).success, "since is not YYYY-MM-DD");
  }
  say(
    view.roles === "all" && view.compare === undefined && view.since === undefined,
    "roles without a comparison",
  );
  say(view.agreementId !== undefined && !known.agreements.has(view.agreementId), "unknown agreement");
  say(view.coChairId !== undefined && !known.coChairmanships.has(view.coChairId), "unknown co-chairmanship");
  say(view.country !== undefined && !known.countries.has(view.country), "unknown country");
  say(
    view.focusCountry !== (view.country !== undefined && focusIds.length === 0),
    "focusCountry does not match a country alone",
  );
  say(!hasOnlyKnown(view.filters.types, AGREEMENT_TYPES), "bad type filter");
  say(!hasOnlyKnown(view.filters.statuses, STATUS_GROUPS), "bad status filter");
  say(!hasOnlyKnown(view.filters.relations, RELATIONS), "bad relation filter");
  if (view.asOf !== undefined) {
    const date = view.asOf;
    say(date.length !== 10 || !IsoDate.safeParse(date).success, "asOf is not YYYY-MM-DD");
    say(date <= known.speechDate || date > known.latestDate, "asOf out of range");
  }
  const target = view.readerTarget;
  if (target !== undefined) {
    say(view.panel !== "speech", "a reader target outside the speech panel");
    if ("quoteId" in target) say(!known.quotes.has(target.quoteId), "unknown quote");
    else
      say(
        !Number.isInteger(target.paragraph) ||
          target.paragraph < 1 ||
          target.paragraph > known.paragraphCount,
        "paragraph out of range",
      );
  }
  return problems;
}
