import type { TourStep } from "../data/tour-schema";
import type { ViewState } from "./atlas-store";

/**
 * The view a step shows, as the store holds it. `asof: "today"` is the day the tour is shown;
 * the speech's own date is the default, as in a URL.
 */
export function stepViewState(step: TourStep, speechDate: string, today: string): ViewState {
  const { view } = step;
  const asOf = view.asof === "today" ? today : view.asof;
  const focused = view.bloc !== undefined || view.agreement !== undefined || view.cochair !== undefined;
  return {
    blocId: view.bloc,
    agreementId: view.agreement,
    coChairId: view.cochair,
    country: view.country,
    focusCountry: view.country !== undefined && !focused,
    filters: { types: view.type ?? [], statuses: view.status ?? [], relations: view.relation ?? [] },
    asOf: asOf === speechDate ? undefined : asOf,
    panel: "details",
    readerTarget: undefined,
  };
}
