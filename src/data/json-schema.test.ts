import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { projectRoot, readValidationInput } from "../../scripts/lib/dataset-files";
import { DATASET_FILES, type Dataset, type DatasetKey } from "./schema";
import { SCHEMA_FIXTURES } from "./schema-fixtures";

const real = readValidationInput();

// ajv-formats is CommonJS; its default export arrives wrapped or not depending on the loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** An independent validator of the published schemas: Ajv, draft 2020-12, with formats. */
function publishedSchemaValidators(): Record<DatasetKey, (data: unknown) => boolean> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const entries = (Object.keys(DATASET_FILES) as DatasetKey[]).map((key) => {
    const name = DATASET_FILES[key].file.replace(/\.json$/, ".schema.json");
    const schema = JSON.parse(readFileSync(path.join(projectRoot, "data/schema", name), "utf8")) as object;
    const validate = ajv.compile(schema);
    return [key, (data: unknown) => validate(data)] as const;
  });
  return Object.fromEntries(entries) as Record<DatasetKey, (data: unknown) => boolean>;
}

const ajvAccepts = publishedSchemaValidators();

function zodAccepts(key: DatasetKey, data: unknown): boolean {
  return DATASET_FILES[key].schema.safeParse(data).success;
}

describe("the published JSON Schema, checked with Ajv", () => {
  it.each(Object.keys(DATASET_FILES) as DatasetKey[])("accepts data/%s", (key) => {
    expect(ajvAccepts[key](real.files[key]), DATASET_FILES[key].file).toBe(true);
  });
});

describe("the zod schema and the published JSON Schema", () => {
  it.each(SCHEMA_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
    "agree on %s",
    (_name, fixture) => {
      const files = structuredClone(real.files) as Dataset;
      fixture.change(files);
      const data = files[fixture.file];
      expect({ zod: zodAccepts(fixture.file, data), ajv: ajvAccepts[fixture.file](data) }).toEqual({
        zod: fixture.accepted,
        ajv: fixture.accepted,
      });
    },
  );
});
