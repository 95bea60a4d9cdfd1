import { AsOfControl } from "../../components/AsOfControl";
import { BlocList } from "../../components/BlocList";
import { FilterPanel } from "../../components/FilterPanel";
import { AgreementList, CoChairList } from "../../components/RelationLists";
import { TabList, TabPanel } from "../../components/Tabs";
import type { LoadedData } from "../../domain/loaded-data";
import { NO_FILTERS, isFiltering } from "../../domain/relations";
import { useAtlasStore } from "../../store/atlas-store";
import type { AtlasView } from "../../store/use-atlas-view";
import { useListsView } from "../../store/use-panels-view";
import type { ComponentProps } from "react";
import { useText } from "../../i18n/use-text";

type PairMode = ComponentProps<typeof BlocList>["pairMode"];

/**
 * The lists column: the date shown, the filters, and the lists of blocs, agreements and
 * co-chairmanships, each a tab.
 */
export function AtlasLists({
  data,
  view,
  today,
  pairMode,
}: {
  data: LoadedData;
  view: AtlasView;
  today: string;
  pairMode: PairMode;
}) {
  const { dataset } = data;
  const { speechDate, date, selection, filters, asOf, bloc } = view;
  const panelView = useListsView(data, view);
  const listView = useAtlasStore((s) => s.listView);
  const pickingPair = useAtlasStore((s) => s.pickingPair);
  const selectBloc = useAtlasStore((s) => s.selectBloc);
  const pickForPair = useAtlasStore((s) => s.pickForPair);
  const setSince = useAtlasStore((s) => s.setSince);
  const selectAgreement = useAtlasStore((s) => s.selectAgreement);
  const selectCoChairmanship = useAtlasStore((s) => s.selectCoChairmanship);
  const setFilters = useAtlasStore((s) => s.setFilters);
  const setAsOf = useAtlasStore((s) => s.setAsOf);
  const setListView = useAtlasStore((s) => s.setListView);
  const nameOf = (iso3: string) => data.countries[iso3]?.name ?? iso3;
  const clearFilters = () => setFilters(NO_FILTERS);
  const t = useText();
  return (
    <>
      <AsOfControl
        speechDate={speechDate}
        today={today}
        asOf={asOf}
        onChange={setAsOf}
        since={selection.since}
        blocName={bloc?.shortName}
        onSinceSpeech={(on) => setSince(on ? speechDate : undefined, today)}
      />
      <FilterPanel filters={filters} typeCounts={panelView.typeCounts} onChange={setFilters} />
      {panelView.nothingVisible ? (
        <FilteredOut message={t("lists.filters-leave-nothing")} onClear={clearFilters} />
      ) : null}
      <TabList
        label={t("lists.tabs")}
        idPrefix="lists"
        selected={listView}
        onSelect={setListView}
        tabs={[
          { id: "blocs", label: t("lists.blocs"), count: view.showBlocs ? dataset.blocs.length : 0 },
          {
            id: "agreements",
            label: t("domain.relation.agreement"),
            count: panelView.visibleAgreements.length,
          },
          {
            id: "co-chairmanships",
            label: t("domain.legend.co-chairs"),
            count: panelView.visibleCoChairs.length,
          },
        ]}
      />
      <TabPanel idPrefix="lists" selected={listView}>
        {listView === "blocs" ? (
          view.showBlocs ? (
            <BlocList
              groups={panelView.groups}
              memberCounts={panelView.memberCounts}
              searchIndex={panelView.searchIndex}
              selectedBlocId={selection.blocId}
              pairMode={pairMode}
              onSelect={pickingPair ? pickForPair : selectBloc}
            />
          ) : (
            <p className="empty">{t("lists.blocs-hidden")}</p>
          )
        ) : listView === "agreements" ? (
          <AgreementList
            agreements={panelView.visibleAgreements}
            date={date}
            selectedId={selection.agreementId}
            onSelect={selectAgreement}
          />
        ) : (
          <CoChairList
            coChairmanships={panelView.visibleCoChairs}
            nameOf={nameOf}
            selectedId={selection.coChairId}
            onSelect={selectCoChairmanship}
          />
        )}
        {isFiltering(filters) &&
        listView !== "blocs" &&
        (listView === "agreements" ? panelView.visibleAgreements : panelView.visibleCoChairs).length === 0 ? (
          <FilteredOut message={t("lists.none-match-filters")} onClear={clearFilters} />
        ) : null}
      </TabPanel>
    </>
  );
}

/** Says a filter left nothing, and offers to clear the filters. */
function FilteredOut({ message, onClear }: { message: string; onClear: () => void }) {
  const t = useText();
  return (
    <p className="empty">
      <span role="status">{message}</span>{" "}
      <button type="button" onClick={onClear}>
        {t("lists.clear-filters")}
      </button>
    </p>
  );
}
