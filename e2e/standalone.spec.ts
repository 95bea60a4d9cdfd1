import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { memberCodesOn } from "../src/domain/memberships";
import { COLORS } from "../src/domain/palette";
import { STANDALONE_FILE_NAME } from "../scripts/lib/standalone";
import { agreements, argumentStepMembers, argumentTour, blocs, countries, quotes, speech } from "./dataset";
import { expect, test as atlasTest } from "./fixtures";
import { coloursOf, pngSize } from "./png";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The standalone file opened from disk, as from a USB stick: no server, and every request that is
 * not for the file itself refused and counted, so anything the page still fetches fails the test.
 */
const test = atlasTest.extend<
  { openStandalone: (query?: string) => Promise<void> },
  { standaloneFile: string }
>({
  standaloneFile: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // Built once per worker, apart from dist/ (the suite's server serves that) and dist-standalone/.
      const outDir = mkdtempSync(path.join(tmpdir(), "bloc-atlas-standalone-"));
      execFileSync(
        process.execPath,
        [
          path.join(ROOT, "node_modules/vite/bin/vite.js"),
          "build",
          "--mode",
          "standalone",
          "--outDir",
          outDir,
        ],
        { cwd: ROOT, stdio: "pipe" },
      );
      await use(path.join(outDir, STANDALONE_FILE_NAME));
      rmSync(outDir, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 180_000 },
  ],
  // Replaces the shared fixture, which lets the app's own origin through: here there is none.
  foreignRequests: async ({ page, standaloneFile }, use) => {
    const refused: string[] = [];
    await page.context().route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const isThePage = url.protocol === "file:" && fileURLToPath(url) === standaloneFile;
      if (isThePage || url.protocol === "data:" || url.protocol === "blob:") {
        await route.continue();
        return;
      }
      refused.push(url.href);
      await route.abort("internetdisconnected");
    });
    await use(refused);
    expect(refused, "requests from the standalone file").toEqual([]);
  },
  openStandalone: async ({ page, atlas, standaloneFile }, use) => {
    await use(async (query = "") => {
      await page.goto(pathToFileURL(standaloneFile).href + query);
      await atlas.waitForMap();
    });
  },
});

// One worker runs these in order, so the file is built once.
test.describe.configure({ mode: "default" });

const asean = blocs.find((bloc) => bloc.id === "asean")!;

test("from file://, with no network, the map is drawn and ASEAN lights up its members", async ({
  atlas,
  openStandalone,
}) => {
  await openStandalone();
  await atlas.selectBloc("asean");
  expect(await atlas.highlighted()).toEqual(memberCodesOn(asean, speech.date).sort());
  await expect(atlas.panelTitle()).toContainText("Association of Southeast Asian Nations");
  expect(await atlas.colourAt(countries.IDN!.anchor)).toBe(COLORS.member);
});

test("a filter narrows the lines on the map to its type", async ({ atlas, openStandalone }) => {
  const freeTrade = agreements
    .filter((agreement) => agreement.type === "fta")
    .map((agreement) => agreement.id)
    .sort();
  await openStandalone();
  await atlas.toggleFilter(/^Free trade agreement/);
  expect(await atlas.relationsDrawn()).toEqual(freeTrade);
});

test("the reader opens on the whole speech and its passages select", async ({ atlas, openStandalone }) => {
  await openStandalone();
  await atlas.openSpeech();
  const founded = quotes.find((quote) => quote.id === "asean-formed")!;
  await expect(atlas.passage(founded.id)).toHaveAccessibleName(founded.text);
  await atlas.passage(founded.id).click();
  expect(await atlas.highlighted()).toEqual(memberCodesOn(asean, speech.date).sort());
});

test("the tour steps by keyboard, each step drawn with its own view", async ({
  atlas,
  page,
  openStandalone,
}) => {
  // The first steps and the last: every step and every key are checked served (present.spec.ts);
  // here, that the file carries the tour and draws its views.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openStandalone("?present=argument");
  const count = argumentTour.steps.length;
  const progress = page.locator(".present-progress");
  await expect(progress).toContainText(`1 / ${count}`);
  expect(await atlas.highlighted()).toEqual(argumentStepMembers(1));
  for (let n = 2; n <= 4; n++) {
    await page.keyboard.press("ArrowRight");
    await expect(progress).toContainText(`${n} / ${count}`);
    expect(await atlas.highlighted(), `step ${n}`).toEqual(argumentStepMembers(n));
  }
  await page.keyboard.press("End");
  await expect(progress).toContainText(`${count} / ${count}`);
  expect(await atlas.highlighted(), `step ${count}`).toEqual(argumentStepMembers(count));
});

test("Download PNG saves a 1920×1080 image of the view, members' colour and all", async ({
  atlas,
  page,
  openStandalone,
}) => {
  await openStandalone("?bloc=asean");
  expect(await atlas.highlighted()).toEqual(memberCodesOn(asean, speech.date).sort());
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  const colours = await coloursOf(page, bytes, COLORS.member);
  expect(colours.has).toBe(true);
  expect(colours.distinct).toBeGreaterThan(50);
});
