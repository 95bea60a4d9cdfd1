import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { projectRoot } from "./dataset-files.ts";

// ajv-formats is CommonJS; its default export arrives wrapped or not depending on the loader.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * A validator for one published schema (`data/schema/<name>`) from an independent implementation:
 * Ajv, draft 2020-12, with formats, as someone writing a dataset for another speech would use.
 */
export function compilePublishedSchema(name: string): (data: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(
    JSON.parse(readFileSync(path.join(projectRoot, "data/schema", name), "utf8")) as object,
  );
  return (data) => validate(data);
}
