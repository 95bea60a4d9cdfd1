import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin, UserConfig } from "vite";
import {
  EMBEDDED_BASE,
  EMBEDDED_FILES_ELEMENT_ID,
  type EmbeddedFile,
  type EmbeddedFiles,
} from "../../src/data/embedded-files.ts";

/** `vite build --mode standalone` (npm run build:standalone) builds the one-file app. */
export const STANDALONE_MODE = "standalone";
/** Where the standalone file is written, and its name. */
export const STANDALONE_OUT_DIR = "dist-standalone";
export const STANDALONE_FILE_NAME = "bloc-atlas.html";

/** `x.standalone.ts` beside `x.ts` takes its place in the standalone build. */
const TWIN_SUFFIX = /\.standalone\.tsx?$/;

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const TEXT_DECODER = new TextDecoder("utf-8", { fatal: true });

/** A file as the page carries it: as text where it is UTF-8 text, else as base64. Either way, lossless. */
export function encodeEmbeddedFile(bytes: Uint8Array): EmbeddedFile {
  try {
    const text = TEXT_DECODER.decode(bytes);
    // Control characters would be escaped in JSON at six bytes each: base64 is smaller then.
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return { text };
  } catch {
    // Not UTF-8: binary.
  }
  return { base64: Buffer.from(bytes).toString("base64") };
}

/** The table of files as the text of a `<script type="application/json">`: nothing in it can end the element. */
export function serializeEmbeddedFiles(files: EmbeddedFiles): string {
  return JSON.stringify(files).replace(/</g, "\\u003c");
}

/** Script text that an inline `<script>` holds as it is: no `</script` in it ends the element early. */
export function inlineScriptText(code: string): string {
  // In JavaScript `<\/` reads as `</` inside a string, template or regular expression, the only
  // places the sequence can occur.
  const escaped = code.replace(/<\/(script)/gi, "<\\/$1");
  // `<!--` followed by `<script` would put the HTML parser in a state where `</script>` no longer
  // ends the element: refuse rather than ship a page that breaks.
  if (/<!--/.test(escaped)) throw new Error("the script holds `<!--`, which an inline script cannot carry");
  return escaped;
}

/**
 * In the standalone build, resolves a module of the app to its `.standalone.ts` twin where there is
 * one; the normal build never sees the twins. Fails the build if a twin was not used, so a renamed
 * module cannot leave the standalone file quietly fetching.
 */
export function standaloneTwins(srcDir: string): Plugin {
  const twins = new Set(
    filesUnder(srcDir)
      .filter((file) => TWIN_SUFFIX.test(file))
      .map((file) => path.join(srcDir, file)),
  );
  const used = new Set<string>();
  return {
    name: "bloc-atlas:standalone-twins",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith(".") || TWIN_SUFFIX.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const twin = resolved.id.replace(/\.(tsx?)$/, ".standalone.$1");
      if (!twins.has(twin)) return null;
      used.add(twin);
      return twin;
    },
    buildEnd(error) {
      if (error) return;
      const unused = [...twins].filter((twin) => !used.has(twin));
      if (unused.length > 0) this.error(`standalone twins no module imports: ${unused.join(", ")}`);
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Turns the build into one HTML file: the script and the styles inline, the page's icon as a data:
 * URL, and every other file the build emits (data, tours, the font, MapLibre's worker) together with
 * every file under public/geo/ (whatever the geometry's format) in one table of files inside the
 * page, at the paths the normal build serves them from.
 */
export function standaloneFile(publicDir: string): Plugin {
  return {
    name: "bloc-atlas:standalone-file",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const items = Object.values(bundle);
        const page = bundle["index.html"];
        if (page?.type !== "asset" || typeof page.source !== "string") {
          this.error("the build wrote no index.html");
        }
        const chunks = items.filter((item) => item.type === "chunk");
        if (chunks.length !== 1) {
          this.error(
            `the standalone file needs one script, the build made ${chunks.length}: ${chunks.map((c) => c.fileName).join(", ")}`,
          );
        }
        let html = page.source;
        const inline = (pattern: RegExp, replacement: string, what: string) => {
          if (!pattern.test(html)) this.error(`index.html does not link ${what}`);
          html = html.replace(pattern, () => replacement);
        };

        const [script] = chunks;
        if (script) {
          inline(
            new RegExp(`<script[^>]*\\bsrc="[^"]*${escapeRegExp(script.fileName)}"[^>]*></script>`),
            `<script type="module">${inlineScriptText(script.code)}</script>`,
            script.fileName,
          );
        }
        const files: Record<string, EmbeddedFile> = {};
        for (const item of items) {
          if (item.type !== "asset" || item === page) continue;
          if (item.fileName.endsWith(".css")) {
            const css = String(item.source);
            const url = /url\((?!\s*["']?data:)([^)]*)\)/.exec(css);
            if (url)
              this.error(`${item.fileName} links ${url[1] ?? ""}, which the standalone page would not find`);
            inline(
              new RegExp(`<link[^>]*\\bhref="[^"]*${escapeRegExp(item.fileName)}"[^>]*>`),
              `<style>${css.replace(/<\/(style)/gi, "<\\/$1")}</style>`,
              item.fileName,
            );
            continue;
          }
          const bytes = typeof item.source === "string" ? new TextEncoder().encode(item.source) : item.source;
          files[item.fileName] = encodeEmbeddedFile(bytes);
        }
        const geoDir = path.join(publicDir, "geo");
        for (const file of filesUnder(geoDir)) {
          files[`geo/${file}`] = encodeEmbeddedFile(readFileSync(path.join(geoDir, file)));
        }

        const icon = /<link rel="icon" href="\.\/([^"]+)" type="([^"]+)" \/>/.exec(html);
        if (icon?.[1] && icon[2] && existsSync(path.join(publicDir, icon[1]))) {
          const data = readFileSync(path.join(publicDir, icon[1])).toString("base64");
          html = html.replace(icon[0], `<link rel="icon" href="data:${icon[2]};base64,${data}" />`);
        }
        const table = `<script type="application/json" id="${EMBEDDED_FILES_ELEMENT_ID}">${serializeEmbeddedFiles(files)}</script>`;
        html = html.replace("</body>", () => `  ${table}\n  </body>`);
        // Anything else the page links would be fetched from beside the file, where nothing is, or
        // from the network, which is not there.
        const linked = /\b(?:src|href)="(?!data:|#)([^"]+)"/.exec(
          html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ""),
        );
        if (linked) this.error(`the standalone page still links ${linked[1] ?? ""}`);

        for (const name of Object.keys(bundle)) Reflect.deleteProperty(bundle, name);
        this.emitFile({ type: "asset", fileName: STANDALONE_FILE_NAME, source: html });
      },
    },
  };
}

/** index.html's script that starts MapLibre's workers before the app runs (a second entry). */
const WORKER_STARTER = /\s*<script type="module" src="\/src\/start-early\.ts"><\/script>/;

/**
 * The standalone page holds one script: the app's own, which starts MapLibre's workers itself, so
 * index.html's separate starter (src/start-early.ts) is left out of it.
 */
export function oneEntry(): Plugin {
  return {
    name: "bloc-atlas:standalone-one-entry",
    transformIndexHtml: { order: "pre", handler: (html) => html.replace(WORKER_STARTER, "") },
  };
}

/**
 * The build's settings in standalone mode, over the app's own: one script (no code splitting), one
 * stylesheet, no public folder copied (the page carries what it needs), and the asset URLs the
 * script holds pointing inside the page (see src/data/embedded-files.ts); the HTML's own links are
 * inlined by `standaloneFile`.
 */
export function standaloneConfig(
  root: string,
): Required<Pick<UserConfig, "plugins" | "build" | "experimental">> {
  return {
    plugins: [oneEntry(), standaloneTwins(path.join(root, "src")), standaloneFile(path.join(root, "public"))],
    experimental: {
      renderBuiltUrl: (fileName, { hostType }) => (hostType === "js" ? EMBEDDED_BASE + fileName : undefined),
    },
    build: {
      target: "es2022",
      outDir: STANDALONE_OUT_DIR,
      emptyOutDir: true,
      copyPublicDir: false,
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      modulePreload: false,
      // One file holds everything, MapLibre's worker included.
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: { main: "index.html" }, output: { codeSplitting: false } },
    },
  };
}
