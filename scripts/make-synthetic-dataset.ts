/**
 * Writes a dataset 100 times the size of data/ into a folder (default bench-results/synthetic-data),
 * for `npm run bench` to measure the app at scale. Each copy of a bloc, agreement, co-chairmanship,
 * quote and note gets a suffixed id; quotes keep their offsets, so the copy still validates.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../src/data/schema.ts";
import { DATASET_FILES } from "../src/data/schema.ts";
import { projectRoot } from "./lib/dataset-files.ts";

export const SCALE = 100;

function read(key: keyof Dataset): unknown {
  return JSON.parse(readFileSync(path.join(projectRoot, "data", DATASET_FILES[key].file), "utf8"));
}

export function makeSyntheticDataset(outDir: string, scale = SCALE): void {
  const dataset = Object.fromEntries(
    (Object.keys(DATASET_FILES) as (keyof Dataset)[]).map((key) => [key, read(key)]),
  ) as Dataset;
  const entityIds = new Set([
    ...dataset.blocs.map((b) => b.id),
    ...dataset.agreements.map((a) => a.id),
    ...dataset.coChairmanships.map((c) => c.id),
  ]);
  const blocIds = new Set(dataset.blocs.map((b) => b.id));
  const copies = Array.from({ length: scale }, (_, i) => i);
  const suffix = (id: string, copy: number) => (copy === 0 ? id : `${id}-copy-${copy}`);
  const entity = (id: string, copy: number) => (entityIds.has(id) ? suffix(id, copy) : id);

  const synthetic: Dataset = {
    speech: dataset.speech,
    sources: dataset.sources,
    blocs: copies.flatMap((copy) =>
      dataset.blocs.map((bloc) => ({
        ...bloc,
        id: suffix(bloc.id, copy),
        name: copy === 0 ? bloc.name : `${bloc.name} (copy ${copy})`,
        ...(bloc.parentId ? { parentId: suffix(bloc.parentId, copy) } : {}),
      })),
    ),
    agreements: copies.flatMap((copy) =>
      dataset.agreements.map((agreement) => ({
        ...agreement,
        id: suffix(agreement.id, copy),
        parties: agreement.parties.map((party) =>
          "bloc" in party && blocIds.has(party.bloc) ? { bloc: suffix(party.bloc, copy) } : party,
        ),
      })),
    ),
    coChairmanships: copies.flatMap((copy) =>
      dataset.coChairmanships.map((c) => ({
        ...c,
        id: suffix(c.id, copy),
        parentBlocId: suffix(c.parentBlocId, copy),
      })),
    ),
    quotes: copies.flatMap((copy) =>
      dataset.quotes.map((q) => ({
        ...q,
        id: suffix(q.id, copy),
        about: q.about.map((id) => entity(id, copy)),
      })),
    ),
    contextNotes: copies.flatMap((copy) =>
      dataset.contextNotes.map((n) => ({
        ...n,
        id: suffix(n.id, copy),
        about: n.about.map((id) => entity(id, copy)),
      })),
    ),
  };

  mkdirSync(outDir, { recursive: true });
  for (const key of Object.keys(DATASET_FILES) as (keyof Dataset)[]) {
    writeFileSync(path.join(outDir, DATASET_FILES[key].file), JSON.stringify(synthetic[key]));
  }
  copyFileSync(
    path.join(projectRoot, "data", dataset.speech.transcriptFile),
    path.join(outDir, dataset.speech.transcriptFile),
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const outDir = path.resolve(process.argv[2] ?? path.join(projectRoot, "bench-results/synthetic-data"));
  makeSyntheticDataset(outDir);
  console.log(`wrote a dataset ${SCALE}× data/ to ${outDir}`);
}
