import type { DeepReadonly } from "../data/deep-freeze";
import type { Agreement, CoChairmanship } from "../data/schema";
import { agreementStatusLabel, agreementTypeLabel, formatList } from "../domain/labels";
import { useLang, useText } from "../i18n/use-text";
import { agreementStatusOn } from "../domain/relations";
import { RELATION_COLORS } from "../domain/palette";

type AgreementListProps = {
  agreements: readonly DeepReadonly<Agreement>[];
  date: string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
};

/** Agreements the filters let through, with their status on the date shown. */
export function AgreementList({ agreements, date, selectedId, onSelect }: AgreementListProps) {
  const t = useText();
  return (
    <ul className="relation-list" aria-label={t("panels.agreements")}>
      {agreements.map((agreement) => (
        <li key={agreement.id}>
          <button
            type="button"
            className="relation-item"
            data-agreement-id={agreement.id}
            aria-current={agreement.id === selectedId ? "true" : undefined}
            onClick={() => onSelect(agreement.id)}
          >
            <span className="swatch-line" style={{ borderColor: RELATION_COLORS[agreement.type] }} />
            <span>
              <span className="relation-title">{agreement.shortTitle}</span>
              <span className="relation-meta">
                {agreementTypeLabel(t, agreement.type)} ·{" "}
                {agreementStatusLabel(t, agreementStatusOn(agreement, date))}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

type CoChairListProps = {
  coChairmanships: readonly DeepReadonly<CoChairmanship>[];
  nameOf: (iso3: string) => string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
};

export function CoChairList({ coChairmanships, nameOf, selectedId, onSelect }: CoChairListProps) {
  const t = useText();
  const lang = useLang();
  return (
    <ul className="relation-list" aria-label={t("panels.cochairs-list")}>
      {coChairmanships.map((cochair) => (
        <li key={cochair.id}>
          <button
            type="button"
            className="relation-item"
            data-cochair-id={cochair.id}
            aria-current={cochair.id === selectedId ? "true" : undefined}
            onClick={() => onSelect(cochair.id)}
          >
            <span className="swatch-line" style={{ borderColor: RELATION_COLORS["co-chairmanship"] }} />
            <span>
              <span className="relation-title">{cochair.body}</span>
              <span className="relation-meta">
                {formatList(cochair.coChairs.map(nameOf), lang)} · {cochair.period.text} ·{" "}
                {t(cochair.statusOnSpeechDate === "current" ? "panels.current" : "panels.proposed")}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
