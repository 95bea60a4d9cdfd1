import type { DeepReadonly } from "../data/deep-freeze";
import type { ContextNote, Dataset } from "../data/schema";
import { sourcesById } from "../domain/details";
import { useText } from "../i18n/use-text";
import { StatusChecked } from "./StatusChecked";

export function ContextNotes({
  notes,
  dataset,
}: {
  notes: readonly DeepReadonly<ContextNote>[];
  dataset: DeepReadonly<Dataset>;
}) {
  const t = useText();
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-label={t("panels.context-notes")}>
      <h3>{t("panels.context")}</h3>
      <ul>
        {notes.map((note) => (
          <li key={note.id} className={`note note-${note.kind}`}>
            <strong>{t(`panels.note.${note.kind}`)}</strong> {note.text}
            <StatusChecked on={note.statusCheckedOn} />{" "}
            <span className="note-sources">
              {sourcesById(dataset.sources, note.sourceIds).map((source, i) => (
                <a key={source.id} href={source.url} target="_blank" rel="noreferrer" title={source.title}>
                  [{i + 1}]<span className="visually-hidden"> {source.title}</span>
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
