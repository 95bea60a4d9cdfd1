import { describe, expect, it } from "vitest";
import { readValidationInput } from "../../scripts/lib/dataset-files";
import { compilePublishedSchema } from "../../scripts/lib/published-schema";
import { DATASET_FILES, type Dataset, type DatasetKey } from "./schema";
import { SCHEMA_FIXTURES } from "./schema-fixtures";

const real = readValidationInput();

/** An independent validator of the published schemas: Ajv, draft 2020-12, with formats. */
function publishedSchemaValidators(): Record<DatasetKey, (data: unknown) => boolean> {
  const entries = (Object.keys(DATASET_FILES) as DatasetKey[]).map(
    (key) => [key, compilePublishedSchema(DATASET_FILES[key].file.replace(/\.json$/, ".schema.json"))] as const,
  );
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
