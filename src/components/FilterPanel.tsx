import { AGREEMENT_TYPES, type AgreementType } from "../data/schema";
import { AGREEMENT_TYPE_LABELS } from "../domain/labels";
import {
  RELATIONS,
  RELATION_LABELS,
  STATUS_GROUPS,
  STATUS_GROUP_LABELS,
  isFiltering,
  type Filters,
  type Relation,
  type StatusGroup,
} from "../domain/relations";
import { RELATION_COLORS } from "../map/style";

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
  return (
    <details className="filters" open={isFiltering(filters) || undefined}>
      <summary>
        Filters
        {isFiltering(filters)
          ? ` (${filters.types.length + filters.statuses.length + filters.relations.length} on)`
          : ""}
      </summary>
      <fieldset>
        <legend>Show</legend>
        {RELATIONS.map((relation: Relation) => (
          <label key={relation} className="check">
            <input
              type="checkbox"
              name="relation"
              value={relation}
              checked={filters.relations.includes(relation)}
              onChange={() => onChange({ ...filters, relations: toggle(filters.relations, relation) })}
            />
            {RELATION_LABELS[relation]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Type of agreement</legend>
        {typesPresent.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              name="type"
              value={type}
              checked={filters.types.includes(type)}
              onChange={() => onChange({ ...filters, types: toggle(filters.types, type) })}
            />
            <span className="swatch-line" style={{ borderColor: RELATION_COLORS[type] }} />
            {AGREEMENT_TYPE_LABELS[type]} <span className="count">({typeCounts.get(type) ?? 0})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {STATUS_GROUPS.map((group: StatusGroup) => (
          <label key={group} className="check">
            <input
              type="checkbox"
              name="status"
              value={group}
              checked={filters.statuses.includes(group)}
              onChange={() => onChange({ ...filters, statuses: toggle(filters.statuses, group) })}
            />
            <span className={`swatch-dash dash-${group}`} />
            {STATUS_GROUP_LABELS[group]}
          </label>
        ))}
      </fieldset>
      {isFiltering(filters) ? (
        <button type="button" onClick={() => onChange({ types: [], statuses: [], relations: [] })}>
          Clear filters
        </button>
      ) : null}
    </details>
  );
}
