import * as z from "zod/mini";
import { DATASET_FILES } from "../../src/data/schema.ts";
import { IsoDate, IsoDay } from "../../src/data/schema-primitives.ts";
import { Tour } from "../../src/data/tour-schema.ts";
import { Translation } from "../../src/data/translation-schema.ts";

/**
 * IsoDate's calendar check is a zod refinement, which JSON Schema cannot carry over; the `date`
 * format (a real calendar day, as validators with formats check it) says the same for full dates,
 * and the pattern allows a bare year or year and month. Without this the published schema would
 * accept 2019-02-30, which the app rejects.
 */
const ISO_DATE_JSON_SCHEMA = {
  type: "string",
  anyOf: [{ pattern: "^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$" }, { format: "date" }],
} as const;

/**
 * The files the schemas describe: each data file, a tour (data/tours/<id>.json) and a translation
 * (data/translations/<language>.json).
 */
const DESCRIBED: readonly { file: string; schema: z.ZodMiniType }[] = [
  ...Object.values(DATASET_FILES),
  { file: "tour.json", schema: Tour },
  { file: "translation.json", schema: Translation },
];

/** File name to JSON Schema text, for each data file, a tour and a translation. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    DESCRIBED.map(({ file, schema }) => {
      const name = file.replace(/\.json$/, ".schema.json");
      const jsonSchema = z.toJSONSchema(schema, {
        target: "draft-2020-12",
        io: "input",
        override: ({ zodSchema, jsonSchema: emitted }) => {
          if (zodSchema === IsoDay) {
            // A full day only: the `date` format is a real calendar day of exactly that form.
            delete emitted.pattern;
            Object.assign(emitted, { type: "string", format: "date" });
            return;
          }
          if (zodSchema !== IsoDate) return;
          delete emitted.pattern;
          Object.assign(emitted, structuredClone(ISO_DATE_JSON_SCHEMA));
        },
      });
      return [name, `${JSON.stringify({ $id: name, title: file, ...jsonSchema }, null, 2)}\n`];
    }),
  );
}
