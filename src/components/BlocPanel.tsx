import { useId, useState } from "react";
import type { LoadedData } from "../domain/loaded-data";
import { PanelHeader } from "./PanelHeader";
import type { BlocDetails, ParticipantLine } from "../domain/details";
import {
  agreementStatusLabel,
  agreementTypeLabel,
  formatDate,
  formatList,
  framingLabel,
  kindLabel,
  roleLabel,
} from "../domain/labels";
import { agreementStatusOn } from "../domain/relations";
import { LOCALE_OF } from "../data/languages";
import { useLang, useText } from "../i18n/use-text";
import { EnglishRecordNote } from "./EnglishRecordNote";
import { ContextNotes } from "./ContextNotes";
import { QuoteCard } from "./QuoteCard";
import { SourceList } from "./SourceList";
import { StatusChecked } from "./StatusChecked";

type BlocPanelProps = {
  details: BlocDetails;
  data: LoadedData;
  date: string;
  onSelectCountry: (iso3: string) => void;
  onSelectAgreement: (id: string) => void;
  onSelectCoChairmanship: (id: string) => void;
  /** Compares this bloc (first) with another (second). */
  onCompare: (first: string, second: string) => void;
  onClear: () => void;
};

/** What the speech says of a bloc and who was in it, readable without the map. */
export function BlocPanel(props: BlocPanelProps) {
  const {
    details,
    data,
    date,
    onSelectCountry,
    onSelectAgreement,
    onSelectCoChairmanship,
    onCompare,
    onClear,
  } = props;
  const { bloc, members, associates, laterJoins, agreements, coChairmanships, quotes, notes, sources } =
    details;
  const { dataset, countries } = data;
  const t = useText();
  const lang = useLang();
  const nameOf = (code: string) => countries[code]?.name ?? code;
  // The quotes are English: every language's names of the bloc, English's among them.
  const terms = data.derived.searchTerms[bloc.id] ?? [bloc.shortName, bloc.name, ...bloc.aliases];
  const established = bloc.status === "established";
  const shownDate = formatDate(date, lang);
  return (
    <article className="panel-body" aria-labelledby="bloc-title" data-bloc-id={bloc.id}>
      <PanelHeader
        titleId="bloc-title"
        title={
          <>
            {bloc.name}
            {bloc.shortName !== bloc.name ? <span className="short-name"> ({bloc.shortName})</span> : null}
          </>
        }
        action="Clear"
        subject={bloc.shortName}
        onAction={onClear}
      />
      <p className="tags">
        <span className="tag">{kindLabel(t, bloc.kind)}</span>
        {bloc.status !== "established" ? (
          <span className="tag">{t(`panels.bloc-status.${bloc.status}`)}</span>
        ) : null}
        {bloc.framing ? (
          <span className={`tag framing-${bloc.framing}`}>{framingLabel(t, bloc.framing)}</span>
        ) : null}
      </p>
      <p>
        {bloc.summary}
        {bloc.membershipNote ? null : <StatusChecked on={bloc.statusCheckedOn} />}
      </p>
      {bloc.membershipNote ? (
        <p className="caveat">
          {bloc.membershipNote}
          <StatusChecked on={bloc.statusCheckedOn} />
        </p>
      ) : null}
      <CompareWith blocId={bloc.id} blocs={dataset.blocs} onCompare={(other) => onCompare(bloc.id, other)} />

      <section aria-labelledby="members-title">
        <h3 id="members-title">
          {t(established ? "panels.members-on" : "panels.named-on", {
            date: shownDate,
            count: members.length,
          })}
        </h3>
        <ParticipantList
          lines={members}
          onSelectCountry={onSelectCountry}
          listLabel={t(established ? "panels.members" : "panels.named")}
        />
        {associates.length > 0 ? (
          <>
            <h4>{t("panels.associates-count", { count: associates.length })}</h4>
            <ParticipantList
              lines={associates}
              onSelectCountry={onSelectCountry}
              listLabel={t("panels.associates")}
            />
          </>
        ) : null}
        {bloc.otherParticipants && bloc.otherParticipants.length > 0 ? (
          <p>
            {t("panels.also-taking-part", { names: bloc.otherParticipants.map((o) => o.name).join(", ") })}
          </p>
        ) : null}
        {laterJoins.length > 0 ? (
          <>
            <h4>{t("panels.joined-after", { date: shownDate })}</h4>
            <ParticipantList
              lines={laterJoins}
              onSelectCountry={onSelectCountry}
              listLabel={t("panels.joined-later")}
            />
          </>
        ) : null}
      </section>

      {agreements.length > 0 ? (
        <section aria-labelledby="agreements-title">
          <h3 id="agreements-title">{t("panels.agreements-count", { count: agreements.length })}</h3>
          <ul className="plain-list">
            {agreements.map((agreement) => (
              <li key={agreement.id}>
                <button type="button" className="link-button" onClick={() => onSelectAgreement(agreement.id)}>
                  {agreement.shortTitle}
                </button>{" "}
                {t("panels.agreement-line", {
                  type: agreementTypeLabel(t, agreement.type),
                  date: shownDate,
                  status: agreementStatusLabel(t, agreementStatusOn(agreement, date)).toLocaleLowerCase(
                    LOCALE_OF[lang],
                  ),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {coChairmanships.length > 0 ? (
        <section aria-labelledby="cochairs-title">
          <h3 id="cochairs-title">{t("panels.cochairs-count", { count: coChairmanships.length })}</h3>
          <ul className="plain-list">
            {coChairmanships.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onSelectCoChairmanship(c.id)}>
                  {c.body}
                </button>
                {t("panels.cochair-line", {
                  names: formatList(c.coChairs.map(nameOf), lang),
                  period: c.period.text,
                  state: t(c.statusOnSpeechDate === "current" ? "panels.current" : "panels.proposed"),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="quotes-title">
        <h3 id="quotes-title">{t("reader.in-the-speakers-words", { count: quotes.length })}</h3>
        {quotes.length > 0 ? <EnglishRecordNote /> : null}
        {quotes.map((quote) => (
          <QuoteCard key={quote.id} quote={quote} terms={terms} speaker={dataset.speech.speaker} />
        ))}
      </section>

      <ContextNotes notes={notes} dataset={dataset} />
      <SourceList sources={sources} />
    </article>
  );
}

function ParticipantList({
  lines,
  onSelectCountry,
  listLabel,
}: {
  lines: readonly ParticipantLine[];
  onSelectCountry: (iso3: string) => void;
  listLabel: string;
}) {
  const t = useText();
  const lang = useLang();
  return (
    <ul className="country-list" aria-label={listLabel}>
      {lines.map((line) => (
        <li key={`${line.code}-${line.role}`}>
          <button type="button" className="link-button" onClick={() => onSelectCountry(line.code)}>
            {line.name}
          </button>
          {line.role !== "member" ? <span className="role"> · {roleLabel(t, line.role)}</span> : null}
          {line.joinsLater ? (
            <span className="change">
              {" "}
              · {t("panels.from-date", { date: formatDate(line.joinsLater, lang) })}
            </span>
          ) : null}
          {line.leavesLater ? (
            <span className="change">
              {" "}
              · {t("panels.until-date", { date: formatDate(line.leavesLater, lang) })}
            </span>
          ) : null}
          {line.note ? <span className="line-note"> — {line.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** "Compare with…": another bloc from a list, then a button, so arrow keys in the list compare nothing yet. */
function CompareWith({
  blocId,
  blocs,
  onCompare,
}: {
  blocId: string;
  blocs: LoadedData["dataset"]["blocs"];
  onCompare: (other: string) => void;
}) {
  const t = useText();
  const [other, setOther] = useState("");
  const selectId = useId();
  const others = blocs.filter((b) => b.id !== blocId);
  return (
    <form
      className="compare-with"
      onSubmit={(event) => {
        event.preventDefault();
        if (other !== "") onCompare(other);
      }}
    >
      <label htmlFor={selectId}>{t("panels.compare-with")}</label>{" "}
      <select id={selectId} value={other} onChange={(event) => setOther(event.target.value)}>
        <option value="">{t("panels.a-bloc")}</option>
        {others.map((b) => (
          <option key={b.id} value={b.id}>
            {b.shortName === b.name ? b.name : `${b.shortName}: ${b.name}`}
          </option>
        ))}
      </select>{" "}
      <button type="submit" disabled={other === ""}>
        {t("panels.compare")}
      </button>
    </form>
  );
}
