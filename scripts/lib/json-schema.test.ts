import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./dataset-files";
import { jsonSchemaFiles } from "./json-schema";

describe("data/schema/", () => {
  it("matches the zod schema (run `npm run build:schema` after changing it)", () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      expect(readFileSync(path.join(projectRoot, "data/schema", name), "utf8"), name).toBe(text);
    }
  });
});
