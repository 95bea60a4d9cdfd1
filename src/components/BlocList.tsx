import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useDeferredValue, useEffect, useMemo, useRef } from "react";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc } from "../data/schema";
import {
  WINDOWED_FROM_ROWS,
  filterGroups,
  listRows,
  type BlocGroup,
  type BlocListRow,
  type BlocSearchIndex,
} from "../domain/bloc-list";
import { useText } from "../i18n/use-text";
import { useAtlasStore } from "../store/atlas-store";

type BlocListProps = {
  groups: readonly BlocGroup[];
  memberCounts: ReadonlyMap<string, number>;
  searchIndex: BlocSearchIndex;
  selectedBlocId: string | undefined;
  /** Picking two blocs to compare: each bloc is a toggle button, pressed when it is one of them. */
  pairMode: PairMode;
  onSelect: (blocId: string) => void;
};

/** The list's way of picking two blocs to compare, for a keyboard and a screen reader alike. */
export type PairMode = {
  readonly picking: boolean;
  /** The blocs picked so far (the selected one, or the two compared). */
  readonly chosen: readonly string[];
  /** What the list says the next pick does. */
  readonly status: string;
  readonly onToggle: (picking: boolean) => void;
};

/**
 * Every bloc, grouped by the speaker's framing and by kind, with member counts and a search box.
 * It reads the query from the store itself, so a keystroke re-renders this list and nothing else.
 */
export function BlocList(props: BlocListProps) {
  const { groups, memberCounts, searchIndex, selectedBlocId, pairMode, onSelect } = props;
  const chosen = useMemo(
    () => (pairMode.picking ? new Set(pairMode.chosen) : undefined),
    [pairMode.picking, pairMode.chosen],
  );
  const query = useAtlasStore((s) => s.blocQuery);
  const onQueryChange = useAtlasStore((s) => s.setBlocQuery);
  // Typing stays responsive on a large dataset: the list catches up in a lower-priority render.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterGroups(groups, deferredQuery, searchIndex),
    [groups, deferredQuery, searchIndex],
  );
  const total = visible.reduce((sum, g) => sum + g.blocs.length, 0);
  const t = useText();
  return (
    <nav className="bloc-browser" aria-label={t("lists.blocs")}>
      {/* Before the search box, so Tab goes from the search to its results. */}
      <label className="check pair-mode">
        <input
          type="checkbox"
          checked={pairMode.picking}
          onChange={(event) => pairMode.onToggle(event.target.checked)}
        />
        {t("lists.pick-two")}
      </label>
      {pairMode.picking ? (
        <p className="pair-status" role="status">
          {pairMode.status}
        </p>
      ) : null}
      <label className="search">
        <span>{t("lists.search-label")}</span>
        <input
          type="search"
          value={query}
          placeholder={t("lists.search-placeholder")}
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
          ? t("lists.bloc-count", { count: total })
          : t("lists.blocs-match", { count: String(total), total: countBlocs(groups), query: query.trim() })}
      </p>
      {countBlocs(groups) + groups.length >= WINDOWED_FROM_ROWS ? (
        <WindowedBlocRows
          groups={visible}
          memberCounts={memberCounts}
          selectedBlocId={selectedBlocId}
          chosen={chosen}
          onSelect={onSelect}
        />
      ) : (
        <BlocGroups
          groups={visible}
          memberCounts={memberCounts}
          selectedBlocId={selectedBlocId}
          chosen={chosen}
          onSelect={onSelect}
        />
      )}
      {total === 0 ? (
        <p className="empty">
          {t("lists.nothing-matches")}{" "}
          <button onClick={() => onQueryChange("")}>{t("lists.clear-search")}</button>
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
  chosen,
  onSelect,
}: GroupsProps) {
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
            pressed={chosen?.has(bloc.id)}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </section>
  ));
});

type GroupsProps = {
  groups: readonly BlocGroup[];
  memberCounts: ReadonlyMap<string, number>;
  selectedBlocId: string | undefined;
  /** In pair mode, the blocs picked; undefined outside it. */
  chosen: ReadonlySet<string> | undefined;
  onSelect: (blocId: string) => void;
};

/** What a row of the windowed list is drawn at before it is measured, in CSS pixels. */
const ESTIMATED_ROW_HEIGHT = { group: 36, bloc: 30 } as const;

/**
 * A long list (the whole dataset's rows are many hundreds) drawn as a window: only the rows in view
 * and a few either side are in the document, in a box of its own that scrolls. Tab still walks every
 * bloc in order: focusing a row past the edge scrolls the box, which draws the rows beyond it. Each
 * row says its place in the whole list (`aria-posinset` of `aria-setsize`), since a screen reader
 * cannot count rows that are not drawn.
 */
const WindowedBlocRows = memo(function WindowedBlocRows({
  groups,
  memberCounts,
  selectedBlocId,
  chosen,
  onSelect,
}: GroupsProps) {
  const rows = useMemo(() => listRows(groups), [groups]);
  const scroller = useRef<HTMLDivElement>(null);
  // The rule guards the React Compiler's memoisation, which this app does not use; the virtualizer
  // re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATED_ROW_HEIGHT[rows[index]?.kind ?? "bloc"],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
  });
  // A new search shows its list from the top, not wherever the last one was scrolled to.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [groups, virtualizer]);
  return (
    <div ref={scroller} className="bloc-window">
      <div role="list" className="bloc-window-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="bloc-window-row"
              style={{ transform: `translateY(${String(item.start)}px)` }}
            >
              <WindowedRow
                row={row}
                memberCounts={memberCounts}
                selectedBlocId={selectedBlocId}
                chosen={chosen}
                onSelect={onSelect}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});

function WindowedRow({
  row,
  memberCounts,
  selectedBlocId,
  chosen,
  onSelect,
}: Omit<GroupsProps, "groups"> & { row: BlocListRow }) {
  if (row.kind === "group") {
    return (
      <h2 className="group-title">
        {row.title} <span className="visually-hidden">({row.count})</span>
      </h2>
    );
  }
  return (
    <BlocButton
      bloc={row.bloc}
      memberCount={memberCounts.get(row.bloc.id) ?? 0}
      selected={row.bloc.id === selectedBlocId}
      pressed={chosen?.has(row.bloc.id)}
      onSelect={onSelect}
    />
  );
}

function countBlocs(groups: readonly BlocGroup[]): number {
  return groups.reduce((sum, g) => sum + g.blocs.length, 0);
}

type BlocButtonProps = {
  bloc: DeepReadonly<Bloc>;
  memberCount: number;
  selected: boolean;
  /** In pair mode, whether it is one of the blocs picked; undefined outside it (a plain button). */
  pressed: boolean | undefined;
  onSelect: (blocId: string) => void;
};

function BlocItem(props: BlocButtonProps) {
  return (
    <li>
      <BlocButton {...props} />
    </li>
  );
}

function BlocButton({ bloc, memberCount, selected, pressed, onSelect }: BlocButtonProps) {
  const t = useText();
  const countLabel =
    bloc.status === "established"
      ? t("lists.count-members", { count: memberCount })
      : t("lists.count-countries", { count: memberCount });
  return (
    <button
      type="button"
      className="bloc-item"
      data-bloc-id={bloc.id}
      aria-current={selected ? "true" : undefined}
      aria-pressed={pressed}
      onClick={() => onSelect(bloc.id)}
    >
      <span className="bloc-name">{bloc.name}</span>
      <span className="count">
        {memberCount}
        <span className="visually-hidden"> {countLabel}</span>
      </span>
    </button>
  );
}
