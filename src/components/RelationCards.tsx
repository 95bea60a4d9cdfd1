import type { LoadedData } from "../domain/loaded-data";
import { PanelHeader } from "./PanelHeader";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Agreement, CoChairmanship, Party } from "../data/schema";
import { notesAbout, quotesAbout, sourcesById } from "../domain/details";
import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS, formatDate } from "../domain/labels";
import { agreementStatusOn, coChairmanshipEndedBy } from "../domain/relations";
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
  proposed: "Proposed",
  negotiationsLaunched: "Negotiations launched",
  signed: "Signed",
  adopted: "Adopted",
  inForce: "In force",
} as const;

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
        <span className="tag">{AGREEMENT_TYPE_LABELS[agreement.type]}</span>
      </p>
      <dl className="facts">
        <div>
          <dt>Parties</dt>
          <dd>
            {agreement.parties.map((party, i) => (
              <span key={i}>
                {i > 0 ? " and " : ""}
                <PartyLink party={party} data={data} actions={actions} />
              </span>
            ))}
            {agreement.signatoryNote ? <span className="caveat"> ({agreement.signatoryNote})</span> : null}
          </dd>
        </div>
        <div>
          <dt>On {formatDate(speechDate)}</dt>
          <dd data-status-on-speech-date>{AGREEMENT_STATUS_LABELS[agreement.statusOnSpeechDate]}</dd>
        </div>
        {date !== speechDate ? (
          <div>
            <dt>On {formatDate(date)}</dt>
            <dd data-status-on-date>
              {AGREEMENT_STATUS_LABELS[statusNow]}
              <StatusChecked on={agreement.statusCheckedOn} />
            </dd>
          </div>
        ) : null}
        {dates.map(([key, value]) => (
          <div key={key}>
            <dt>{DATE_LABELS[key]}</dt>
            <dd>{formatDate(value)}</dd>
          </div>
        ))}
      </dl>
      <p>
        {agreement.summary}
        {date === speechDate ? <StatusChecked on={agreement.statusCheckedOn} /> : null}
      </p>
      {agreement.laterChanges && agreement.laterChanges.length > 0 ? (
        <section aria-labelledby="later-title">
          <h3 id="later-title">After the speech</h3>
          <ol className="timeline">
            {agreement.laterChanges.map((change) => (
              <li
                key={`${change.date}-${change.status}`}
                className={change.date > date ? "future" : undefined}
              >
                <time dateTime={change.date}>{formatDate(change.date)}</time>:{" "}
                {AGREEMENT_STATUS_LABELS[change.status]}. {change.note}
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
        <span className="tag">Co-chairmanship</span>
        <span className="tag">
          {cochair.statusOnSpeechDate === "current" ? "Current at the speech" : "Proposed in the speech"}
        </span>
        {ended ? <span className="tag">Period over by {formatDate(date)}</span> : null}
      </p>
      <dl className="facts">
        <div>
          <dt>Co-chairs</dt>
          <dd className="co-chairs">
            {cochair.coChairs.map((code, i) => (
              <span key={code}>
                {i > 0 ? " and " : ""}
                <button type="button" className="link-button" onClick={() => actions.onSelectCountry(code)}>
                  {nameOf(code)}
                </button>
              </span>
            ))}
          </dd>
        </div>
        {cochair.coChairsAsSpoken ? (
          <div>
            <dt>As the speech names them</dt>
            <dd>{cochair.coChairsAsSpoken.map(nameOf).join(" and ")}</dd>
          </div>
        ) : null}
        {cochair.bodyAsSpoken ? (
          <div>
            <dt>As the speech names the body</dt>
            <dd>“{cochair.bodyAsSpoken}”</dd>
          </div>
        ) : null}
        <div>
          <dt>Under</dt>
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
          <dt>Period</dt>
          <dd>{cochair.period.text}</dd>
        </div>
      </dl>
      <p>{cochair.summary}</p>
      {cochair.outcome ? (
        <p>
          <strong>What happened:</strong> {cochair.outcome}
        </p>
      ) : null}
      <Quotes id={cochair.id} terms={cochair.bodyAsSpoken ? [cochair.bodyAsSpoken] : []} data={data} />
      <ContextNotes notes={notesAbout(data, cochair.id)} dataset={dataset} />
      <SourceList sources={sourcesById(dataset.sources, cochair.sourceIds)} />
    </article>
  );
}

function Quotes({ id, terms, data }: { id: string; terms: readonly string[]; data: LoadedData }) {
  const quotes = quotesAbout(data, id);
  return (
    <section aria-labelledby={`quotes-${id}`}>
      <h3 id={`quotes-${id}`}>In the speaker’s words ({quotes.length})</h3>
      {quotes.map((quote) => (
        <QuoteCard key={quote.id} quote={quote} terms={terms} speaker={data.dataset.speech.speaker} />
      ))}
    </section>
  );
}
