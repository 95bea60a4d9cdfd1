import type { LoadedData } from "../domain/loaded-data";
import { PanelHeader } from "./PanelHeader";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Agreement, CoChairmanship, Party } from "../data/schema";
import { notesAbout, quotesAbout, sourcesById } from "../domain/details";
import { agreementStatusLabel, agreementTypeLabel, formatDate, formatList } from "../domain/labels";
import { agreementStatusOn, coChairmanshipEndedBy } from "../domain/relations";
import type { MessageId } from "../i18n/messages";
import { useLang, useText } from "../i18n/use-text";
import { EnglishRecordNote } from "./EnglishRecordNote";
import { ContextNotes } from "./ContextNotes";
import { QuoteCard } from "./QuoteCard";
import { SourceList } from "./SourceList";
import { StatusChecked } from "./StatusChecked";

type CardActions = {
  onSelectBloc: (blocId: string) => void;
  onSelectCountry: (iso3: string) => void;
  onClear: () => void;
};

function PartyLink({
  party,
  data,
  actions,
}: {
  party: DeepReadonly<Party>;
  data: LoadedData;
  actions: CardActions;
}) {
  if ("country" in party) {
    return (
      <button type="button" className="link-button" onClick={() => actions.onSelectCountry(party.country)}>
        {data.countries[party.country]?.name ?? party.country}
      </button>
    );
  }
  const bloc = data.dataset.blocs.find((b) => b.id === party.bloc);
  return (
    <button type="button" className="link-button" onClick={() => actions.onSelectBloc(party.bloc)}>
      {bloc?.name ?? party.bloc}
    </button>
  );
}

const DATE_LABELS = {
  proposed: "panels.date.proposed",
  negotiationsLaunched: "panels.date.negotiations-launched",
  signed: "panels.date.signed",
  adopted: "panels.date.adopted",
  inForce: "panels.date.in-force",
} as const satisfies Record<string, MessageId>;

/** An agreement: what it is, who is party, where it stood at the speech and after, and the words. */
export function AgreementCard({
  agreement,
  data,
  date,
  actions,
}: {
  agreement: DeepReadonly<Agreement>;
  data: LoadedData;
  date: string;
  actions: CardActions;
}) {
  const { dataset } = data;
  const t = useText();
  const lang = useLang();
  const speechDate = dataset.speech.date;
  const statusNow = agreementStatusOn(agreement, date);
  const dates = Object.entries(agreement.dates ?? {}) as [keyof typeof DATE_LABELS, string][];
  const laterSources = (agreement.laterChanges ?? []).flatMap((c) => c.sourceIds);
  return (
    <article className="panel-body" aria-labelledby="agreement-title" data-agreement-id={agreement.id}>
      <PanelHeader
        titleId="agreement-title"
        title={agreement.shortTitle}
        action="Clear"
        subject={agreement.shortTitle}
        onAction={actions.onClear}
      />
      <p className="full-title">{agreement.title}</p>
      <p className="tags">
        <span className="tag">{agreementTypeLabel(t, agreement.type)}</span>
      </p>
      <dl className="facts">
        <div>
          <dt>{t("panels.parties")}</dt>
          <dd>
            {agreement.parties.map((party, i) => (
              <span key={i}>
                {i > 0 ? ` ${t("panels.and")} ` : ""}
                <PartyLink party={party} data={data} actions={actions} />
              </span>
            ))}
            {agreement.signatoryNote ? <span className="caveat"> ({agreement.signatoryNote})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("panels.on-date", { date: formatDate(speechDate, lang) })}</dt>
          <dd data-status-on-speech-date>{agreementStatusLabel(t, agreement.statusOnSpeechDate)}</dd>
        </div>
        {date !== speechDate ? (
          <div>
            <dt>{t("panels.on-date", { date: formatDate(date, lang) })}</dt>
            <dd data-status-on-date>
              {agreementStatusLabel(t, statusNow)}
              <StatusChecked on={agreement.statusCheckedOn} />
            </dd>
          </div>
        ) : null}
        {dates.map(([key, value]) => (
          <div key={key}>
            <dt>{t(DATE_LABELS[key])}</dt>
            <dd>{formatDate(value, lang)}</dd>
          </div>
        ))}
      </dl>
      <p>
        {agreement.summary}
        {date === speechDate ? <StatusChecked on={agreement.statusCheckedOn} /> : null}
      </p>
      {agreement.laterChanges && agreement.laterChanges.length > 0 ? (
        <section aria-labelledby="later-title">
          <h3 id="later-title">{t("panels.after-the-speech")}</h3>
          <ol className="timeline">
            {agreement.laterChanges.map((change) => (
              <li
                key={`${change.date}-${change.status}`}
                className={change.date > date ? "future" : undefined}
              >
                <time dateTime={change.date}>{formatDate(change.date, lang)}</time>:{" "}
                {agreementStatusLabel(t, change.status)}. {change.note}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <Quotes id={agreement.id} terms={[]} data={data} />
      <ContextNotes notes={notesAbout(data, agreement.id)} dataset={dataset} />
      <SourceList sources={sourcesById(dataset.sources, [...agreement.sourceIds, ...laterSources])} />
    </article>
  );
}

/** A co-chairmanship: the body, both co-chairs (and whom the speech named), period and status. */
export function CoChairCard({
  cochair,
  data,
  date,
  actions,
}: {
  cochair: DeepReadonly<CoChairmanship>;
  data: LoadedData;
  date: string;
  actions: CardActions;
}) {
  const { dataset, countries } = data;
  const t = useText();
  const lang = useLang();
  const nameOf = (iso3: string) => countries[iso3]?.name ?? iso3;
  const parent = dataset.blocs.find((b) => b.id === cochair.parentBlocId);
  const ended = coChairmanshipEndedBy(cochair, date);
  return (
    <article className="panel-body" aria-labelledby="cochair-title" data-cochair-id={cochair.id}>
      <PanelHeader
        titleId="cochair-title"
        title={cochair.body}
        action="Clear"
        subject={cochair.body}
        onAction={actions.onClear}
      />
      <p className="tags">
        <span className="tag">{t("panels.cochairmanship")}</span>
        <span className="tag">
          {t(
            cochair.statusOnSpeechDate === "current"
              ? "panels.current-at-the-speech"
              : "panels.proposed-in-the-speech",
          )}
        </span>
        {ended ? (
          <span className="tag">{t("panels.period-over-by", { date: formatDate(date, lang) })}</span>
        ) : null}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("panels.cochairs")}</dt>
          <dd className="co-chairs">
            {cochair.coChairs.map((code, i) => (
              <span key={code}>
                {i > 0 ? ` ${t("panels.and")} ` : ""}
                <button type="button" className="link-button" onClick={() => actions.onSelectCountry(code)}>
                  {nameOf(code)}
                </button>
              </span>
            ))}
          </dd>
        </div>
        {cochair.coChairsAsSpoken ? (
          <div>
            <dt>{t("panels.as-the-speech-names-them")}</dt>
            <dd>{formatList(cochair.coChairsAsSpoken.map(nameOf), lang)}</dd>
          </div>
        ) : null}
        {cochair.bodyAsSpoken ? (
          <div>
            <dt>{t("panels.as-the-speech-names-the-body")}</dt>
            <dd lang="en">“{cochair.bodyAsSpoken}”</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("panels.under")}</dt>
          <dd>
            {parent ? (
              <button type="button" className="link-button" onClick={() => actions.onSelectBloc(parent.id)}>
                {parent.name}
              </button>
            ) : (
              cochair.parentBlocId
            )}
          </dd>
        </div>
        <div>
          <dt>{t("panels.period")}</dt>
          <dd>{cochair.period.text}</dd>
        </div>
      </dl>
      <p>{cochair.summary}</p>
      {cochair.outcome ? (
        <p>
          <strong>{t("panels.what-happened")}</strong> {cochair.outcome}
        </p>
      ) : null}
      <Quotes id={cochair.id} terms={cochair.bodyAsSpoken ? [cochair.bodyAsSpoken] : []} data={data} />
      <ContextNotes notes={notesAbout(data, cochair.id)} dataset={dataset} />
      <SourceList sources={sourcesById(dataset.sources, cochair.sourceIds)} />
    </article>
  );
}

function Quotes({ id, terms, data }: { id: string; terms: readonly string[]; data: LoadedData }) {
  const t = useText();
  const quotes = quotesAbout(data, id);
  return (
    <section aria-labelledby={`quotes-${id}`}>
      <h3 id={`quotes-${id}`}>{t("reader.in-the-speakers-words", { count: quotes.length })}</h3>
      {quotes.length > 0 ? <EnglishRecordNote /> : null}
      {quotes.map((quote) => (
        <QuoteCard key={quote.id} quote={quote} terms={terms} speaker={data.dataset.speech.speaker} />
      ))}
    </section>
  );
}
