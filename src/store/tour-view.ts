import type { DeepReadonly } from "../data/deep-freeze";
import type { TourStep } from "../data/tour-schema";
import type { ViewState } from "./atlas-store";

/**
 * The view a step shows, as the store holds it. `asof: "today"` is the day the tour is shown;
 * the speech's own date is the default, as in a URL, except for a bloc between two dates, whose
 * later end is today unless the step says otherwise.
 */
export function stepViewState(step: DeepReadonly<TourStep>, speechDate: string, today: string): ViewState {
  const { view } = step;
  const since = view.bloc === undefined ? undefined : view.since === "speech" ? speechDate : view.since;
  const asOf = view.asof === "today" || (view.asof === undefined && since !== undefined) ? today : view.asof;
  const compare = view.compare === undefined ? undefined : ([view.compare[0], view.compare[1]] as const);
  const focused =
    compare !== undefined ||
    view.bloc !== undefined ||
    view.agreement !== undefined ||
    view.cochair !== undefined;
  const shownSince = since !== undefined && asOf !== undefined && since < asOf ? since : undefined;
  return {
    blocId: compare === undefined ? view.bloc : undefined,
    compare,
    agreementId: view.agreement,
    coChairId: view.cochair,
    country: view.country,
    focusCountry: view.country !== undefined && !focused,
    filters: { types: view.type ?? [], statuses: view.status ?? [], relations: view.relation ?? [] },
    asOf: asOf === speechDate ? undefined : asOf,
    since: shownSince,
    roles: view.roles === "all" && (compare !== undefined || shownSince !== undefined) ? "all" : "members",
    panel: "details",
    readerTarget: undefined,
  };
}
