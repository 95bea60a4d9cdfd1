/**
 * `npm run build:schema`: writes data/schema/*.schema.json from the zod schema, one per data file
 * (and one for a tour and one for a translation), for people writing a dataset for another speech.
 * A unit test keeps the files in step.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jsonSchemaFiles } from "./lib/json-schema.ts";
import { projectRoot } from "./lib/dataset-files.ts";

const outDir = path.join(projectRoot, "data/schema");
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(path.join(outDir, name), text);
  console.log(`data/schema/${name}`);
}
