import fc from "fast-check";
import type { Page } from "@playwright/test";
import { anyString, dateLike, hostileQuery } from "../src/store/hostile-input.fixture";
import type { KnownIds } from "../src/store/url-state";
import { ASEAN_MEMBERS_2019, agreements, blocs, coChairmanships, countries, quotes, speech } from "./dataset";
import { framedAtlas, openHostPage, waitForFramedMap } from "./embed-host";
import { expect, test } from "./fixtures";
import { COMMAND_TYPES } from "../src/embed/host-api";

/**
 * How many random inputs each test throws at the app: 100 in `npm test`, which has a time budget;
 * `npm run fuzz:e2e` throws 400 (`FUZZ_E2E_RUNS`), and loads one in twenty of the links as a page.
 */
const RUNS = Number(process.env.FUZZ_E2E_RUNS ?? 100);
const PAGE_LOADS = Math.max(5, Math.round(RUNS / 20));
/**
 * A new seed each run (so runs together cover more), reported with each test; `FUZZ_SEED=<n>`
 * replays a run's inputs exactly.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
function sample<T>(arbitrary: fc.Arbitrary<T>): T[] {
  console.log(`${test.info().title}: FUZZ_SEED=${SEED} replays these inputs`);
  return fc.sample(arbitrary, { numRuns: RUNS, seed: SEED });
}
/** Time enough for each input, drawn in software WebGL on a shared machine. */
const TIME_FOR_RUNS = 60_000 + RUNS * 600 + PAGE_LOADS * 10_000;

/** The ids of the dataset the app is built with, so the random queries name real things too. */
const known: KnownIds = {
  blocs: new Set(blocs.map((b) => b.id)),
  agreements: new Set(agreements.map((a) => a.id)),
  coChairmanships: new Set(coChairmanships.map((c) => c.id)),
  countries: new Map(Object.entries(countries).map(([iso3, entry]) => [iso3, entry.name])),
  quotes: new Set(quotes.map((q) => q.id)),
  paragraphCount: 30,
  speechDate: speech.date,
  latestDate: new Date().toISOString().slice(0, 10),
};

/** Any dialog (an `alert()` from injected markup, a `confirm()`) fails the test. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

test("random and hostile links, each loaded: no error, no dialog, and the app still works", async ({
  page,
  atlas,
}) => {
  test.setTimeout(TIME_FOR_RUNS);
  const dialogs = recordDialogs(page);
  const queries = sample(hostileQuery(known));

  // What is read only when a page loads (the embed, a presentation, its step): a full load each.
  // A parameter of its own makes each a new document, never a same-document move to a fragment.
  for (const [index, query] of queries.slice(0, PAGE_LOADS).entries()) {
    await page.goto(`./?load=${index}&${query.replace(/^\?/, "")}`);
    // A page, or (for a tour that does not exist) the message saying so, with a link to the app.
    await expect(
      page.locator(".atlas, .embed, .present, .speaker, #root > [role=alert]").first(),
    ).toBeAttached();
  }

  await atlas.open();
  await expect(page.locator(".atlas-header")).toBeVisible();

  await page.evaluate(() => {
    history.pushState(null, "", location.pathname);
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await atlas.selectBloc("asean");
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  expect(dialogs).toEqual([]);
});

test("the same links through history in one page: no error, no dialog, the app still works", async ({
  page,
  atlas,
}) => {
  test.setTimeout(TIME_FOR_RUNS);
  const dialogs = recordDialogs(page);
  const queries = sample(hostileQuery(known));
  // The view itself, through history as Back and Forward bring it, in one page.
  await atlas.open();
  // In batches: every link read and applied to the store, the page and the map drawn after each
  // batch (a drawn frame per link costs up to a few hundred ms with software WebGL).
  for (let start = 0; start < queries.length; start += 25) {
    await page.evaluate(
      (batch) => {
        for (const search of batch) {
          history.pushState(null, "", `${location.pathname}?${search.replace(/^\?/, "")}`);
          dispatchEvent(new PopStateEvent("popstate"));
        }
      },
      queries.slice(start, start + 25),
    );
    await atlas.waitForMap();
  }
  await page.evaluate(() => {
    history.pushState(null, "", location.pathname);
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await atlas.selectBloc("asean");
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  expect(dialogs).toEqual([]);
});

const ids = [...known.blocs, ...known.agreements, ...known.coChairmanships, ...known.countries.keys()];
const value = fc.oneof(
  fc.constantFrom(...ids),
  dateLike(known),
  anyString,
  fc.integer({ min: -3, max: 1000 }),
  fc.array(anyString, { maxLength: 4 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * Host messages as JSON text (parsed in the page, so `__proto__` arrives as an own key): anything,
 * or a command's type with its fields or others, right, near or random.
 */
const hostMessageJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...COMMAND_TYPES), anyString),
      fc.dictionary(
        fc.constantFrom("bloc", "agreement", "cochair", "country", "date", "step", "filters", "__proto__"),
        value,
        { maxKeys: 2 },
      ),
      fc.record({ type: fc.array(anyString), status: fc.array(anyString) }, { requiredKeys: [] }),
    )
    .map(([type, fields, filters]) =>
      JSON.stringify({ ...fields, ...(type === "bloc-atlas:set-filters" ? { filters } : {}), type }),
    ),
);

test("a few hundred random and hostile host messages: the embed carries on and still obeys", async ({
  page,
  baseURL,
  hostServer,
}) => {
  const dialogs = recordDialogs(page);
  await openHostPage(
    page,
    hostServer,
    `<iframe src="${baseURL}?embed=1&bloc=asean" title="embed" width="800" height="500"></iframe>`,
  );
  const { atlas } = framedAtlas(page);
  await waitForFramedMap(atlas);
  const appOrigin = new URL(baseURL!).origin;
  const post = (json: string) =>
    page.evaluate(
      ([text, origin]) =>
        document.querySelector("iframe")?.contentWindow?.postMessage(JSON.parse(text), origin),
      [json, appOrigin] as const,
    );

  for (const json of sample(hostMessageJson)) await post(json);
  await waitForFramedMap(atlas);

  await post(JSON.stringify({ type: "bloc-atlas:set-asof", date: "speech" }));
  await post(
    JSON.stringify({ type: "bloc-atlas:set-filters", filters: { type: [], status: [], relation: [] } }),
  );
  await post(JSON.stringify({ type: "bloc-atlas:select", bloc: "brics" }));
  await expect(atlas.map).not.toHaveAttribute("data-highlighted", ASEAN_MEMBERS_2019.join(","));
  await post(JSON.stringify({ type: "bloc-atlas:select", bloc: "asean" }));
  await expect(atlas.map).toHaveAttribute("data-highlighted", ASEAN_MEMBERS_2019.join(","));
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  expect(dialogs).toEqual([]);
});
