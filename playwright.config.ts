import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./scripts/lib/chromium.ts";

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);

/** `E2E_PORT` moves both servers, so two checkouts can run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4174);
/** The dev server too, for the Quick start's first command: it serves modules the build does not. */
const DEV_PORT = PORT + 1;
/** Where the 100× dataset for dist/x100 is written (ignored by git, like the benchmark's copy). */
const X100_DATA = "bench-results/e2e-x100-data";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // A failure keeps its trace (actions, DOM snapshots, console, network), without the screencast:
    // encoding every frame of a software-WebGL map costs each test CPU on a 2-core machine.
    trace: { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    { name: "build", testIgnore: /dev-server\.spec\.ts$/ },
    { name: "dev", testMatch: /dev-server\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${DEV_PORT}/` } },
  ],
  webServer: [
    {
      // The production build, as a presenter would serve it.
      // Beside it, under /x100/, the same app built with the benchmark's dataset 100 times the
      // speech's (2,200 blocs), for the spec of what only a large dataset exercises.
      command:
        `npx vite build --logLevel warn` +
        ` && npx tsx scripts/make-synthetic-dataset.ts ${X100_DATA}` +
        ` && BLOC_ATLAS_DATA_DIR=${X100_DATA} npx vite build --logLevel warn --outDir dist/x100` +
        // Node's default header limit (16 KB) answers longer links with 431 before the app sees
        // them; the random-link spec loads links of 20,000 characters and more, meant for the app.
        ` && NODE_OPTIONS=--max-http-header-size=262144 npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
