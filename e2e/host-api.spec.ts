import type { FrameLocator, Page } from "@playwright/test";
import type { HostState } from "../src/embed/host-state";
import { AtlasDriver } from "./atlas-driver";
import { argumentStepMembers as expectedAt, argumentTour } from "./dataset";
import { ASEAN_MEMBERS_2019, speech } from "./dataset";
import { localToday } from "../src/app/local-today";
import { framedAtlas, openHostPage, receivedOfType, waitForFramedMap } from "./embed-host";
import { expect, test } from "./fixtures";

type StateEvent = HostState & { type: string };

/** The example host page (examples/host.html, as built) on another origin, framing the app. */
async function openExampleHost(page: Page, hostOrigin: string, baseURL: string, view = "bloc=asean") {
  await page.goto(
    `${hostOrigin}/examples/host.html?app=${encodeURIComponent(baseURL)}&view=${encodeURIComponent(view)}`,
  );
  const { atlas, frame } = framedAtlas(page, "#atlas");
  await waitForFramedMap(atlas);
  return { atlas, frame };
}

/** The events the example page has listed, of one type, parsed back from its log. */
async function loggedEvents(page: Page, type: string): Promise<StateEvent[]> {
  const texts = await page.locator(`#log li[data-type="${type}"]`).allTextContents();
  return texts.map((text) => JSON.parse(text) as StateEvent);
}

/** Waits for a state event that satisfies `check`, and that `data-highlighted` then agrees with. */
async function expectState(
  page: Page,
  atlas: AtlasDriver,
  check: (state: StateEvent) => boolean,
): Promise<StateEvent> {
  await expect.poll(async () => (await loggedEvents(page, "bloc-atlas:state")).some(check)).toBe(true);
  const state = (await loggedEvents(page, "bloc-atlas:state")).findLast(check)!;
  expect(await atlas.highlighted()).toEqual(state.highlighted);
  return state;
}

async function sendFromBox(page: Page, message: string): Promise<void> {
  await page.getByLabel("Send any message (JSON):").fill(message);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

test("the example host page drives the embed and hears every change, its own and the viewer's", async ({
  page,
  baseURL,
  hostOrigin,
}) => {
  const { atlas } = await openExampleHost(page, hostOrigin, baseURL!, "");
  await expect.poll(async () => (await loggedEvents(page, "bloc-atlas:ready")).length).toBe(1);
  const [ready] = await loggedEvents(page, "bloc-atlas:ready");
  expect(ready).toMatchObject({ selection: {}, highlighted: [], asOf: "2019-02-25" });

  await page.getByRole("button", { name: "Select ASEAN" }).click();
  const asean = await expectState(page, atlas, (s) => s.selection.bloc === "asean");
  expect(asean.highlighted).toEqual(ASEAN_MEMBERS_2019);
  expect(asean.url).toBe(`${baseURL}?bloc=asean`);

  await page.getByRole("button", { name: "Select the EAEU–Vietnam FTA" }).click();
  const fta = await expectState(page, atlas, (s) => s.selection.agreement === "eaeu-vietnam-fta");
  expect(fta.highlighted).toEqual(["VNM"]);

  await page.getByRole("button", { name: "Select Vietnam" }).click();
  await expectState(page, atlas, (s) => s.selection.country === "VNM" && s.selection.agreement === undefined);

  await page.getByRole("button", { name: "Free trade agreements only" }).click();
  await expectState(page, atlas, (s) => s.filters.type.join() === "fta");
  const drawn = await atlas.relationsDrawn();
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.every((id) => id.includes("fta"))).toBe(true);

  await page.getByRole("button", { name: "As of today" }).click();
  await expectState(page, atlas, (s) => s.asOf !== "2019-02-25");
  await page.getByRole("button", { name: "Select BRICS" }).click();
  const brics = await expectState(page, atlas, (s) => s.selection.bloc === "brics");
  expect(brics.highlighted).toHaveLength(10);

  // The viewer's own click, not a command, reaches the host too.
  await atlas.clickCountry("BRA");
  await expectState(page, atlas, (s) => s.selection.country === "BRA");
});

test("a malformed message is ignored with a warning, an unknown bloc is answered with an error", async ({
  page,
  baseURL,
  hostOrigin,
}) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  const { atlas } = await openExampleHost(page, hostOrigin, baseURL!);

  await sendFromBox(page, "select asean, please");
  await expect.poll(() => warnings.some((w) => w.includes("Bloc Atlas ignored a message"))).toBe(true);
  await sendFromBox(page, '{"type":"bloc-atlas:select","bloc":42}');
  await expect
    .poll(() => warnings.some((w) => w.includes("bloc-atlas:select has the wrong shape")))
    .toBe(true);

  await sendFromBox(page, '{"type":"bloc-atlas:select","bloc":"nato"}');
  await expect.poll(async () => (await loggedEvents(page, "bloc-atlas:error")).length).toBe(1);
  const [error] = await page.locator('#log li[data-type="bloc-atlas:error"]').allTextContents();
  expect(JSON.parse(error!)).toEqual({
    type: "bloc-atlas:error",
    message: "there is no bloc “nato” in this dataset",
    command: { type: "bloc-atlas:select", bloc: "nato" },
  });

  // Still working, and still showing what it showed.
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  await page.getByRole("button", { name: "Select BRICS" }).click();
  await expectState(page, atlas, (s) => s.selection.bloc === "brics");
});

test("with ?origin= the embed obeys only the origins listed", async ({ page, baseURL, hostServer }) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await openHostPage(
    page,
    hostServer,
    `<iframe id="allowed" src="${baseURL}?embed=1&bloc=asean&origin=${hostServer.origin}" title="allowed" width="600" height="400"></iframe>
     <iframe id="other" src="${baseURL}?embed=1&bloc=asean&origin=https://slides.example" title="other" width="600" height="400"></iframe>`,
  );
  const allowed = framedAtlas(page, "#allowed").atlas;
  const other = framedAtlas(page, "#other").atlas;
  await waitForFramedMap(allowed);
  await waitForFramedMap(other);
  const appOrigin = new URL(baseURL!).origin;
  const send = (id: string) =>
    page.evaluate(
      ([frameId, origin]) =>
        document
          .querySelector<HTMLIFrameElement>(`#${frameId}`)
          ?.contentWindow?.postMessage({ type: "bloc-atlas:select", bloc: "brics" }, origin!),
      [id, appOrigin],
    );

  await send("other");
  await expect.poll(() => warnings.some((w) => w.includes("not an origin listed in ?origin="))).toBe(true);
  expect(await other.highlighted()).toEqual(ASEAN_MEMBERS_2019);

  await send("allowed");
  await expect.poll(async () => (await allowed.highlighted()).length).toBe(5);
  // The allowed host hears the change; the other frame posts nothing to a host it does not trust.
  const states = await receivedOfType(page, "bloc-atlas:state");
  expect(states.map((s) => (s.data as unknown as HostState).selection.bloc)).toEqual(["brics"]);
});

test("a framed full app (not an embed) takes commands too, and keeps the host's history its own", async ({
  page,
  baseURL,
  hostServer,
}) => {
  await openHostPage(
    page,
    hostServer,
    `<iframe src="${baseURL}?bloc=asean" title="app" width="1200" height="700"></iframe>`,
  );
  const { atlas } = framedAtlas(page);
  await waitForFramedMap(atlas);
  const historyBefore = await page.evaluate(() => history.length);
  await page.evaluate(
    (origin) =>
      document
        .querySelector("iframe")
        ?.contentWindow?.postMessage({ type: "bloc-atlas:select", bloc: "sco" }, origin),
    new URL(baseURL!).origin,
  );
  await expect(atlas.panelTitle()).toContainText("Shanghai Cooperation Organisation");
  // The app's URL followed the change without adding a step to the host page's history.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  const frameUrl = page
    .frames()
    .find((f) => f !== page.mainFrame())
    ?.url();
  expect(frameUrl).toMatch(/\?bloc=sco$/);
  expect((await receivedOfType(page, "bloc-atlas:state")).at(-1)?.data).toMatchObject({
    selection: { bloc: "sco" },
  });
});

test("a host switches the embed's language: the view stays, and the state event says the language shown", async ({
  page,
  baseURL,
  hostServer,
}) => {
  await openHostPage(
    page,
    hostServer,
    `<iframe src="${baseURL}?embed=1&bloc=asean" title="embed" width="800" height="600"></iframe>`,
  );
  const { atlas, frame } = framedAtlas(page);
  await waitForFramedMap(atlas);
  expect((await receivedOfType(page, "bloc-atlas:ready")).at(-1)?.data).toMatchObject({ lang: "en" });
  const origin = new URL(baseURL!).origin;
  const post = (message: object) =>
    page.evaluate(({ data, to }) => document.querySelector("iframe")?.contentWindow?.postMessage(data, to), {
      data: message,
      to: origin,
    });

  await post({ type: "bloc-atlas:set-lang", lang: "ru" });
  await expect
    .poll(async () => (await receivedOfType(page, "bloc-atlas:state")).at(-1)?.data)
    .toMatchObject({ lang: "ru", selection: { bloc: "asean" }, highlighted: ASEAN_MEMBERS_2019 });
  await expect(frame.locator("html")).toHaveAttribute("lang", "ru");
  await expect(frame.getByRole("link", { name: /Открыть в Bloc Atlas/ })).toBeVisible();
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);

  await post({ type: "bloc-atlas:set-lang", lang: "fr" });
  await expect
    .poll(async () => (await receivedOfType(page, "bloc-atlas:error")).at(-1)?.data)
    .toEqual({
      type: "bloc-atlas:error",
      message: "“fr” is not a language this app speaks (en, ru, vi)",
      command: { type: "bloc-atlas:set-lang", lang: "fr" },
    });
});

/** The Share dialog's embed code for the view the app shows. */
async function embedCode(frameOrPage: Page | FrameLocator): Promise<string> {
  return frameOrPage.getByRole("textbox", { name: "Embed code" }).inputValue();
}

test("the Share dialog's snippet, pasted into a blank page, embeds the same view at the height it asks for", async ({
  atlas,
  page,
  hostServer,
}) => {
  await atlas.open("?bloc=brics&asof=2025-06-01");
  const share = page.getByRole("button", { name: "Share" });
  await share.click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Link to this view" })).toHaveValue(
    /\/\?bloc=brics&asof=2025-06-01&lang=en$/,
  );
  await dialog.getByRole("radio", { name: "Dark" }).check();
  await dialog.getByRole("checkbox", { name: "Quote" }).uncheck();
  const snippet = await embedCode(page);
  expect(snippet).toMatch(
    /\?embed=1&amp;theme=dark&amp;bloc=brics&amp;asof=2025-06-01&amp;quote=0&amp;lang=en"/,
  );
  // The preview shows the same embed.
  const preview = new AtlasDriver(page, page.frameLocator(".share-preview"));
  await waitForFramedMap(preview);
  expect(await preview.highlighted()).toHaveLength(10);

  // Esc closes the dialog, not the selection, and focus goes back to the button.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  expect(await atlas.highlighted()).toHaveLength(10);

  await openHostPage(page, hostServer, `<h1>An article</h1>${snippet}`);
  const embedded = framedAtlas(page).atlas;
  await waitForFramedMap(embedded);
  expect(await embedded.highlighted()).toHaveLength(10);
  await expect(page.frameLocator("iframe").locator(".embed")).toHaveAttribute("data-theme", "dark");
  await expect(page.frameLocator("iframe").locator(".embed-quote")).toHaveCount(0);
  // embed.js replaced the snippet's starting height with the one the embed asked for.
  await expect
    .poll(async () => {
      const asked = (await receivedOfType(page, "bloc-atlas:height")).at(-1)?.data.height;
      const shown = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
      return asked === shown && shown !== 520;
    })
    .toBe(true);
});

test("Copy puts the text on the clipboard and says so; where the clipboard is refused, it selects the text", async ({
  atlas,
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await atlas.open("?bloc=asean");
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  const linkField = dialog.locator(".copy-field").filter({ hasText: "Link to this view" });
  await linkField.getByRole("button", { name: "Copy" }).click();
  await expect(linkField.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await linkField.getByRole("textbox").inputValue(),
  );

  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  const codeField = dialog.locator(".copy-field").filter({ hasText: "Embed code" });
  await codeField.getByRole("button", { name: "Copy" }).click();
  await expect(codeField.getByRole("status")).toHaveText("Selected: press Ctrl+C (⌘C on a Mac) to copy");
  await expect(codeField.getByRole("textbox")).toBeFocused();
  const selected = await page.evaluate(() => {
    const field = document.activeElement as HTMLTextAreaElement;
    return field.value.slice(field.selectionStart, field.selectionEnd);
  });
  expect(selected).toBe(await embedCode(page));
});

const COUNT = argumentTour.steps.length;

test("a framed tour takes step commands, answers each with one state event, and refuses other changes", async ({
  page,
  baseURL,
  hostServer,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openHostPage(
    page,
    hostServer,
    `<iframe src="${baseURL}?present=argument&embed=1" title="tour" width="960" height="540"></iframe>`,
  );
  const { atlas, frame } = framedAtlas(page);
  await waitForFramedMap(atlas);
  await expect.poll(async () => (await receivedOfType(page, "bloc-atlas:ready")).length).toBe(1);
  const [ready] = await receivedOfType(page, "bloc-atlas:ready");
  expect(ready!.data.tour).toEqual({ id: "argument", step: 1, count: COUNT });

  const appOrigin = new URL(baseURL!).origin;
  const send = (message: unknown) =>
    page.evaluate(
      ([command, origin]) => document.querySelector("iframe")?.contentWindow?.postMessage(command, origin),
      [message, appOrigin] as const,
    );
  const stateSteps = async () =>
    (await receivedOfType(page, "bloc-atlas:state")).map((m) => (m.data.tour as { step: number }).step);

  await send({ type: "bloc-atlas:step", step: 5 });
  await expect(frame.locator(".present-progress")).toContainText(`5 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(5));
  await send({ type: "bloc-atlas:step", step: "next" });
  await expect(frame.locator(".present-progress")).toContainText(`6 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(6));
  // Asked for the step already shown, the frame still answers, once.
  await send({ type: "bloc-atlas:step", step: 6 });
  await expect.poll(stateSteps).toEqual([5, 6, 6]);

  await send({ type: "bloc-atlas:select", bloc: "brics" });
  await send({ type: "bloc-atlas:step", step: COUNT + 1 });
  await expect
    .poll(async () => (await receivedOfType(page, "bloc-atlas:error")).map((m) => m.data.message))
    .toEqual([
      "this frame presents the tour “argument”: it takes bloc-atlas:step, not bloc-atlas:select",
      `the tour “argument” has ${COUNT} steps; there is no step ${COUNT + 1}`,
    ]);
  await expect(frame.locator(".present-progress")).toContainText(`6 / ${COUNT}`);
  expect(await stateSteps()).toEqual([5, 6, 6]);
});

test("a host compares two blocs, then one bloc since the speech, and hears the three sets as data-compare gives them", async ({
  page,
  baseURL,
  hostOrigin,
}) => {
  const { atlas } = await openExampleHost(page, hostOrigin, baseURL!, "");
  await sendFromBox(page, '{"type":"bloc-atlas:select","compare":["brics","sco"]}');
  const state = await expectState(page, atlas, (s) => s.selection.compare?.join() === "brics,sco");
  expect(state.compared).toEqual({
    both: ["CHN", "IND", "RUS"],
    first: ["BRA", "ZAF"],
    second: ["KAZ", "KGZ", "PAK", "TJK", "UZB"],
    roles: "members",
  });
  expect(await atlas.compared()).toEqual({
    both: ["CHN", "IND", "RUS"],
    first: ["BRA", "ZAF"],
    second: ["KAZ", "KGZ", "PAK", "TJK", "UZB"],
  });
  expect(state.url).toBe(`${baseURL}?compare=brics,sco`);

  await sendFromBox(page, '{"type":"bloc-atlas:select","compare":["brics","nato"]}');
  await expect
    .poll(async () =>
      (await loggedEvents(page, "bloc-atlas:error")).map((e) => (e as { message?: string }).message),
    )
    .toContain("there is no bloc “nato” in this dataset");
  expect((await atlas.compared()).both).toEqual(["CHN", "IND", "RUS"]);

  // One bloc between two dates: since the speech, to today (the date shown is the speech's).
  await sendFromBox(page, '{"type":"bloc-atlas:select","bloc":"brics","since":"speech"}');
  const between = await expectState(page, atlas, (s) => s.since !== undefined);
  const today = localToday();
  expect(between).toMatchObject({ selection: { bloc: "brics" }, since: speech.date, asOf: today });
  const sinceSpeech = {
    stayed: ["BRA", "CHN", "IND", "RUS", "ZAF"],
    joined: ["ARE", "EGY", "ETH", "IDN", "IRN"],
    left: [],
  };
  expect(between.compared).toEqual({ ...sinceSpeech, roles: "members" });
  expect(await atlas.compared()).toEqual(sinceSpeech);
  expect(between.url).toBe(`${baseURL}?bloc=brics&asof=${today}&since=${speech.date}`);
});
