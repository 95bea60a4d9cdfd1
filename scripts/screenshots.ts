import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from "./lib/chromium.ts";
import { projectRoot } from "./lib/dataset-files.ts";

/** The pictures the README and docs/ show, each a view of the running app. */
const SHOTS = [
  {
    file: "desk.png",
    query: "?bloc=asean",
    viewport: { width: 1280, height: 800 },
    // The lists and panels render once the map is drawn: wait for ASEAN's members to be listed.
    settled: ".country-list li",
  },
  {
    file: "presentation.png",
    query: "?present=argument&step=1",
    viewport: { width: 1280, height: 720 },
    settled: undefined,
  },
  {
    file: "embed.png",
    query: "?embed=1&bloc=brics",
    viewport: { width: 800, height: 560 },
    settled: undefined,
  },
] as const;

const OUT_DIR = path.join(projectRoot, "docs/images");
/** The README and docs carry these in git: keep each small. */
const MAX_BYTES = 300 * 1024;

/** A port nothing on 127.0.0.1 listens on at the moment of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers, or rejects after `timeoutMs`. */
async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Opens a view and waits until the map is idle with it drawn (and, if given, `settled` shows). */
async function openView(page: Page, url: string, settled: string | undefined): Promise<void> {
  await page.goto(url);
  await page.locator('.map-view[data-ready="true"]').first().waitFor({ timeout: 60_000 });
  if (settled) await page.locator(settled).first().waitFor({ timeout: 30_000 });
  await page.locator('.map-view[data-ready="true"]').first().waitFor({ timeout: 60_000 });
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  if (!process.argv.includes("--no-build")) {
    const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
      cwd: projectRoot,
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("vite build failed");
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const preview: ChildProcess = spawn(
    "npx",
    ["vite", "preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    { cwd: projectRoot, stdio: "ignore", detached: true },
  );
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await waitForServer(base, 60_000);
    mkdirSync(OUT_DIR, { recursive: true });
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 });
      // No other host: the pictures are of what the app serves itself.
      await page.route("**/*", (route) =>
        route.request().url().startsWith(base) ? route.continue() : route.abort("blockedbyclient"),
      );
      await openView(page, `${base}${shot.query}`, shot.settled);
      const file = path.join(OUT_DIR, shot.file);
      await page.screenshot({ path: file });
      await page.close();
      const bytes = statSync(file).size;
      console.log(`${path.relative(projectRoot, file)}: ${shot.query}, ${Math.round(bytes / 1024)} KB`);
      if (bytes > MAX_BYTES) throw new Error(`${shot.file} is over ${MAX_BYTES / 1024} KB`);
    }
  } finally {
    await browser.close();
    // vite preview runs under npx: end its whole process group.
    if (preview.pid !== undefined) process.kill(-preview.pid, "SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
