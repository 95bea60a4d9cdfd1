import type { DeepReadonly } from "../data/deep-freeze";
import type { ContextNote, Dataset } from "../data/schema";
import { sourcesById } from "../domain/details";
import { StatusChecked } from "./StatusChecked";

const NOTE_KIND_LABELS: Record<ContextNote["kind"], string> = {
  "differs-from-speech": "The record differs",
  "later-change": "Since the speech",
  uncertain: "Not confirmed",
  background: "Background",
};

export function ContextNotes({
  notes,
  dataset,
}: {
  notes: readonly DeepReadonly<ContextNote>[];
  dataset: DeepReadonly<Dataset>;
}) {
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-label="Context notes">
      <h3>Context</h3>
      <ul>
        {notes.map((note) => (
          <li key={note.id} className={`note note-${note.kind}`}>
            <strong>{NOTE_KIND_LABELS[note.kind]}:</strong> {note.text}
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
