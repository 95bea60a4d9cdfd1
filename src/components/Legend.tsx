import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc, ParticipantRole } from "../data/schema";
import { ROLE_LABELS } from "../domain/labels";
import { MEMBER_ROLES, participationsOn } from "../domain/memberships";
import { COLORS } from "../map/style";

function rolesLabel(roles: readonly ParticipantRole[]): string {
  return roles.map((role) => ROLE_LABELS[role]).join(", ");
}

/** What each colour means for the bloc on the map, in the words of its roles. */
export function Legend({ bloc, date }: { bloc: DeepReadonly<Bloc> | undefined; date: string }) {
  if (!bloc) {
    return (
      <div className="legend" aria-label="Legend">
        <p>Pick a bloc from the list, or a label on the map, to colour its countries.</p>
        <p className="legend-small">
          <span className="dot" style={{ background: COLORS.land }} /> Small countries are drawn as dots.
        </p>
      </div>
    );
  }
  const roles = [...new Set(participationsOn(bloc, date).map((p) => p.role))];
  const memberRoles = roles.filter((r) => MEMBER_ROLES.has(r));
  const associateRoles = roles.filter((r) => !MEMBER_ROLES.has(r));
  return (
    <div className="legend" aria-label="Legend">
      <p className="legend-title">{bloc.shortName}</p>
      <ul>
        {memberRoles.length > 0 ? (
          <li>
            <span className="swatch" style={{ background: COLORS.member }} /> {rolesLabel(memberRoles)}
          </li>
        ) : null}
        {associateRoles.length > 0 ? (
          <li>
            <span className="swatch" style={{ background: COLORS.associate }} /> {rolesLabel(associateRoles)}
          </li>
        ) : null}
        {roles.length === 0 ? (
          <li>No countries to colour: {bloc.membershipNote ?? "no members listed"}</li>
        ) : null}
        <li>
          <span className="swatch" style={{ background: COLORS.hover }} /> Under the pointer
        </li>
      </ul>
    </div>
  );
}
