import { useDeferredValue, useMemo } from "react";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc } from "../data/schema";
import { filterGroups, type BlocGroup } from "../domain/bloc-list";

type BlocListProps = {
  groups: readonly BlocGroup[];
  memberCounts: ReadonlyMap<string, number>;
  foldedCountryNames: ReadonlyMap<string, string>;
  selectedBlocId: string | undefined;
  query: string;
  onQueryChange: (query: string) => void;
  onSelect: (blocId: string) => void;
};

/** Every bloc, grouped by the speaker's framing and by kind, with member counts and a search box. */
export function BlocList(props: BlocListProps) {
  const { groups, memberCounts, foldedCountryNames, selectedBlocId, query, onQueryChange, onSelect } = props;
  // Typing stays responsive on a large dataset: the list catches up in a lower-priority render.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterGroups(groups, deferredQuery, foldedCountryNames),
    [groups, deferredQuery, foldedCountryNames],
  );
  const total = visible.reduce((sum, g) => sum + g.blocs.length, 0);
  return (
    <nav className="bloc-browser" aria-label="Blocs">
      <label className="search">
        <span>Find a bloc or a country</span>
        <input
          type="search"
          value={query}
          placeholder="ASEAN, free trade, Vietnam…"
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && query !== "") {
              event.stopPropagation();
              onQueryChange("");
            }
          }}
        />
      </label>
      <p className="result-count" role="status">
        {query.trim() === ""
          ? `${total} blocs`
          : `${total} of ${countBlocs(groups)} blocs match “${query.trim()}”`}
      </p>
      {visible.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`} className="group-title">
            {group.title}
          </h2>
          <ul className="bloc-list">
            {group.blocs.map((bloc) => (
              <BlocItem
                key={bloc.id}
                bloc={bloc}
                memberCount={memberCounts.get(bloc.id) ?? 0}
                selected={bloc.id === selectedBlocId}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </section>
      ))}
      {total === 0 ? (
        <p className="empty">
          Nothing matches. <button onClick={() => onQueryChange("")}>Clear the search</button>
        </p>
      ) : null}
    </nav>
  );
}

function countBlocs(groups: readonly BlocGroup[]): number {
  return groups.reduce((sum, g) => sum + g.blocs.length, 0);
}

function BlocItem({
  bloc,
  memberCount,
  selected,
  onSelect,
}: {
  bloc: DeepReadonly<Bloc>;
  memberCount: number;
  selected: boolean;
  onSelect: (blocId: string) => void;
}) {
  const countLabel = bloc.status === "established" ? "members" : "countries";
  return (
    <li>
      <button
        type="button"
        className="bloc-item"
        data-bloc-id={bloc.id}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(bloc.id)}
      >
        <span className="bloc-name">{bloc.name}</span>
        <span className="count">
          {memberCount}
          <span className="visually-hidden"> {countLabel}</span>
        </span>
      </button>
    </li>
  );
}
