import type { LoadedData } from "../domain/loaded-data";
import type { Comparison, CountedRoles, MembershipChange } from "../domain/compare";
import { comparisonTitle, setLabel, setOrder, type SetKey } from "../domain/compare-text";
import { useLang, useText } from "../i18n/use-text";
import { sourcesById } from "../domain/details";
import { formatDate } from "../domain/labels";
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
  const terms = blocs.flatMap((b) => [b.shortName, b.name, ...b.aliases]);
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
    [...codes].sort((a, b) => nameOf(a).localeCompare(nameOf(b), "en"));
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
        subject="the comparison"
        onAction={onClear}
      />
      <p>
        {comparison.kind === "blocs"
          ? `Who was in both on ${formatDate(comparison.date)}, and who in only one.`
          : `Who stayed in ${comparison.bloc.shortName}, who joined and who left between ${formatDate(comparison.from)} and ${formatDate(comparison.to)}.`}{" "}
        {blocs.map((bloc, i) => (
          <span key={`${bloc.id}-${i}`}>
            {i > 0 ? " · " : ""}
            <button type="button" className="link-button" onClick={() => onSelectBloc(bloc.id)}>
              {bloc.shortName} alone
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
        Count observers and partners too
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
              <p className="empty">None.</p>
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
                          · <time dateTime={change.date}>{formatDate(change.date)}</time>
                          {change.uncertain ? " (not confirmed)" : ""}
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
          <h3 id="compare-passing">Joined and left in between ({comparison.changes.cameAndWent.length})</h3>
          <ul className="country-list" aria-label="Joined and left in between">
            {comparison.changes.cameAndWent.map((c) => (
              <li key={`${c.country}-${c.joined}`}>
                <button type="button" className="link-button" onClick={() => onSelectCountry(c.country)}>
                  {nameOf(c.country)}
                </button>
                <span className="change">
                  {" "}
                  · {formatDate(c.joined)} to {formatDate(c.left)}
                  <span className="source-ref"> ({sourceTitle(c.sourceIds)})</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="compare-quotes">
        <h3 id="compare-quotes">In the speaker’s words ({quotes.length})</h3>
        {quotes.map((quote) => (
          <QuoteCard key={quote.id} quote={quote} terms={terms} speaker={dataset.speech.speaker} />
        ))}
      </section>
      <SourceList sources={sources} />
    </article>
  );
}
