import react from "@vitejs/plugin-react";
import path from "node:path";
import { defineConfig } from "vitest/config";

/** The dataset folder the app is built with: data/, or another (the benchmark's synthetic one). */
const datasetDir = path.resolve(import.meta.dirname, process.env.BLOC_ATLAS_DATA_DIR ?? "data");

export default defineConfig({
  // Relative asset paths, so a build can be served from any folder or embedded under any path.
  base: "./",
  plugins: [react()],
  resolve: { alias: { "@dataset": datasetDir } },
  build: {
    target: "es2022",
    // The MapLibre worker is its own file (setWorkerUrl); keep it out of the inlining threshold.
    assetsInlineLimit: 0,
    // maplibre-gl alone is about 800 kB minified; the budget that matters is gzip bytes (npm run bench).
    chunkSizeWarningLimit: 1500,
    // `npm run bench` builds its baseline pages (bench/) on their own, so the app's chunks stay as shipped.
    rolldownOptions: process.env.BLOC_ATLAS_BENCH_BASELINES
      ? { input: { baseline: "bench/baseline.html" } }
      : {},
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
