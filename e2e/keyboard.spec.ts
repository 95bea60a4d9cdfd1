import { framedAtlas, openHostPage, waitForFramedMap } from "./embed-host";
import { expect, test } from "./fixtures";

/**
 * The main flows with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, Esc), the way a
 * person who cannot use a mouse, or cannot see the map, goes through them. Every element focused
 * on the way must show its focus (AtlasDriver.tabTo), and each change must be said once in the
 * page's live region.
 */

test("Share opens and closes with focus back on its button; the date and a filter are set and announced", async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(atlas.announcement()).toHaveText("");

  const share = page.getByRole("button", { name: "Share", exact: true });
  await atlas.tabTo(share);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await expect(dialog).toBeVisible();
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
    expect((await atlas.focused())?.indicator).toBeDefined();
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await atlas.expectFocusShownOn(share);
  // Esc closed the dialog and nothing else: no change to announce.
  await expect(atlas.announcement()).toHaveText("");

  await atlas.tabTo(page.getByRole("radio", { name: /^the speech/ }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /^today/ })).toBeChecked();
  await atlas.expectFocusShownOn(page.getByRole("radio", { name: /^today/ }));
  await expect(atlas.announcement()).toHaveText(/^Showing memberships and statuses as of .+ \(today\)\.$/);
  await page.keyboard.press("ArrowUp");
  await expect(atlas.announcement()).toHaveText(
    "Showing memberships and statuses as of 25 February 2019 (the speech).",
  );

  await atlas.tabTo(page.locator("details.filters summary"));
  await page.keyboard.press("Enter");
  const fta = atlas.filterCheckbox(/Free trade agreement/);
  await atlas.tabTo(fta);
  await page.keyboard.press("Space");
  await expect(fta).toBeChecked();
  await expect(atlas.announcement()).toHaveText(
    "Filters: free trade agreement. 6 agreements and 0 co-chairmanships shown; blocs hidden.",
  );
  expect(await atlas.relationsDrawn()).toHaveLength(6);
  await page.keyboard.press("Space");
  await expect(fta).not.toBeChecked();
  await expect(atlas.announcement()).toHaveText(
    /^Filters cleared\. \d+ agreements and \d+ co-chairmanships shown\.$/,
  );
});

test("a bloc from the list, its members, a country, an agreement, a co-chairmanship and the speech at a quote", async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.tabTo(page.getByRole("searchbox", { name: "Find a bloc or a country" }));
  await page.keyboard.type("ASEAN");
  await atlas.tabTo(atlas.blocButton("asean"));
  await page.keyboard.press("Enter");
  // On a desk the lists fold to give the map their room, taking the pressed button with them: the
  // focus goes to the heading of what the details show now.
  await expect(atlas.panelTitle()).toContainText("Association of Southeast Asian Nations");
  await expect(atlas.panelTitle()).toBeFocused();
  await expect(atlas.announcement()).toHaveText(
    "ASEAN: 10 member countries highlighted, 1 observer or partner in a lighter colour.",
  );

  // The members, read from the panel without the map, and one opened.
  const members = atlas.participantList("Members");
  await expect(members.getByRole("listitem")).toHaveCount(10);
  await atlas.tabTo(members.getByRole("button", { name: "Vietnam" }));
  await page.keyboard.press("Enter");
  await expect(atlas.panelTitle()).toHaveText(/Vietnam/);
  await expect(atlas.announcement()).toHaveText("Vietnam: member of 10 blocs the speech names.");
  await page.keyboard.press("Escape");
  await expect(atlas.panelTitle()).toHaveText(/Association of Southeast Asian Nations/);
  await expect(atlas.announcement()).toHaveText(/^ASEAN: 10 member countries highlighted/);

  // The lists folded when ASEAN was picked: back to their button and open them; then the
  // Agreements tab, by arrow key, and an agreement in it.
  const listsButton = page.getByRole("button", { name: "Lists: blocs, agreements, filters" });
  await atlas.tabTo(listsButton, { backwards: true });
  await page.keyboard.press("Enter");
  await atlas.expectFocusShownOn(page.getByRole("button", { name: "Hide the lists" }));
  await atlas.tabTo(page.getByRole("tab", { name: /^Blocs/ }));
  await page.keyboard.press("ArrowRight");
  await atlas.expectFocusShownOn(page.getByRole("tab", { name: /^Agreements/ }));
  await atlas.tabTo(page.locator('button[data-agreement-id="eaeu-vietnam-fta"]'));
  await page.keyboard.press("Enter");
  await expect(atlas.announcement()).toHaveText("EAEU–Vietnam FTA: free trade agreement, in force.");
  expect(await atlas.forwardRelations()).toContain("eaeu-vietnam-fta");

  await atlas.tabTo(page.getByRole("tab", { name: /^Agreements/ }), { backwards: true });
  await page.keyboard.press("ArrowRight");
  await atlas.tabTo(page.locator('button[data-cochair-id="admm-plus-hma-2017-2020"]'));
  await page.keyboard.press("Enter");
  await expect(atlas.announcement()).toHaveText(
    "ADMM-Plus Experts' Working Group on Humanitarian Mine Action: co-chaired by Russia and Laos, 2017–2020.",
  );
  // The card itself, not only the announcement: one CI run read the quote from the agreement's card,
  // still shown after the announcement had changed (the co-chairmanship's card is loaded lazily).
  await expect(atlas.panelTitle()).toHaveText(/Humanitarian Mine Action/);

  // Its first quote, opened in the speech: focus lands on the passage.
  const quote = atlas.details.locator("figure.quote").first();
  const quoteId = (await quote.getAttribute("data-quote-id")) ?? "";
  await atlas.tabTo(quote.getByRole("button", { name: "Show in the speech" }));
  await page.keyboard.press("Enter");
  await expect(atlas.reader()).toBeVisible();
  await atlas.expectFocusShownOn(atlas.passage(quoteId));
});

test("an embed on a host page: focus is shown in it, and Tab goes in and out of the frame both ways", async ({
  page,
  baseURL,
  hostServer,
}) => {
  await openHostPage(
    page,
    hostServer,
    `<button>Before</button><iframe src="${baseURL}?embed=1&bloc=asean" title="Bloc Atlas: ASEAN" width="800" height="500"></iframe><button>After</button>`,
  );
  const { atlas, frame } = framedAtlas(page);
  await waitForFramedMap(atlas);
  const before = page.getByRole("button", { name: "Before" });
  const after = page.getByRole("button", { name: "After" });

  await atlas.tabTo(before);
  await atlas.tabTo(frame.getByRole("link", { name: /Read it in the speech/ }));
  await atlas.tabTo(frame.getByRole("link", { name: /Open in Bloc Atlas/ }));
  await atlas.tabTo(after, { max: 5 });
  await atlas.tabTo(frame.getByRole("link", { name: /Open in Bloc Atlas/ }), { backwards: true, max: 5 });
  await atlas.tabTo(before, { backwards: true });
});

test("the bloc search keeps its text and its filter when the window crosses the phone layout's width and back", async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.tabTo(atlas.blocSearch());
  await page.keyboard.type("ASEAN");
  const count = page.locator(".bloc-browser .result-count");
  await expect(count).toHaveText(/^\d+ of \d+ blocs match “ASEAN”$/);
  const matches = await atlas.listedBlocs();
  expect(matches).toContain("asean");
  expect(matches).not.toContain("brics");
  const countText = await count.textContent();
  expect(await atlas.listsPlace()).toBe("beside");

  for (const [size, place] of [
    [{ width: 800, height: 900 }, "below"],
    [{ width: 1280, height: 800 }, "beside"],
  ] as const) {
    await page.setViewportSize(size);
    await expect.poll(() => atlas.listsPlace(), `the lists at ${size.width}×${size.height}`).toBe(place);
    await expect(atlas.blocSearch()).toHaveValue("ASEAN");
    await expect(count).toHaveText(countText ?? "");
    expect(await atlas.listedBlocs()).toEqual(matches);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("Tab goes from the header to the map, the details and the lists, in that order; the legend opens and closes with Enter and Space", async ({
    atlas,
    page,
  }) => {
    await atlas.open("?bloc=asean");
    const parts: string[] = [];
    const unmarked: string[] = [];
    for (let press = 0; press < 150 && parts.at(-1) !== "lists"; press++) {
      await page.keyboard.press("Tab");
      const now = await atlas.focused();
      if (now?.indicator === undefined) unmarked.push(now?.description ?? "focus in no document");
      const part = await atlas.focusedPart();
      if (parts.at(-1) !== part) parts.push(part);
    }
    expect(unmarked, "focused with no visible focus indicator").toEqual([]);
    expect(parts).toEqual(["header", "map", "details", "lists"]);

    const legend = atlas.legend();
    const toggle = legend.getByRole("button", { name: /^Legend/ });
    await atlas.tabTo(toggle, { backwards: true, max: 150 });
    for (const key of ["Enter", "Enter", "Space", "Space"]) {
      const wasOpen = (await toggle.getAttribute("aria-expanded")) === "true";
      await page.keyboard.press(key);
      await expect(toggle, `${key} on the legend's toggle`).toHaveAttribute(
        "aria-expanded",
        String(!wasOpen),
      );
      if (wasOpen) await expect(legend.getByText("Member", { exact: true })).toBeHidden();
      else await expect(legend.getByText("Member", { exact: true })).toBeVisible();
      await atlas.expectFocusShownOn(toggle);
    }
  });
});

test("the presentation's controls are reached by Tab, show their focus, and take Enter", async ({
  atlas,
  page,
}) => {
  await atlas.open("?present=argument&step=2");
  const progress = page.locator(".present-progress [data-step]");
  const next = page.getByRole("button", { name: "Next" });
  const previous = page.getByRole("button", { name: "Previous" });
  await atlas.tabTo(page.getByRole("button", { name: "Download PNG" }));
  await atlas.tabTo(previous);
  await atlas.tabTo(next);
  await page.keyboard.press("Enter");
  await expect(progress).toHaveAttribute("data-step", "3");
  await atlas.expectFocusShownOn(next);
  await atlas.tabTo(previous, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(progress).toHaveAttribute("data-step", "2");
  await atlas.expectFocusShownOn(previous);
});
