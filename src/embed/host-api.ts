import * as z from "zod/mini";
import { AGREEMENT_TYPES } from "../data/vocabulary";
import { IsoDate } from "../data/schema-primitives";
import { RELATIONS, STATUS_GROUPS } from "../data/vocabulary";
import { type Filters } from "../domain/relations";
import { stepAfter } from "../domain/tour";
import type { BlocPair, CountedRoles } from "../domain/compare";
import type { KnownIds } from "../store/url-state";
import { quoted } from "../domain/quoted";
import { isLanguage, LANGUAGES, type Language } from "../data/languages";

/**
 * The host API: messages a page that frames Bloc Atlas sends it (commands) and gets back (events),
 * all plain data checked here, so the window wiring (use-host-bridge.ts) holds no logic.
 */

export const MESSAGE_PREFIX = "bloc-atlas:";

/** Ids are short; anything longer is not one, and is not worth echoing back. */
const Id = z.string().check(z.minLength(1), z.maxLength(100));
const IdList = z.array(Id).check(z.maxLength(50));

/** A bloc; with `since` ("speech" or a date), between that date and the date shown, as `?since=`. */
const SelectBloc = z.strictObject({
  type: z.literal("bloc-atlas:select"),
  bloc: Id,
  since: z.optional(Id),
});
const SelectAgreement = z.strictObject({ type: z.literal("bloc-atlas:select"), agreement: Id });
const SelectCoChair = z.strictObject({ type: z.literal("bloc-atlas:select"), cochair: Id });
const SelectCountry = z.strictObject({ type: z.literal("bloc-atlas:select"), country: Id });
/** Two blocs compared, as `?compare=first,second`; `roles: "all"` counts observers and partners too. */
const SelectCompare = z.strictObject({
  type: z.literal("bloc-atlas:select"),
  compare: z.tuple([Id, Id]),
  roles: z.optional(z.enum(["members", "all"])),
});
const Clear = z.strictObject({ type: z.literal("bloc-atlas:clear") });
const SetFilters = z.strictObject({
  type: z.literal("bloc-atlas:set-filters"),
  // The URL's own names, nested as in the state event (`type` is taken at the top); an absent
  // key keeps what is set, an empty list clears it.
  filters: z.strictObject({
    type: z.optional(IdList),
    status: z.optional(IdList),
    relation: z.optional(IdList),
  }),
});
const SetAsOf = z.strictObject({ type: z.literal("bloc-atlas:set-asof"), date: Id });
const GetState = z.strictObject({ type: z.literal("bloc-atlas:get-state") });
/** The language to show (`"en"`, `"ru"`, `"vi"`): any short string passes here, the languages are checked on resolving. */
const SetLang = z.strictObject({ type: z.literal("bloc-atlas:set-lang"), lang: Id });
/** A presented tour's step: its number (1-based) or a move, as a deck's fragments and a clicker give them. */
const StepMove = z.enum(["next", "previous", "first", "last"]);
const GoToStep = z.strictObject({
  type: z.literal("bloc-atlas:step"),
  step: z.union([z.int().check(z.minimum(1), z.maximum(999)), StepMove]),
});

export const HostCommand = z.union([
  SelectBloc,
  SelectCompare,
  SelectAgreement,
  SelectCoChair,
  SelectCountry,
  Clear,
  SetFilters,
  SetAsOf,
  GetState,
  GoToStep,
  SetLang,
]);
export type HostCommand = z.infer<typeof HostCommand>;

export const COMMAND_TYPES = [
  "bloc-atlas:select",
  "bloc-atlas:clear",
  "bloc-atlas:set-filters",
  "bloc-atlas:set-asof",
  "bloc-atlas:get-state",
  "bloc-atlas:step",
  "bloc-atlas:set-lang",
] as const;

export type ParsedMessage =
  { readonly ok: true; readonly command: HostCommand } | { readonly ok: false; readonly reason: string };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Checks a message against the command schema. The reason names what is wrong in one line, for a
 * console warning; it quotes nothing from the message beyond its type.
 */
export function parseHostMessage(data: unknown): ParsedMessage {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, reason: `a message must be an object with a "type", not ${describe(data)}` };
  }
  const type: unknown = (data as { type?: unknown }).type;
  if (typeof type !== "string" || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    const shown = typeof type === "string" ? `"${type.slice(0, 60)}"` : describe(type);
    return { ok: false, reason: `${shown} is not a command (${COMMAND_TYPES.join(", ")})` };
  }
  const parsed = HostCommand.safeParse(data);
  if (parsed.success) return { ok: true, command: parsed.data };
  return {
    ok: false,
    reason: `${type} has the wrong shape: ${SHAPES[type as (typeof COMMAND_TYPES)[number]]}`,
  };
}

const SHAPES: Record<(typeof COMMAND_TYPES)[number], string> = {
  "bloc-atlas:select":
    'it takes exactly one of bloc (with since: "speech" or "YYYY-MM-DD"), agreement, cochair or country, as a string, or compare: ["first", "second"] (with roles: "members" or "all")',
  "bloc-atlas:clear": "it takes nothing but its type",
  "bloc-atlas:set-filters":
    "it takes filters: { type, status, relation }, each an array of strings, all optional",
  "bloc-atlas:set-asof": 'it takes date: "YYYY-MM-DD", "speech" or "today"',
  "bloc-atlas:get-state": "it takes nothing but its type",
  "bloc-atlas:step": 'it takes step: a number from 1, or "next", "previous", "first" or "last"',
  "bloc-atlas:set-lang": `it takes lang: ${LANGUAGES.map((lang) => `"${lang}"`).join(", ")}`,
};

/** What a valid command asks the app to do, once checked against the dataset. */
export type HostIntent =
  | { readonly kind: "select-bloc"; readonly id: string; readonly since?: string }
  | { readonly kind: "select-compare"; readonly pair: BlocPair; readonly roles: CountedRoles }
  | { readonly kind: "select-agreement"; readonly id: string }
  | { readonly kind: "select-cochair"; readonly id: string }
  | { readonly kind: "select-country"; readonly iso3: string }
  | { readonly kind: "clear" }
  | { readonly kind: "set-filters"; readonly filters: Filters }
  | { readonly kind: "set-asof"; readonly asOf: string | undefined }
  | { readonly kind: "get-state" }
  | { readonly kind: "go-to-step"; readonly step: number }
  | { readonly kind: "set-lang"; readonly lang: Language };

/** The tour a page presents (`?present=`), where there is one: the step it shows, of how many. */
export type PresentedTour = { readonly id: string; readonly step: number; readonly count: number };

export type Resolved =
  { readonly ok: true; readonly intent: HostIntent } | { readonly ok: false; readonly message: string };

function pickKnown<T extends string>(
  values: readonly string[] | undefined,
  allowed: readonly T[],
  current: readonly T[],
  what: string,
  unknown: string[],
): T[] {
  if (values === undefined) return [...current];
  for (const value of values)
    if (!(allowed as readonly string[]).includes(value)) unknown.push(`${quoted(value)} is not a ${what}`);
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

/** A whole day, YYYY-MM-DD, that exists: the dataset's dates may be a year or a month, a command's not. */
function isDay(date: string): boolean {
  return date.length === 10 && IsoDate.safeParse(date).success;
}

/**
 * Turns a command into what the app does, or into the error the host is told: a command that names
 * nothing in the dataset changes nothing. A presented tour takes only steps, get-state and
 * set-lang: its map is the step's view, and a view changed under the caption would no longer match
 * it; another language changes the words, not the view.
 */
export function resolveCommand(
  command: HostCommand,
  known: KnownIds,
  current: Filters,
  today: string,
  tour?: PresentedTour,
): Resolved {
  const fail = (message: string): Resolved => ({ ok: false, message });
  const ok = (intent: HostIntent): Resolved => ({ ok: true, intent });
  if (command.type === "bloc-atlas:set-lang") {
    return isLanguage(command.lang)
      ? ok({ kind: "set-lang", lang: command.lang })
      : fail(`${quoted(command.lang)} is not a language this app speaks (${LANGUAGES.join(", ")})`);
  }
  if (command.type === "bloc-atlas:step") {
    if (tour === undefined)
      return fail("no tour is presented here: bloc-atlas:step needs a frame opened with ?present=<tour>");
    if (typeof command.step === "string")
      return ok({ kind: "go-to-step", step: stepAfter(command.step, tour.step, tour.count) });
    return command.step <= tour.count
      ? ok({ kind: "go-to-step", step: command.step })
      : fail(`the tour ${quoted(tour.id)} has ${tour.count} steps; there is no step ${command.step}`);
  }
  if (tour !== undefined && command.type !== "bloc-atlas:get-state")
    return fail(
      `this frame presents the tour ${quoted(tour.id)}: it takes bloc-atlas:step, not ${command.type}`,
    );
  switch (command.type) {
    case "bloc-atlas:select": {
      if ("compare" in command) {
        const unknown = command.compare.filter((id) => !known.blocs.has(id));
        return unknown.length === 0
          ? ok({ kind: "select-compare", pair: command.compare, roles: command.roles ?? "members" })
          : fail(unknown.map((id) => `there is no bloc ${quoted(id)} in this dataset`).join("; "));
      }
      if ("bloc" in command) {
        if (!known.blocs.has(command.bloc))
          return fail(`there is no bloc ${quoted(command.bloc)} in this dataset`);
        if (command.since === undefined) return ok({ kind: "select-bloc", id: command.bloc });
        const since = command.since === "speech" ? known.speechDate : command.since;
        if (!isDay(since)) return fail(`since ${quoted(since)} is not a date (YYYY-MM-DD or "speech")`);
        // The later end is the date shown, or today: the earlier must come before today.
        if (since < known.speechDate || since >= today)
          return fail(`since ${since} is not from ${known.speechDate} to the day before ${today}`);
        return ok({ kind: "select-bloc", id: command.bloc, since });
      }
      if ("agreement" in command)
        return known.agreements.has(command.agreement)
          ? ok({ kind: "select-agreement", id: command.agreement })
          : fail(`there is no agreement ${quoted(command.agreement)} in this dataset`);
      if ("cochair" in command)
        return known.coChairmanships.has(command.cochair)
          ? ok({ kind: "select-cochair", id: command.cochair })
          : fail(`there is no co-chairmanship ${quoted(command.cochair)} in this dataset`);
      const iso3 = command.country.toUpperCase();
      return known.countries.has(iso3)
        ? ok({ kind: "select-country", iso3 })
        : fail(`there is no country ${quoted(command.country)} on the map`);
    }
    case "bloc-atlas:clear":
      return ok({ kind: "clear" });
    case "bloc-atlas:set-filters": {
      const unknown: string[] = [];
      const filters: Filters = {
        types: pickKnown(command.filters.type, AGREEMENT_TYPES, current.types, "type of agreement", unknown),
        statuses: pickKnown(command.filters.status, STATUS_GROUPS, current.statuses, "status", unknown),
        relations: pickKnown(
          command.filters.relation,
          RELATIONS,
          current.relations,
          "kind of relation",
          unknown,
        ),
      };
      return unknown.length > 0 ? fail(unknown.join("; ")) : ok({ kind: "set-filters", filters });
    }
    case "bloc-atlas:set-asof": {
      const { date } = command;
      if (date === "speech") return ok({ kind: "set-asof", asOf: undefined });
      if (date === "today") return ok({ kind: "set-asof", asOf: today });
      if (!isDay(date)) return fail(`${quoted(date)} is not a date (YYYY-MM-DD, "speech" or "today")`);
      if (date < known.speechDate || date > today)
        return fail(`${date} is outside ${known.speechDate} to ${today}`);
      return ok({ kind: "set-asof", asOf: date === known.speechDate ? undefined : date });
    }
    case "bloc-atlas:get-state":
      return ok({ kind: "get-state" });
  }
}
