import type { DeepReadonly } from "../data/deep-freeze";
import type { Dataset } from "../data/schema";
import { memberCodesOn } from "./memberships";

/**
 * How strongly a line is drawn. Receded: the first view, every line thin and light so the countries
 * read first. Shown: the lines are what is being looked at (the Agreements or Co-chairs list, a
 * filter on them). Forward: the selection's own lines. Dimmed: the rest while something is selected.
 */
export type LineEmphasis = "receded" | "dimmed" | "shown" | "forward";

/** The number the map's paint reads for each emphasis (feature-state `emphasis`). */
export const EMPHASIS_LEVEL: Record<LineEmphasis, number> = { receded: 0, dimmed: 1, shown: 2, forward: 3 };

/** What is selected, as far as lines care: the store's selection fits it. */
export type LineFocus = {
  readonly blocId?: string | undefined;
  readonly agreementId?: string | undefined;
  readonly coChairId?: string | undefined;
  readonly country?: string | undefined;
};

type Data = { readonly dataset: DeepReadonly<Dataset> };

/**
 * The ids of the lines that belong to the selection: the agreement or co-chairmanship itself; a
 * bloc's agreements and the co-chairmanships of its bodies (as its panel lists them); a country's
 * agreements (directly or through a bloc it is a member of on the date) and co-chairmanships.
 */
export function linesOfFocus(data: Data, focus: LineFocus, date: string): Set<string> {
  const { agreements, coChairmanships, blocs } = data.dataset;
  const ids = new Set<string>();
  if (focus.agreementId !== undefined) ids.add(focus.agreementId);
  if (focus.coChairId !== undefined) ids.add(focus.coChairId);
  const { blocId, country } = focus;
  if (blocId !== undefined) {
    for (const a of agreements) if (a.parties.some((p) => "bloc" in p && p.bloc === blocId)) ids.add(a.id);
    for (const c of coChairmanships) if (c.parentBlocId === blocId) ids.add(c.id);
  }
  if (country !== undefined) {
    const memberOf = new Set(blocs.filter((b) => memberCodesOn(b, date).includes(country)).map((b) => b.id));
    for (const a of agreements) {
      const party = a.parties.some((p) => ("country" in p ? p.country === country : memberOf.has(p.bloc)));
      if (party) ids.add(a.id);
    }
    for (const c of coChairmanships) if (c.coChairs.includes(country)) ids.add(c.id);
  }
  return ids;
}

/**
 * Each drawn line's emphasis. With something selected its own lines come forward and the rest
 * dim; with nothing selected every line recedes, unless the lines are what is being looked at.
 */
export function lineEmphasis(
  data: Data,
  lineIds: readonly string[],
  focus: LineFocus,
  date: string,
  linesInView: boolean,
): Map<string, LineEmphasis> {
  const selected = [focus.blocId, focus.agreementId, focus.coChairId, focus.country].some(
    (id) => id !== undefined,
  );
  if (!selected) {
    const all: LineEmphasis = linesInView ? "shown" : "receded";
    return new Map(lineIds.map((id) => [id, all]));
  }
  const own = linesOfFocus(data, focus, date);
  return new Map(lineIds.map((id) => [id, own.has(id) ? "forward" : "dimmed"]));
}
