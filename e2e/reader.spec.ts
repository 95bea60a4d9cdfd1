import { ASEAN_MEMBERS_2019, quotes } from "./dataset";
import { expect, test } from "./fixtures";

test("clicking the passage about ASEAN's founding selects ASEAN on the map", async ({ atlas }) => {
  await atlas.open();
  await atlas.openSpeech();
  const passage = atlas.passage("asean-formed");
  await expect(passage).toHaveAccessibleDescription("Selects ASEAN (bloc)");
  await expect(passage).toHaveAccessibleName(quotes.find((q) => q.id === "asean-formed")!.text);
  await passage.click();
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  await expect(atlas.blocButton("asean")).toHaveAttribute("aria-current", "true");
});

test("a passage about several things lets the reader pick one", async ({ atlas }) => {
  await atlas.open("?panel=speech");
  await atlas.passage("eaeu-vietnam-fta").click();
  const chooser = atlas.reader().getByRole("group", { name: "This passage speaks of" });
  await expect(chooser.getByRole("button").first()).toBeFocused();
  await atlas.page.keyboard.press("Escape");
  await expect(chooser).toBeHidden();
  await expect(atlas.passage("eaeu-vietnam-fta")).toBeFocused();
  expect(await atlas.highlighted()).toEqual([]);
  await atlas.passage("eaeu-vietnam-fta").click();
  await chooser.getByRole("button", { name: /^EAEU–Vietnam FTA/ }).click();
  await expect(atlas.page).toHaveURL(/agreement=eaeu-vietnam-fta/);
  expect(await atlas.highlighted()).toEqual(["VNM"]);
});

test("selecting the EAEU marks and counts its passages, and stepping reaches each", async ({
  atlas,
  page,
}) => {
  const eaeuQuotes = quotes
    .filter((q) => q.about.includes("eaeu"))
    .sort((a, b) => a.start - b.start)
    .map((q) => q.id);
  await atlas.open("?bloc=eaeu&panel=speech");
  await expect(atlas.reader().locator("button.passage.current")).toHaveCount(eaeuQuotes.length);
  const stepper = atlas.reader().getByRole("group", { name: "Passages about EAEU" });
  await expect(stepper).toContainText(`${eaeuQuotes.length} passages about EAEU`);
  for (const [i, quoteId] of eaeuQuotes.entries()) {
    await stepper.getByRole("button", { name: "Next passage" }).click();
    await expect(atlas.passage(quoteId)).toBeFocused();
    await expect(atlas.passage(quoteId)).toBeInViewport();
    await expect(stepper).toContainText(`(${i + 1} of ${eaeuQuotes.length})`);
  }
  await stepper.getByRole("button", { name: "Next passage" }).click();
  await expect(atlas.passage(eaeuQuotes[0]!)).toBeFocused();
  await expect(page).toHaveURL(/bloc=eaeu/);
});

test("a ?quote= link opens the reader at that passage", async ({ atlas }) => {
  await atlas.open("?quote=fsb-databank-invitation");
  await expect(atlas.reader()).toBeVisible();
  const passage = atlas.passage("fsb-databank-invitation");
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  await expect(passage).toHaveClass(/targeted/);
});

test("a quote card's “Show in the speech” opens the reader there", async ({ atlas, page }) => {
  await atlas.open("?bloc=ric");
  await atlas.details
    .locator('[data-quote-id="ric-origin"]')
    .getByRole("button", { name: "Show in the speech" })
    .click();
  await expect(atlas.passage("ric-origin")).toBeFocused();
  await expect(page).toHaveURL(/quote=ric-origin/);
});

test("a ?para= link opens the reader at that paragraph, and search counts and steps through hits", async ({
  atlas,
}) => {
  await atlas.open("?para=12");
  await expect(atlas.reader().locator("#paragraph-12")).toBeFocused();
  await expect(atlas.reader().locator("#paragraph-12")).toContainText("ASEAN is a solid foundation");

  const search = atlas.reader().getByRole("searchbox", { name: "Search the speech" });
  await search.fill("security");
  const count = await atlas.reader().locator("mark.hit").count();
  expect(count).toBeGreaterThan(3);
  await expect(atlas.reader().locator(".hit-count")).toHaveText(`1 of ${count} matches`);
  await atlas.reader().getByRole("button", { name: "Next match" }).click();
  await expect(atlas.reader().locator('mark[data-hit="1"]')).toBeInViewport();
  await expect(atlas.reader().locator('mark[data-hit="1"]')).toHaveClass(/current-hit/);
  await expect(atlas.reader().locator(".hit-count")).toHaveText(`2 of ${count} matches`);
});

test("every marked passage's text is exactly the quote it anchors", async ({ atlas }) => {
  await atlas.open("?panel=speech");
  const passages = atlas.reader().locator("button.passage");
  await expect(passages).toHaveCount(quotes.length);
  const shown = await passages.evaluateAll((buttons) =>
    buttons.map((b) => ({ ids: b.getAttribute("data-quote-ids") ?? "", text: b.textContent })),
  );
  const byId = new Map(quotes.map((q) => [q.id, q.text]));
  for (const { ids, text } of shown) {
    expect(ids.split(" ")).toHaveLength(1);
    expect(text, ids).toBe(byId.get(ids));
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 420, height: 800 }, hasTouch: true, isMobile: true });

  test("the speech is a tap away", async ({ atlas, page }) => {
    await atlas.open("?bloc=asean");
    await expect(atlas.reader()).toBeHidden();
    await page.getByRole("tab", { name: "The speech" }).tap();
    await expect(atlas.reader()).toBeVisible();
    await expect(atlas.reader().locator("button.passage.current").first()).toBeAttached();
  });
});
