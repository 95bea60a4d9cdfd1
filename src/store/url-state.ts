import { type AgreementType } from "../data/schema";
import { AGREEMENT_TYPES } from "../data/vocabulary";
import { EntityId, Iso3, IsoDate } from "../data/schema-primitives";
import type { BlocPair, CountedRoles } from "../domain/compare";
import { RELATIONS, STATUS_GROUPS, type Relation, type StatusGroup } from "../data/vocabulary";
import type { ReaderTarget, ViewState } from "./atlas-store";
import { quoted } from "../domain/quoted";
import { phrase, type MessageId, type Phrase, type Translate } from "../i18n/messages";
import { say } from "../i18n/translate";

/**
 * `quote=0` is the embed's option "no quote box", not a quote id: the codec leaves it to the embed's
 * options and keeps it in the links it writes.
 */
export const HIDDEN_QUOTE = "0";

/** What the URL may name, to tell a well-formed but unknown value from a known one. */
export type KnownIds = {
  readonly blocs: ReadonlySet<string>;
  readonly agreements: ReadonlySet<string>;
  readonly coChairmanships: ReadonlySet<string>;
  readonly countries: ReadonlyMap<string, string>;
  readonly quotes: ReadonlySet<string>;
  readonly paragraphCount: number;
  readonly speechDate: string;
  /** The latest date the map can be shown as of (today). */
  readonly latestDate: string;
};

/** The URL parameters that make up a view; every other parameter belongs to a page or is ignored. */
export const VIEW_PARAMS = [
  "bloc",
  "compare",
  "agreement",
  "cochair",
  "country",
  "type",
  "status",
  "relation",
  "asof",
  "since",
  "roles",
  "panel",
  "quote",
  "para",
] as const;

/** What could not be followed in a link, each problem a phrase said in the language shown. */
export type LinkProblems = readonly Phrase[];

/** The view a URL names, and what in it could not be followed (undefined: all of it could). */
export type ParsedUrl = { readonly view: ViewState; readonly notice: LinkProblems | undefined };

/** The notice for a link's problems, in one sentence: "The link could not be followed in full: …". */
export function linkNotice(t: Translate, problems: LinkProblems): string {
  return t("store.link-incomplete", { problems: problems.map((problem) => say(t, problem)).join("; ") });
}

function readList<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  what: MessageId,
  problems: Phrase[],
): T[] {
  if (raw === null || raw.trim() === "") return [];
  const values = raw
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  const known = values.filter((v): v is T => (allowed as readonly string[]).includes(v));
  const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length > 0) problems.push(phrase(what, { values: unknown.map((v) => quoted(v)).join(", ") }));
  return [...new Set(known)];
}

/** `since=speech` names the speech's own date: the link reads as what it shows. */
const SPEECH_KEYWORD = "speech";
/** `roles=all`: observers, partners and the like count in a comparison too. */
const ALL_ROLES_KEYWORD = "all";

/** Two known bloc ids, `first,second`; undefined (with the problem said) for anything else. */
function readPair(raw: string | null, blocs: ReadonlySet<string>, problems: Phrase[]): BlocPair | undefined {
  if (raw === null || raw === "") return undefined;
  const ids = raw.split(",").map((id) => id.trim());
  const [first, second] = ids;
  if (ids.length !== 2 || first === undefined || second === undefined) {
    problems.push(phrase("store.not-a-pair", { value: quoted(raw) }));
    return undefined;
  }
  const unknown = ids.filter((id) => !EntityId.safeParse(id).success || !blocs.has(id));
  if (unknown.length > 0) {
    problems.push(...unknown.map((id) => phrase("store.no-such.bloc", { value: quoted(id) })));
    return undefined;
  }
  return [first, second];
}

/**
 * Reads the view from the URL: `?bloc=asean&country=VNM&type=fta,mou&asof=2025-12-31`. A value
 * that is malformed or names nothing in the dataset is dropped with a notice saying so; the rest of
 * the URL still applies.
 */
export function parseViewState(search: string, known: KnownIds): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: Phrase[] = [];
  const readId = (key: "bloc" | "agreement" | "cochair", ids: ReadonlySet<string>) => {
    const raw = params.get(key);
    if (raw === null || raw === "") return undefined;
    const parsed = EntityId.safeParse(raw);
    if (!parsed.success) {
      problems.push(phrase(`store.not-an-id.${key}`, { value: quoted(raw) }));
      return undefined;
    }
    if (!ids.has(parsed.data)) {
      problems.push(phrase(`store.no-such.${key}`, { value: quoted(parsed.data) }));
      return undefined;
    }
    return parsed.data;
  };
  // A comparison is the most specific view: with one, a bloc, agreement or co-chair beside it is not read.
  const compare = readPair(params.get("compare"), known.blocs, problems);
  const blocId = compare ? undefined : readId("bloc", known.blocs);
  const agreementId = compare || blocId ? undefined : readId("agreement", known.agreements);
  const coChairId = compare || blocId || agreementId ? undefined : readId("cochair", known.coChairmanships);

  let country: string | undefined;
  const rawCountry = params.get("country");
  if (rawCountry) {
    const parsed = Iso3.safeParse(rawCountry.toUpperCase());
    if (!parsed.success) problems.push(phrase("store.not-a-country-code", { value: quoted(rawCountry) }));
    else if (!known.countries.has(parsed.data))
      problems.push(phrase("store.no-country", { value: quoted(parsed.data) }));
    else country = parsed.data;
  }

  const types = readList<AgreementType>(params.get("type"), AGREEMENT_TYPES, "store.not-a-type", problems);
  const statuses = readList<StatusGroup>(params.get("status"), STATUS_GROUPS, "store.not-a-status", problems);
  const relations = readList<Relation>(params.get("relation"), RELATIONS, "store.not-a-relation", problems);

  let asOf: string | undefined;
  /** The date shown as the URL gives it, the speech's own included; undefined where it gives none. */
  let shownDate: string | undefined;
  const rawAsOf = params.get("asof");
  if (rawAsOf) {
    const parsed = IsoDate.safeParse(rawAsOf);
    if (!parsed.success || rawAsOf.length !== 10)
      problems.push(phrase("store.not-a-date", { value: quoted(rawAsOf) }));
    else if (rawAsOf < known.speechDate || rawAsOf > known.latestDate) {
      problems.push(
        phrase("store.date-outside", { date: rawAsOf, from: known.speechDate, to: known.latestDate }),
      );
    } else {
      shownDate = rawAsOf;
      if (rawAsOf !== known.speechDate) asOf = rawAsOf;
    }
  }

  // A bloc between two dates: `since` is the earlier, `asof` the later (today where it is not given).
  let since: string | undefined;
  const rawSince = params.get("since");
  if (rawSince) {
    const date = rawSince === SPEECH_KEYWORD ? known.speechDate : rawSince;
    const end = shownDate ?? known.latestDate;
    if (blocId === undefined) problems.push(phrase("store.since-needs-bloc"));
    else if (!IsoDate.safeParse(date).success || date.length !== 10)
      problems.push(phrase("store.since-not-a-date", { value: quoted(rawSince) }));
    else if (date < known.speechDate || date >= end)
      problems.push(phrase("store.since-outside", { date, from: known.speechDate, to: end }));
    else {
      since = date;
      if (shownDate === undefined) asOf = end;
    }
  }

  let roles: CountedRoles = "members";
  const rawRoles = params.get("roles");
  if (rawRoles) {
    if (compare === undefined && since === undefined) problems.push(phrase("store.roles-needs-comparison"));
    else if (rawRoles === ALL_ROLES_KEYWORD) roles = "all";
    else if (rawRoles !== "members") problems.push(phrase("store.not-roles", { value: quoted(rawRoles) }));
  }

  let readerTarget: ReaderTarget | undefined;
  const rawQuote = params.get("quote") === HIDDEN_QUOTE ? null : params.get("quote");
  const rawPara = params.get("para");
  if (rawQuote) {
    if (known.quotes.has(rawQuote)) readerTarget = { quoteId: rawQuote };
    else problems.push(phrase("store.no-quote", { value: quoted(rawQuote) }));
  } else if (rawPara) {
    const paragraph = Number(rawPara);
    if (Number.isInteger(paragraph) && paragraph >= 1 && paragraph <= known.paragraphCount) {
      readerTarget = { paragraph };
    } else
      problems.push(
        phrase("store.no-paragraph", { value: quoted(rawPara), count: String(known.paragraphCount) }),
      );
  }
  const rawPanel = params.get("panel");
  if (rawPanel && rawPanel !== "speech" && rawPanel !== "details")
    problems.push(phrase("store.not-a-panel", { value: quoted(rawPanel) }));
  const panel = readerTarget !== undefined || rawPanel === "speech" ? "speech" : "details";

  const notice = problems.length === 0 ? undefined : problems;
  const focused =
    compare !== undefined || blocId !== undefined || agreementId !== undefined || coChairId !== undefined;
  return {
    view: {
      blocId,
      compare,
      agreementId,
      coChairId,
      country,
      focusCountry: country !== undefined && !focused,
      filters: { types, statuses, relations },
      asOf,
      since,
      roles,
      panel,
      readerTarget,
    },
    notice,
  };
}

/** The query string for a view, readable by a person; parameters the app does not own are kept. */
export function serializeViewState(view: ViewState, base: string): string {
  const params = new URLSearchParams(base);
  // `quote=0` is an embed option (no quote box), not a place in the reader: it stays.
  const hidesQuote = params.get("quote") === HIDDEN_QUOTE;
  for (const key of VIEW_PARAMS) params.delete(key);
  const set = (key: (typeof VIEW_PARAMS)[number], value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set("compare", view.compare?.join(","));
  set("bloc", view.blocId);
  set("agreement", view.agreementId);
  set("cochair", view.coChairId);
  set("country", view.country);
  set("type", view.filters.types.join(","));
  set("status", view.filters.statuses.join(","));
  set("relation", view.filters.relations.join(","));
  set("asof", view.asOf);
  // Written as the date it is: the codec knows no dataset, so not which day the speech was.
  if (view.blocId !== undefined) set("since", view.since);
  if (view.compare !== undefined || view.since !== undefined)
    set("roles", view.roles === "all" ? ALL_ROLES_KEYWORD : undefined);
  set("panel", view.panel === "speech" && view.readerTarget === undefined ? "speech" : undefined);
  if (view.readerTarget && "quoteId" in view.readerTarget) set("quote", view.readerTarget.quoteId);
  else if (hidesQuote) set("quote", HIDDEN_QUOTE);
  if (view.readerTarget && "paragraph" in view.readerTarget) set("para", String(view.readerTarget.paragraph));
  // Commas read better than %2C in a list.
  const query = params.toString().replace(/%2C/g, ",");
  return query === "" ? "" : `?${query}`;
}

const URL_FIELDS = [
  "blocId",
  "compare",
  "agreementId",
  "coChairId",
  "country",
  "filters",
  "asOf",
  "since",
  "roles",
  "panel",
  "readerTarget",
] as const satisfies readonly (keyof ViewState)[];

/**
 * Whether a store change touches what the URL holds. By reference: the store replaces what it
 * changes, and this runs on every change, hover included.
 */
export function urlFieldsChanged(a: ViewState, b: ViewState): boolean {
  return URL_FIELDS.some((field) => a[field] !== b[field]);
}
