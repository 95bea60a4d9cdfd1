import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc } from "../data/schema";
import type { Translate } from "../i18n/messages";
import { agreementTypeLabel, roleLabel } from "./labels";
import type { Comparison } from "./compare";
import { setLabel, setOrder, type SetKey } from "./compare-text";
import type { CountryHighlight } from "./map-model";
import { MEMBER_ROLES, participationsOn } from "./memberships";
import type { RelationShape } from "./relation-shapes";
import { RELATION_COLORS, type MapColors } from "./palette";

/** One entry of a one-line legend: a colour, how it is drawn (a patch or a line) and its meaning. */
export type LegendEntry = {
  readonly color: string;
  readonly shape: "swatch" | "line";
  readonly label: string;
};

export type LegendInput = {
  /** The selected bloc: its roles name the two colours. */
  readonly bloc: DeepReadonly<Bloc> | undefined;
  readonly highlight: CountryHighlight;
  /** The strong colour's name when no bloc is selected (`domain.legend.parties`, `domain.legend.co-chairs`). */
  readonly partiesLabel: string;
  readonly date: string;
  readonly types: readonly RelationShape["type"][];
  readonly colors: MapColors;
  /** A comparison on the map: its three sets name the colours instead. */
  readonly comparison?: Comparison | undefined;
};

/** The colour of each of a comparison's sets. */
export function setColor(colors: MapColors, key: SetKey): string {
  return { both: colors.compareBoth, first: colors.compareFirst, second: colors.compareSecond }[key];
}

/** What the colours and lines on the map mean now, for a compact legend (an embed, an image). */
export function legendEntries(
  t: Translate,
  { bloc, highlight, partiesLabel, date, types, colors, comparison }: LegendInput,
): LegendEntry[] {
  if (comparison) {
    return setOrder(comparison.sets.kind).map((key) => ({
      color: setColor(colors, key),
      shape: "swatch" as const,
      label: t("domain.legend.set-count", {
        label: setLabel(t, comparison, key),
        count: comparison.sets[key].length,
      }),
    }));
  }
  const roles = bloc ? [...new Set(participationsOn(bloc, date).map((p) => p.role))] : [];
  const rolesLabel = (member: boolean) =>
    roles
      .filter((r) => MEMBER_ROLES.has(r) === member)
      .map((r) => roleLabel(t, r))
      .join(", ");
  const strong = bloc ? rolesLabel(true) : highlight.members.length > 0 ? partiesLabel : "";
  const light = bloc
    ? rolesLabel(false)
    : highlight.associates.length > 0
      ? t("domain.legend.bloc-party-members")
      : "";
  return [
    ...(strong ? [{ color: colors.member, shape: "swatch" as const, label: strong }] : []),
    ...(light ? [{ color: colors.associate, shape: "swatch" as const, label: light }] : []),
    ...types.map((type) => ({
      color: RELATION_COLORS[type],
      shape: "line" as const,
      label: type === "co-chairmanship" ? t("domain.legend.co-chairmanship") : agreementTypeLabel(t, type),
    })),
  ];
}
