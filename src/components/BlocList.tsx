import { memo, useDeferredValue, useMemo } from "react";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc } from "../data/schema";
import { filterGroups, type BlocGroup, type BlocSearchIndex } from "../domain/bloc-list";
import { useAtlasStore } from "../store/atlas-store";

type BlocListProps = {
  groups: readonly BlocGroup[];
  memberCounts: ReadonlyMap<string, number>;
  searchIndex: BlocSearchIndex;
  selectedBlocId: string | undefined;
  onSelect: (blocId: string) => void;
};

/**
 * Every bloc, grouped by the speaker's framing and by kind, with member counts and a search box.
 * It reads the query from the store itself, so a keystroke re-renders this list and nothing else.
 */
export function BlocList(props: BlocListProps) {
  const { groups, memberCounts, searchIndex, selectedBlocId, onSelect } = props;
  const query = useAtlasStore((s) => s.blocQuery);
  const onQueryChange = useAtlasStore((s) => s.setBlocQuery);
  // Typing stays responsive on a large dataset: the list catches up in a lower-priority render.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterGroups(groups, deferredQuery, searchIndex),
    [groups, deferredQuery, searchIndex],
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
      <BlocGroups
        groups={visible}
        memberCounts={memberCounts}
        selectedBlocId={selectedBlocId}
        onSelect={onSelect}
      />
      {total === 0 ? (
        <p className="empty">
          Nothing matches. <button onClick={() => onQueryChange("")}>Clear the search</button>
        </p>
      ) : null}
    </nav>
  );
}

/**
 * The grouped list, memoised: while the deferred query catches up, the urgent render of a
 * keystroke passes the same groups and skips the whole list.
 */
const BlocGroups = memo(function BlocGroups({
  groups,
  memberCounts,
  selectedBlocId,
  onSelect,
}: {
  groups: readonly BlocGroup[];
  memberCounts: ReadonlyMap<string, number>;
  selectedBlocId: string | undefined;
  onSelect: (blocId: string) => void;
}) {
  return groups.map((group) => (
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
  ));
});

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
