import { ASEAN_MEMBERS_2019, quotes, speech } from "./dataset";
import { expect, test } from "./fixtures";

/**
 * One load of the app for the reader's behaviours that need no fresh page, each a step (a failure
 * names its step); the view moves on through the URL, as Back and Forward move it.
 */
test("the speech: as published, each passage its quote, and passages to the map and back", async ({
  atlas,
  page,
}) => {
  // Six behaviours in one page: the time of six tests, less five loads.
  test.slow();
  await atlas.open("?panel=speech");

  await test.step("the reader shows the title once, and the publisher's framing apart from the speaker's words", async () => {
    const reader = atlas.reader();
    await expect(reader.getByRole("heading", { level: 2 })).toHaveText(speech.title);
    expect(await reader.evaluate((r, title) => r.textContent.split(title).length, speech.title)).toBe(2);
    const opening = reader.getByRole("note", { name: "The publisher’s introduction" });
    await expect(opening).toContainText("Here is the transcript of his speech");
    const closing = reader.getByRole("note", { name: "The publisher’s closing lines" });
    await expect(closing).toContainText("To be continued");
    await expect(closing).toContainText("Originally published on");
    // The speaker's paragraphs, outside the notes, hold none of the publisher's lines.
    const spoken = reader.locator(".transcript > p");
    await expect(spoken.first()).toContainText("Thank you for the invitation.");
    await expect(spoken.last()).toContainText("Vietnam is a good candidate.");
    await expect(reader.locator(".transcript > p", { hasText: "To be continued" })).toHaveCount(0);
  });

  await test.step("every marked passage's text is exactly the quote it anchors", async () => {
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

  await test.step("a passage about several things lets the reader pick one", async () => {
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

  await test.step("clicking the passage about ASEAN's founding selects ASEAN on the map", async () => {
    await atlas.goToView("");
    await atlas.openSpeech();
    const passage = atlas.passage("asean-formed");
    await expect(passage).toHaveAccessibleDescription("Selects ASEAN (bloc)");
    await expect(passage).toHaveAccessibleName(quotes.find((q) => q.id === "asean-formed")!.text);
    await passage.click();
    expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
    // The lists fold on a desk once a bloc is shown: open them to see it marked there.
    await atlas.showLists();
    await expect(atlas.blocButton("asean")).toHaveAttribute("aria-current", "true");
  });

  await test.step("selecting the EAEU marks and counts its passages, and stepping reaches each", async () => {
    const eaeuQuotes = quotes
      .filter((q) => q.about.includes("eaeu"))
      .sort((a, b) => a.start - b.start)
      .map((q) => q.id);
    await atlas.goToView("?bloc=eaeu&panel=speech");
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

  await test.step("a quote card's “Show in the speech” opens the reader there", async () => {
    await atlas.goToView("?bloc=ric");
    await atlas.details
      .locator('[data-quote-id="ric-origin"]')
      .getByRole("button", { name: "Show in the speech" })
      .click();
    await expect(atlas.passage("ric-origin")).toBeFocused();
    await expect(page).toHaveURL(/quote=ric-origin/);
  });
});

test("a ?quote= link opens the reader at that passage", async ({ atlas }) => {
  await atlas.open("?quote=fsb-databank-invitation");
  await expect(atlas.reader()).toBeVisible();
  const passage = atlas.passage("fsb-databank-invitation");
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  await expect(passage).toHaveClass(/targeted/);
});

test("a ?quote= link scrolls the reader's column, never the page", async ({ atlas, page }) => {
  await atlas.open("?quote=p5-gentlemans-agreement");
  const passage = atlas.passage("p5-gentlemans-agreement");
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  await expect(page.getByRole("heading", { level: 1, name: "Bloc Atlas" })).toBeInViewport();
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

test.describe("on a phone", () => {
  test.use({ viewport: { width: 420, height: 800 }, hasTouch: true, isMobile: true });

  test("the speech is a tap away", async ({ atlas, page }) => {
    await atlas.open("?bloc=asean");
    await expect(atlas.reader()).toBeHidden();
    await page.getByRole("tab", { name: "The speech" }).tap();
    await expect(atlas.reader()).toBeVisible();
    await expect(atlas.reader().locator("button.passage.current").first()).toBeAttached();
  });

  test("a ?quote= link scrolls the transcript's own box, not the page", async ({ atlas, page }) => {
    await atlas.open("?quote=p5-gentlemans-agreement");
    await expect(atlas.passage("p5-gentlemans-agreement")).toBeFocused();
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    const transcript = atlas.reader().locator(".transcript");
    await expect.poll(() => transcript.evaluate((t) => t.scrollTop)).toBeGreaterThan(0);
  });
});
