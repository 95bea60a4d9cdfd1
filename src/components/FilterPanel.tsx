import { useState, type ReactNode } from "react";
import { type AgreementType } from "../data/schema";
import { AGREEMENT_TYPES } from "../data/vocabulary";
import { agreementTypeLabel } from "../domain/labels";
import { RELATIONS, STATUS_GROUPS, type Relation, type StatusGroup } from "../data/vocabulary";
import { isFiltering, NO_FILTERS, relationLabel, statusGroupLabel, type Filters } from "../domain/relations";
import { RELATION_COLORS } from "../domain/palette";
import { useText } from "../i18n/use-text";

type FilterPanelProps = {
  filters: Filters;
  typeCounts: ReadonlyMap<AgreementType, number>;
  onChange: (filters: Filters) => void;
};

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Checkboxes, so every filter is reachable with Tab and set with Space. Nothing ticked in a group
 * means the group does not narrow anything.
 */
export function FilterPanel({ filters, typeCounts, onChange }: FilterPanelProps) {
  const typesPresent = AGREEMENT_TYPES.filter(
    (type) => (typeCounts.get(type) ?? 0) > 0 || filters.types.includes(type),
  );
  // Open while any filter is on (one set by a link or a host opens it); once opened, it stays open
  // when the last filter is cleared, so the box just unticked keeps focus instead of vanishing.
  const [opened, setOpened] = useState(false);
  const t = useText();
  const count = filters.types.length + filters.statuses.length + filters.relations.length;
  return (
    <details
      className="filters"
      open={opened || isFiltering(filters) || undefined}
      onToggle={(event) => setOpened(event.currentTarget.open)}
    >
      <summary>{isFiltering(filters) ? t("lists.filters-on", { count }) : t("lists.filters")}</summary>
      <CheckboxGroup
        legend={t("lists.filter-show")}
        name="relation"
        options={RELATIONS}
        checked={filters.relations}
        onChange={(relations) => onChange({ ...filters, relations })}
        label={(relation: Relation) => relationLabel(t, relation)}
      />
      <CheckboxGroup
        legend={t("lists.filter-type")}
        name="type"
        options={typesPresent}
        checked={filters.types}
        onChange={(types) => onChange({ ...filters, types })}
        label={(type) => (
          <>
            <span className="swatch-line" style={{ borderColor: RELATION_COLORS[type] }} />
            {agreementTypeLabel(t, type)} <span className="count">({typeCounts.get(type) ?? 0})</span>
          </>
        )}
      />
      <CheckboxGroup
        legend={t("lists.filter-status")}
        name="status"
        options={STATUS_GROUPS}
        checked={filters.statuses}
        onChange={(statuses) => onChange({ ...filters, statuses })}
        label={(group: StatusGroup) => (
          <>
            <span className={`swatch-dash dash-${group}`} />
            {statusGroupLabel(t, group)}
          </>
        )}
      />
      {isFiltering(filters) ? (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t("lists.clear-filters")}
        </button>
      ) : null}
    </details>
  );
}

function CheckboxGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  checked: readonly T[];
  onChange: (checked: T[]) => void;
  label: (option: T) => ReactNode;
}) {
  const { legend, name, options, checked, onChange, label } = props;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={checked.includes(option)}
            onChange={() => onChange(toggle(checked, option))}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
