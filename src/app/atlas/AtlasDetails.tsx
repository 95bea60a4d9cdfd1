import { lazy, Suspense } from "react";
import { BlocPanel } from "../../components/BlocPanel";
import { ComparePanel } from "../../components/ComparePanel";
import { CountryPanel } from "../../components/CountryPanel";
import { TabList, TabPanel } from "../../components/Tabs";
import type { LoadedData } from "../../domain/loaded-data";
import type { EntityRef } from "../../domain/entities";
import { useAtlasStore } from "../../store/atlas-store";
import type { AtlasView } from "../../store/use-atlas-view";
import { useDetailsView } from "../../store/use-panels-view";
import { useText } from "../../i18n/use-text";

// What a first view rarely shows loads on demand, outside the first bundle: the reader (and the
// transcript's rendering) and the agreement and co-chairmanship cards.
const Reader = lazy(() => import("../../components/Reader").then((m) => ({ default: m.Reader })));
const AgreementCard = lazy(() =>
  import("../../components/RelationCards").then((m) => ({ default: m.AgreementCard })),
);
const CoChairCard = lazy(() =>
  import("../../components/RelationCards").then((m) => ({ default: m.CoChairCard })),
);

/**
 * The details column: what is selected (a country, a comparison, a bloc, an agreement or a
 * co-chairmanship, else an introduction), and the speech, each a tab.
 */
export function AtlasDetails({
  data,
  view,
  reducedMotion,
}: {
  data: LoadedData;
  view: AtlasView;
  reducedMotion: boolean;
}) {
  const { date, selection, comparison, agreement, cochair } = view;
  const { bloc, country, entities, passingIds, readerFocus } = useDetailsView(data, view);
  const panel = useAtlasStore((s) => s.panel);
  const readerTarget = useAtlasStore((s) => s.readerTarget);
  const selectBloc = useAtlasStore((s) => s.selectBloc);
  const compareBlocs = useAtlasStore((s) => s.compareBlocs);
  const setRoles = useAtlasStore((s) => s.setRoles);
  const selectAgreement = useAtlasStore((s) => s.selectAgreement);
  const selectCoChairmanship = useAtlasStore((s) => s.selectCoChairmanship);
  const selectCountry = useAtlasStore((s) => s.selectCountry);
  const closeCountry = useAtlasStore((s) => s.closeCountry);
  const clearSelection = useAtlasStore((s) => s.clearSelection);
  const setPanel = useAtlasStore((s) => s.setPanel);
  const showInSpeech = useAtlasStore((s) => s.showInSpeech);
  const t = useText();

  const selectEntity = (entity: EntityRef) => {
    if (entity.kind === "bloc") selectBloc(entity.id);
    else if (entity.kind === "agreement") selectAgreement(entity.id);
    else selectCoChairmanship(entity.id);
  };
  const focusCountry = (iso3: string) => selectCountry(iso3, true);
  const cardActions = { onSelectBloc: selectBloc, onSelectCountry: focusCountry, onClear: clearSelection };

  return (
    <>
      <TabList
        label={t("shell.side-panel")}
        idPrefix="side"
        selected={panel}
        onSelect={setPanel}
        tabs={[
          { id: "details", label: t("app.details") },
          { id: "speech", label: t("shell.the-speech") },
        ]}
      />
      <TabPanel idPrefix="side" selected={panel}>
        <Suspense fallback={<p className="status">{t("shell.loading")}</p>}>
          {panel === "speech" ? (
            <Reader
              data={data}
              paragraphs={view.paragraphs}
              entities={entities}
              passingIds={passingIds}
              focus={readerFocus}
              target={readerTarget}
              reducedMotion={reducedMotion}
              onSelect={selectEntity}
              onLinkParagraph={(paragraph) => showInSpeech({ paragraph })}
            />
          ) : country ? (
            <CountryPanel
              details={country}
              data={data}
              date={date}
              passingIds={passingIds}
              selectedBlocId={selection.blocId}
              onSelectBloc={selectBloc}
              onClose={closeCountry}
            />
          ) : comparison ? (
            <ComparePanel
              comparison={comparison}
              data={data}
              onSelectCountry={focusCountry}
              onSelectBloc={(blocId) => selectBloc(blocId, true)}
              onSetRoles={setRoles}
              onClear={clearSelection}
            />
          ) : bloc ? (
            <BlocPanel
              details={bloc}
              data={data}
              date={date}
              onSelectCountry={focusCountry}
              onSelectAgreement={selectAgreement}
              onSelectCoChairmanship={selectCoChairmanship}
              onCompare={compareBlocs}
              onClear={clearSelection}
            />
          ) : agreement ? (
            <AgreementCard agreement={agreement} data={data} date={date} actions={cardActions} />
          ) : cochair ? (
            <CoChairCard cochair={cochair} data={data} date={date} actions={cardActions} />
          ) : (
            <Intro />
          )}
        </Suspense>
      </TabPanel>
    </>
  );
}

function Intro() {
  const t = useText();
  return (
    <div className="panel-body intro">
      <h2 tabIndex={-1}>{t("shell.intro-title")}</h2>
      <p>{t("shell.intro-how")}</p>
      <p>{t("shell.intro-quotes")}</p>
    </div>
  );
}
