import type { LoadedData } from "../domain/loaded-data";
import { PanelHeader } from "./PanelHeader";
import type { CountryDetails } from "../domain/details";
import { agreementTypeLabel, formatDate, formatList, roleLabel } from "../domain/labels";
import { useLang, useText } from "../i18n/use-text";
import { EnglishRecordNote } from "./EnglishRecordNote";
import { QuoteCard } from "./QuoteCard";

type CountryPanelProps = {
  details: CountryDetails;
  data: LoadedData;
  date: string;
  /** What the filters let through; quotes about nothing in it are left out. */
  passingIds: ReadonlySet<string>;
  selectedBlocId: string | undefined;
  onSelectBloc: (blocId: string) => void;
  onClose: () => void;
};

/** A country's blocs, agreements, co-chairmanships and the quotes that name it. */
export function CountryPanel({
  details,
  data,
  date,
  selectedBlocId,
  onSelectBloc,
  onClose,
}: CountryPanelProps) {
  const { code, name, blocs, agreements, coChairmanships, quotes } = details;
  const t = useText();
  const lang = useLang();
  const nameOf = (iso3: string) => data.countries[iso3]?.name ?? iso3;
  return (
    <article className="panel-body" aria-labelledby="country-title" data-country={code}>
      <PanelHeader titleId="country-title" title={name} action="Close" subject={name} onAction={onClose} />
      <section aria-labelledby="country-blocs-title">
        <h3 id="country-blocs-title">
          {t("panels.blocs-on", { date: formatDate(date, lang), count: blocs.length })}
        </h3>
        {blocs.length === 0 ? <p>{t("panels.no-blocs")}</p> : null}
        <ul className="plain-list" aria-label={t("panels.blocs-of", { name })}>
          {blocs.map(({ bloc, role }) => (
            <li key={bloc.id}>
              <button
                type="button"
                className="link-button"
                data-bloc-id={bloc.id}
                aria-current={bloc.id === selectedBlocId ? "true" : undefined}
                onClick={() => onSelectBloc(bloc.id)}
              >
                {bloc.name}
              </button>
              {role !== "member" ? <span className="role"> · {roleLabel(t, role)}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {agreements.length > 0 ? (
        <section aria-labelledby="country-agreements-title">
          <h3 id="country-agreements-title">{t("panels.agreements-count", { count: agreements.length })}</h3>
          <ul className="plain-list">
            {agreements.map(({ agreement, via }) => (
              <li key={agreement.id}>
                <strong>{agreement.shortTitle}</strong> — {agreementTypeLabel(t, agreement.type)}
                {via ? <span className="role"> · {t("panels.through", { name: via.shortName })}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {coChairmanships.length > 0 ? (
        <section aria-labelledby="country-cochairs-title">
          <h3 id="country-cochairs-title">{t("panels.cochairs-count", { count: coChairmanships.length })}</h3>
          <ul className="plain-list">
            {coChairmanships.map((c) => (
              <li key={c.id}>
                <strong>{c.body}</strong>: {formatList(c.coChairs.map(nameOf), lang)}, {c.period.text}
                {c.coChairsAsSpoken ? (
                  <span className="caveat">
                    {" "}
                    {t("panels.as-spoken", { names: formatList(c.coChairsAsSpoken.map(nameOf), lang) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {quotes.length > 0 ? (
        <section aria-labelledby="country-quotes-title">
          <h3 id="country-quotes-title">{t("panels.quotes-naming", { name, count: quotes.length })}</h3>
          <EnglishRecordNote />
          {quotes.map((quote) => (
            <QuoteCard key={quote.id} quote={quote} terms={[name]} speaker={data.dataset.speech.speaker} />
          ))}
        </section>
      ) : null}
    </article>
  );
}
