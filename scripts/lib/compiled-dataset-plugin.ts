import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { compileDataset, compileInputs, type CompileResult } from "./compile-dataset.ts";
import { projectRoot } from "./dataset-files.ts";
import { LANGUAGES, type Language } from "../../src/data/languages.ts";

const VIRTUAL_ID = "virtual:bloc-atlas/compiled-dataset";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The dataset's problems, one `file: JSON path: problem` line each, as a build error. */
export class DatasetCompileError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`the dataset fails its checks (npm run validate lists the same):\n${lines.join("\n")}`);
    this.name = "DatasetCompileError";
  }
}

/**
 * Where a dataset folder's compiled file is written: one folder per dataset folder, so builds of
 * data/ and of the benchmark's dataset never share a file. Vite serves and bundles it from there
 * like any asset (`?url`), so the build names it by its content and the standalone file carries it.
 */
function outputFilesFor(dataDir: string): Readonly<Record<Language, string>> {
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  const folder = path.join(projectRoot, "node_modules", ".bloc-atlas", key);
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, path.join(folder, `dataset-${lang}.json`)]),
  ) as Record<Language, string>;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * Compiles the dataset at build time (`npm run build`, the dev server, the standalone build, any
 * `BLOC_ATLAS_DATA_DIR` build): its checks are `npm run validate`'s, and a dataset that fails
 * them fails the build with the same lines. It writes one file per language; the app imports
 * `virtual:bloc-atlas/compiled-dataset` for their URLs and the hash of their sources. The dev server compiles again when a dataset
 * file changes and reloads the page, or shows the problems in its overlay.
 */
export function compiledDatasetPlugin(dataDir: string): Plugin {
  const outputFiles = outputFilesFor(dataDir);
  let compiled: Extract<CompileResult, { ok: true }> | undefined;
  const compile = () => {
    const result = compileDataset(dataDir);
    if (!result.ok) throw new DatasetCompileError(result.lines);
    for (const lang of LANGUAGES) writeAtomically(outputFiles[lang], result.languages[lang].json);
    compiled = result;
    return result;
  };
  let isBuild = false;
  return {
    name: "bloc-atlas:compiled-dataset",
    configResolved(config) {
      isBuild = config.command === "build";
    },
    buildStart() {
      if (!isBuild) return;
      try {
        compile();
        for (const file of compileInputs(dataDir)) this.addWatchFile(file);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { sourceHash } = compiled ?? compile();
      return [
        ...LANGUAGES.map((lang) => `import ${lang} from ${JSON.stringify(`${outputFiles[lang]}?url`)};`),
        `export const COMPILED_DATASET_URLS = { ${LANGUAGES.join(", ")} };`,
        `export const COMPILED_DATASET_HASH = ${JSON.stringify(sourceHash)};`,
      ].join("\n");
    },
    configureServer(server: ViteDevServer) {
      const inputs = new Set(compileInputs(dataDir).map((file) => path.resolve(file)));
      server.watcher.add([...inputs]);
      server.watcher.on("change", (file) => {
        if (!inputs.has(path.resolve(file))) return;
        try {
          compile();
        } catch (error) {
          server.config.logger.error(error instanceof Error ? error.message : String(error));
          server.ws.send({
            type: "error",
            err: { message: error instanceof Error ? error.message : String(error), stack: "" },
          });
          return;
        }
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: "full-reload" });
      });
    },
  };
}
