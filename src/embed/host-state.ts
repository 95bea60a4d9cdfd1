import type { DeepReadonly } from "../data/deep-freeze";
import type { Language } from "../data/languages";
import type { CountryIndex } from "../data/country-index";
import type { Dataset } from "../data/schema";
import type { BlocPair, CountedRoles } from "../domain/compare";
import type { ViewState } from "../store/atlas-store";
import { comparisonFor, highlightFor } from "../store/selectors";
import type { HostCommand, PresentedTour } from "./host-api";

/** What the host is told after every change: the view in the URL's names, and what is coloured. */
export type HostState = {
  readonly selection: {
    readonly bloc?: string;
    /** Two blocs compared, first and second. */
    readonly compare?: BlocPair;
    readonly agreement?: string;
    readonly cochair?: string;
    readonly country?: string;
  };
  /** The same codes as the map's `data-highlighted`: coloured strongly, sorted. */
  readonly highlighted: readonly string[];
  readonly filters: {
    readonly type: readonly string[];
    readonly status: readonly string[];
    readonly relation: readonly string[];
  };
  /** The date memberships and statuses are shown as of (YYYY-MM-DD). */
  readonly asOf: string;
  /** A bloc shown between two dates: the earlier (YYYY-MM-DD); `asOf` is the later. */
  readonly since?: string;
  /**
   * A comparison's three sets, as the map's `data-compare` gives them: in both and only in each of
   * two blocs, or, for one bloc between two dates, who stayed, joined and left. With `roles`.
   */
  readonly compared?:
    | {
        readonly both: readonly string[];
        readonly first: readonly string[];
        readonly second: readonly string[];
        readonly roles: CountedRoles;
      }
    | {
        readonly stayed: readonly string[];
        readonly joined: readonly string[];
        readonly left: readonly string[];
        readonly roles: CountedRoles;
      };
  /** The same view in the full app (its parameters alone: the language is `lang`). */
  readonly url: string;
  /** The language the frame is shown in: after a set-lang, once the new one has loaded. */
  readonly lang: Language;
  /** Present only while a tour is presented. */
  readonly tour?: PresentedTour;
};

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

export function hostStateOf(
  data: Data,
  view: ViewState,
  url: string,
  lang: Language,
  tour?: PresentedTour,
): HostState {
  const date = view.asOf ?? data.dataset.speech.date;
  const comparison = comparisonFor(data, view, date);
  const sets = comparison?.sets;
  const sorted = (codes: readonly string[]) => [...codes].sort();
  const compared =
    sets === undefined || comparison === undefined
      ? {}
      : {
          compared:
            sets.kind === "blocs"
              ? {
                  both: sorted(sets.both),
                  first: sorted(sets.first),
                  second: sorted(sets.second),
                  roles: comparison.roles,
                }
              : {
                  stayed: sorted(sets.both),
                  joined: sorted(sets.second),
                  left: sorted(sets.first),
                  roles: comparison.roles,
                },
        };
  const selection = {
    ...(view.blocId === undefined ? {} : { bloc: view.blocId }),
    ...(view.compare === undefined ? {} : { compare: view.compare }),
    ...(view.agreementId === undefined ? {} : { agreement: view.agreementId }),
    ...(view.coChairId === undefined ? {} : { cochair: view.coChairId }),
    ...(view.country === undefined ? {} : { country: view.country }),
  };
  return {
    selection,
    highlighted: [...highlightFor(data, view, date).members].sort(),
    filters: { type: view.filters.types, status: view.filters.statuses, relation: view.filters.relations },
    asOf: date,
    ...(view.since === undefined || view.blocId === undefined ? {} : { since: view.since }),
    ...compared,
    url,
    lang,
    ...(tour === undefined ? {} : { tour }),
  };
}

export type HostEvent =
  | ({ readonly type: "bloc-atlas:ready" } & HostState)
  | ({ readonly type: "bloc-atlas:state" } & HostState)
  | { readonly type: "bloc-atlas:error"; readonly message: string; readonly command: HostCommand }
  | { readonly type: "bloc-atlas:height"; readonly height: number; readonly view: string };
