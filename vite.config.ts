import react from "@vitejs/plugin-react";
import path from "node:path";
import { compiledDatasetPlugin } from "./scripts/lib/compiled-dataset-plugin.ts";
import { contentSecurityPolicyPlugin } from "./scripts/lib/csp.ts";
import type { Plugin } from "vite";
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { STANDALONE_MODE, standaloneConfig } from "./scripts/lib/standalone.ts";

/** The dataset folder the app is built with: data/, or another (the benchmark's synthetic one). */
const datasetDir = path.resolve(import.meta.dirname, process.env.BLOC_ATLAS_DATA_DIR ?? "data");

/**
 * Preload hints for the compiled dataset and the label font: the browser fetches them while it
 * downloads and evaluates the script, instead of after the app (or, for the font, MapLibre laying
 * out the first labels) asks for them. Build only (the dev server serves them under other URLs).
 * Each is the request that uses it: fetch() (MapLibre, too, downloads the font with fetch() and
 * hands FontFace the bytes) in CORS mode, even on the page's own origin.
 */
function preloadData(): Plugin {
  return {
    name: "bloc-atlas:preload-data",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (!context.bundle || !html.includes('id="root"')) return html;
        const assets = Object.values(context.bundle).filter((item) => item.type === "asset");
        // English's dataset only: a page in another language fetches its own from src/start-early.ts.
        const dataFiles = assets
          .filter((item) => /dataset-en-[\w-]*\.json$/.test(item.fileName))
          .map((item) => `./${item.fileName}`);
        const fonts = assets
          .filter((item) => /noto-sans-latin-400-normal[\w-]*\.woff2$/.test(item.fileName))
          .map((item) => `./${item.fileName}`);
        const preload = (href: string) => ({
          tag: "link",
          attrs: { rel: "preload", as: "fetch", crossorigin: "anonymous", href },
          injectTo: "head" as const,
        });
        return {
          html,
          tags: [
            ...dataFiles.map(preload),
            // MapLibre downloads the font with fetch() and hands FontFace the bytes: preload as such.
            ...fonts.map(preload),
          ],
        };
      },
    },
  };
}

const app: ViteUserConfig = {
  // Relative asset paths, so a build can be served from any folder or embedded under any path.
  base: "./",
  plugins: [react(), compiledDatasetPlugin(datasetDir), preloadData(), contentSecurityPolicyPlugin()],
  build: {
    target: "es2022",
    // The MapLibre worker is its own file (setWorkerUrl); keep it out of the inlining threshold.
    assetsInlineLimit: 0,
    // maplibre-gl alone is about 800 kB minified; the budget that matters is gzip bytes (npm run bench).
    chunkSizeWarningLimit: 1500,
    // `npm run bench` builds its baseline pages (bench/) on their own, so the app's chunks stay as
    // shipped; otherwise the examples (the host page, the reveal.js deck) are built beside the
    // app, so `npm run preview` serves them.
    rolldownOptions: {
      input: process.env.BLOC_ATLAS_BENCH_BASELINES
        ? { baseline: "bench/baseline.html" }
        : { main: "index.html", host: "examples/host.html", reveal: "examples/reveal/index.html" },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
};

export default defineConfig(({ mode }) => {
  if (mode !== STANDALONE_MODE) return app;
  // `npm run build:standalone`: the same app, as one HTML file (scripts/lib/standalone.ts).
  const standalone = standaloneConfig(import.meta.dirname);
  return {
    ...app,
    ...standalone,
    plugins: [react(), compiledDatasetPlugin(datasetDir), ...standalone.plugins],
  };
});
