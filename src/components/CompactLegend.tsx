import type { LegendEntry } from "../domain/legend";

/** The legend on one line, for an embed: the colours in use now and the kinds of line shown. */
export function CompactLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="compact-legend" aria-label="Legend">
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
      {entries.length === 0 ? <li>Lines join the parties to each agreement and co-chairmanship</li> : null}
    </ul>
  );
}
