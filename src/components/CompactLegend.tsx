import type { LegendEntry } from "../domain/legend";
import { useText } from "../i18n/use-text";

/** The legend on one line, for an embed: the colours in use now and the kinds of line shown. */
export function CompactLegend({ entries }: { entries: readonly LegendEntry[] }) {
  const t = useText();
  return (
    <ul className="compact-legend" aria-label={t("map.legend")}>
      {entries.map((entry) => (
        <li key={entry.label}>
          {entry.shape === "swatch" ? (
            <span className="swatch" style={{ background: entry.color }} />
          ) : (
            <span className="swatch-line" style={{ borderColor: entry.color }} />
          )}{" "}
          {entry.label}
        </li>
      ))}
      {entries.length === 0 ? <li>{t("map.legend-lines")}</li> : null}
    </ul>
  );
}
