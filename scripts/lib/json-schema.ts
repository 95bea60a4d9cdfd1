import * as z from "zod/mini";
import { DATASET_FILES } from "../../src/data/schema.ts";

/** File name to JSON Schema text, for each data file. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.values(DATASET_FILES).map(({ file, schema }) => {
      const name = file.replace(/\.json$/, ".schema.json");
      const jsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
      return [name, `${JSON.stringify({ $id: name, title: file, ...jsonSchema }, null, 2)}\n`];
    }),
  );
}
