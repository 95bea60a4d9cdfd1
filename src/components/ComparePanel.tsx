import type { LoadedData } from "../domain/loaded-data";
import type { Comparison, CountedRoles, MembershipChange } from "../domain/compare";
import { comparisonTitle, setLabel, setOrder, type SetKey } from "../domain/compare-text";
import { sourcesById } from "../domain/details";
import { formatDate } from "../domain/labels";
import { LOCALE_OF } from "../data/languages";
import { useLang, useText } from "../i18n/use-text";
import { EnglishRecordNote } from "./EnglishRecordNote";
import { setColor } from "../domain/legend";
import { COLORS } from "../domain/palette";
import { PanelHeader } from "./PanelHeader";
import { QuoteCard } from "./QuoteCard";
import { SourceList } from "./SourceList";

type ComparePanelProps = {
  comparison: Comparison;
  data: LoadedData;
  onSelectCountry: (iso3: string) => void;
  onSelectBloc: (blocId: string) => void;
  onSetRoles: (roles: CountedRoles) => void;
  onClear: () => void;
};

/**
 * A comparison read without the map: the three sets by name (for two dates, each change with its
 * date and source), who counts, and the speaker's words about either bloc.
 */
export function ComparePanel({
  comparison,
  data,
  onSelectCountry,
  onSelectBloc,
  onSetRoles,
  onClear,
}: ComparePanelProps) {
  const { dataset, countries } = data;
  const t = useText();
  const lang = useLang();
  const nameOf = (code: string) => countries[code]?.name ?? code;
  const blocs = comparison.kind === "blocs" ? [comparison.first, comparison.second] : [comparison.bloc];
  const ids = new Set(blocs.map((b) => b.id));
  const quotes = dataset.quotes
    .filter((q) => q.about.some((id) => ids.has(id)))
    .sort((a, b) => a.start - b.start);
  // The quotes are English: every language's names of each bloc, English's among them.
  const terms = blocs.flatMap((b) => data.derived.searchTerms[b.id] ?? [b.shortName, b.name, ...b.aliases]);
  const changes =
    comparison.kind === "dates"
      ? new Map<string, MembershipChange>(
          [...comparison.changes.joined, ...comparison.changes.left].map((c) => [c.country, c]),
        )
      : undefined;
  const sources = sourcesById(
    dataset.sources,
    comparison.kind === "dates"
      ? [
          ...[...(changes?.values() ?? [])].flatMap((c) => c.sourceIds),
          ...comparison.changes.cameAndWent.flatMap((c) => c.sourceIds),
        ]
      : [],
  );
  const sourceTitle = (ids: readonly string[]) =>
    sourcesById(dataset.sources, ids)
      .map((s) => s.title)
      .join("; ");
  const byName = (codes: readonly string[]) =>
    [...codes].sort((a, b) => nameOf(a).localeCompare(nameOf(b), LOCALE_OF[lang]));
  // Changes in the order they happened; the sets without dates by name.
  const ordered = (key: SetKey): readonly string[] => {
    if (comparison.kind !== "dates" || key === "both") return byName(comparison.sets[key]);
    return (key === "second" ? comparison.changes.joined : comparison.changes.left).map((c) => c.country);
  };

  return (
    <article className="panel-body compare-panel" aria-labelledby="compare-title">
      <PanelHeader
        titleId="compare-title"
        title={comparisonTitle(t, lang, comparison)}
        action="Clear"
        subject={t("panels.the-comparison")}
        onAction={onClear}
      />
      <p>
        {comparison.kind === "blocs"
          ? t("panels.compare-blocs-intro", { date: formatDate(comparison.date, lang) })
          : t("panels.compare-dates-intro", {
              name: comparison.bloc.shortName,
              from: formatDate(comparison.from, lang),
              to: formatDate(comparison.to, lang),
            })}{" "}
        {blocs.map((bloc, i) => (
          <span key={`${bloc.id}-${i}`}>
            {i > 0 ? " · " : ""}
            <button type="button" className="link-button" onClick={() => onSelectBloc(bloc.id)}>
              {t("panels.alone", { name: bloc.shortName })}
            </button>
          </span>
        ))}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={comparison.roles === "all"}
          onChange={(event) => onSetRoles(event.target.checked ? "all" : "members")}
        />
        {t("panels.count-associates")}
      </label>
      {blocs
        .filter((bloc) => bloc.membershipNote && bloc.status !== "established")
        .map((bloc) => (
          <p className="caveat" key={bloc.id}>
            {bloc.shortName}: {bloc.membershipNote}
          </p>
        ))}

      {setOrder(comparison.sets.kind).map((key) => {
        const label = setLabel(t, comparison, key);
        const codes = ordered(key);
        return (
          <section key={key} aria-labelledby={`compare-set-${key}`} data-set={key}>
            <h3 id={`compare-set-${key}`}>
              <span className={`swatch set-${key}`} style={{ background: setColor(COLORS, key) }} /> {label} (
              {codes.length})
            </h3>
            {codes.length === 0 ? (
              <p className="empty">{t("panels.none")}</p>
            ) : (
              <ul className="country-list" aria-label={label}>
                {codes.map((code) => {
                  const change = key === "both" ? undefined : changes?.get(code);
                  return (
                    <li key={code}>
                      <button type="button" className="link-button" onClick={() => onSelectCountry(code)}>
                        {nameOf(code)}
                      </button>
                      {change ? (
                        <span className="change">
                          {" "}
                          · <time dateTime={change.date}>{formatDate(change.date, lang)}</time>
                          {change.uncertain ? ` ${t("panels.not-confirmed")}` : ""}
                          <span className="source-ref"> ({sourceTitle(change.sourceIds)})</span>
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}

      {comparison.kind === "dates" && comparison.changes.cameAndWent.length > 0 ? (
        <section aria-labelledby="compare-passing">
          <h3 id="compare-passing">
            {t("panels.came-and-went-count", { count: comparison.changes.cameAndWent.length })}
          </h3>
          <ul className="country-list" aria-label={t("panels.came-and-went")}>
            {comparison.changes.cameAndWent.map((c) => (
              <li key={`${c.country}-${c.joined}`}>
                <button type="button" className="link-button" onClick={() => onSelectCountry(c.country)}>
                  {nameOf(c.country)}
                </button>
                <span className="change">
                  {" "}
                  · {t("panels.from-to", { from: formatDate(c.joined, lang), to: formatDate(c.left, lang) })}
                  <span className="source-ref"> ({sourceTitle(c.sourceIds)})</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="compare-quotes">
        <h3 id="compare-quotes">{t("reader.in-the-speakers-words", { count: quotes.length })}</h3>
        {quotes.length > 0 ? <EnglishRecordNote /> : null}
        {quotes.map((quote) => (
          <QuoteCard key={quote.id} quote={quote} terms={terms} speaker={dataset.speech.speaker} />
        ))}
      </section>
      <SourceList sources={sources} />
    </article>
  );
}
