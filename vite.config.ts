import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset paths, so a build can be served from any folder or embedded under any path.
  base: "./",
  plugins: [react()],
  build: {
    target: "es2022",
    // The MapLibre worker is its own file (setWorkerUrl); keep it out of the inlining threshold.
    assetsInlineLimit: 0,
    // maplibre-gl alone is about 800 kB minified; the budget that matters is gzip bytes (npm run bench).
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
