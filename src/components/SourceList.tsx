import type { DeepReadonly } from "../data/deep-freeze";
import type { Source } from "../data/schema";
import { formatDate } from "../domain/labels";
import { useLang, useText } from "../i18n/use-text";

/** Sources as links a person can follow; the app itself never fetches them. */
export function SourceList({ sources }: { sources: readonly DeepReadonly<Source>[] }) {
  const t = useText();
  const lang = useLang();
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>{t("panels.sources-count", { count: sources.length })}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>
            , {source.publisher}
            {source.published ? `, ${formatDate(source.published, lang)}` : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}
