import { useId, useState, type Ref } from "react";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc, ParticipantRole } from "../data/schema";
import { agreementTypeLabel, roleLabel } from "../domain/labels";
import { MEMBER_ROLES, participationsOn } from "../domain/memberships";
import { STATUS_GROUPS } from "../data/vocabulary";
import { statusGroupLabel } from "../domain/relations";
import { type RelationShape } from "../domain/relation-shapes";
import { COLORS, RELATION_COLORS } from "../domain/palette";
import type { Comparison } from "../domain/compare";
import { comparisonTitle, rolesPhrase, setOrder, setSummary } from "../domain/compare-text";
import { setColor } from "../domain/legend";
import type { Translate } from "../i18n/messages";
import { useLang, useText } from "../i18n/use-text";

function rolesLabel(t: Translate, roles: readonly ParticipantRole[]): string {
  return roles.map((role) => roleLabel(t, role)).join(", ");
}

type LegendProps = {
  bloc: DeepReadonly<Bloc> | undefined;
  date: string;
  relations: readonly RelationShape[];
  /**
   * The line colours to name: the selected relation's, or those the filters leave. Every type at
   * once is a long list; the filter panel names them with the same swatches.
   */
  types: readonly RelationShape["type"][];
  /** A comparison on the map: its three sets, named, counted and listed, take the colours' place. */
  comparison?: Comparison | undefined;
  /** Country names by ISO code, for a comparison's sets. */
  countryNames: ReadonlyMap<string, string>;
  /**
   * One line that opens to the whole legend on a tap, where the map is small (a phone) and the
   * legend would cover half of it.
   */
  collapsible?: boolean;
  /** The legend's box, for the map's camera to frame what it shows clear of it. */
  ref?: Ref<HTMLDivElement>;
};

/** What each colour and line on the map means, for what is on it now. */
export function Legend({ collapsible = false, ref, ...props }: LegendProps) {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  const t = useText();
  const lang = useLang();
  if (!collapsible) {
    return (
      <div ref={ref} className="legend" role="group" aria-label={t("map.legend")}>
        <LegendContent {...props} />
      </div>
    );
  }
  return (
    <div
      ref={ref}
      className={open ? "legend collapsible open" : "legend collapsible"}
      role="group"
      aria-label={t("map.legend")}
    >
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls={contentId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>{" "}
        {props.comparison
          ? t("map.legend-of", { what: comparisonTitle(t, lang, props.comparison) })
          : props.bloc
            ? t("map.legend-of", { what: props.bloc.shortName })
            : t("map.legend")}
      </button>
      <div id={contentId} hidden={!open}>
        <LegendContent {...props} />
      </div>
    </div>
  );
}

function LegendContent({
  bloc,
  date,
  relations,
  types,
  comparison,
  countryNames,
}: Omit<LegendProps, "collapsible">) {
  const groups = STATUS_GROUPS.filter((group) => relations.some((r) => r.group === group));
  const t = useText();
  return (
    <>
      {comparison ? (
        <CompareKey comparison={comparison} countryNames={countryNames} />
      ) : bloc ? (
        <BlocKey bloc={bloc} date={date} />
      ) : (
        <p>{t("map.legend-pick")}</p>
      )}
      {types.length + groups.length > 0 ? (
        <ul className="legend-relations">
          {types.map((type) => (
            <li key={type}>
              <span className="swatch-line" style={{ borderColor: RELATION_COLORS[type] }} />
              {type === "co-chairmanship" ? t("domain.legend.co-chairmanship") : agreementTypeLabel(t, type)}
            </li>
          ))}
          {groups.map((group) => (
            <li key={group}>
              <span className={`swatch-dash dash-${group}`} /> {statusGroupLabel(t, group)}
            </li>
          ))}
        </ul>
      ) : null}
      {groups.length > 0 && types.length === 0 ? (
        <p className="legend-small">{t("map.legend-line-colours")}</p>
      ) : null}
      <p className="legend-small">
        <span className="dot" style={{ background: COLORS.land }} /> {t("map.legend-dots")}
      </p>
    </>
  );
}

function BlocKey({ bloc, date }: { bloc: DeepReadonly<Bloc>; date: string }) {
  const roles = [...new Set(participationsOn(bloc, date).map((p) => p.role))];
  const memberRoles = roles.filter((r) => MEMBER_ROLES.has(r));
  const associateRoles = roles.filter((r) => !MEMBER_ROLES.has(r));
  const t = useText();
  return (
    <>
      <p className="legend-title">{bloc.shortName}</p>
      <ul>
        {memberRoles.length > 0 ? (
          <li>
            <span className="swatch" style={{ background: COLORS.member }} /> {rolesLabel(t, memberRoles)}
          </li>
        ) : null}
        {associateRoles.length > 0 ? (
          <li>
            <span className="swatch" style={{ background: COLORS.associate }} />{" "}
            {rolesLabel(t, associateRoles)}
          </li>
        ) : null}
        {roles.length === 0 ? (
          <li>{t("map.legend-no-countries", { note: bloc.membershipNote ?? t("map.legend-no-members") })}</li>
        ) : null}
      </ul>
    </>
  );
}

function CompareKey({
  comparison,
  countryNames,
}: {
  comparison: Comparison;
  countryNames: ReadonlyMap<string, string>;
}) {
  const t = useText();
  const lang = useLang();
  return (
    <>
      <p className="legend-title">{comparisonTitle(t, lang, comparison)}</p>
      <ul className="legend-compare">
        {setOrder(comparison.sets.kind).map((key) => (
          <li key={key} data-set={key}>
            <span className={`swatch set-${key}`} style={{ background: setColor(COLORS, key) }} />{" "}
            {setSummary(t, lang, comparison, key, countryNames)}
          </li>
        ))}
      </ul>
      <p className="legend-small">{t("map.legend-counted", { roles: rolesPhrase(t, comparison) })}</p>
    </>
  );
}
