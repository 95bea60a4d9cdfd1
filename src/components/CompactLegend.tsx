import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc } from "../data/schema";
import { AGREEMENT_TYPE_LABELS, ROLE_LABELS } from "../domain/labels";
import type { CountryHighlight } from "../domain/map-model";
import { MEMBER_ROLES, participationsOn } from "../domain/memberships";
import type { RelationShape } from "../domain/relations";
import { RELATION_COLORS, type MapColors } from "../palette";

type CompactLegendProps = {
  /** The selected bloc: its roles name the two colours. */
  bloc: DeepReadonly<Bloc> | undefined;
  /** What is coloured, to name the colours of an agreement's or co-chairmanship's countries. */
  highlight: CountryHighlight;
  /** The strong colour's name when no bloc is selected ("Parties", "Co-chairs"). */
  partiesLabel: string;
  date: string;
  types: readonly RelationShape["type"][];
  colors: MapColors;
};

/** The legend on one line, for an embed: the colours in use now and the kinds of line shown. */
export function CompactLegend({ bloc, highlight, partiesLabel, date, types, colors }: CompactLegendProps) {
  const roles = bloc ? [...new Set(participationsOn(bloc, date).map((p) => p.role))] : [];
  const rolesLabel = (member: boolean) =>
    roles
      .filter((r) => MEMBER_ROLES.has(r) === member)
      .map((r) => ROLE_LABELS[r])
      .join(", ");
  const strong = bloc ? rolesLabel(true) : highlight.members.length > 0 ? partiesLabel : "";
  const light = bloc ? rolesLabel(false) : highlight.associates.length > 0 ? "Members of a bloc party" : "";
  return (
    <ul className="compact-legend" aria-label="Legend">
      {strong ? (
        <li>
          <span className="swatch" style={{ background: colors.member }} /> {strong}
        </li>
      ) : null}
      {light ? (
        <li>
          <span className="swatch" style={{ background: colors.associate }} /> {light}
        </li>
      ) : null}
      {types.map((type) => (
        <li key={type}>
          <span className="swatch-line" style={{ borderColor: RELATION_COLORS[type] }} />
          {type === "co-chairmanship" ? "Co-chairmanship" : AGREEMENT_TYPE_LABELS[type]}
        </li>
      ))}
      {!strong && !light && types.length === 0 ? (
        <li>Lines join the parties to each agreement and co-chairmanship</li>
      ) : null}
    </ul>
  );
}
