import { greatCircleArc, partyPosition } from "../src/domain/relation-shapes";
import { agreements, data, speech } from "./dataset";
import { expect, test } from "./fixtures";

const ftaIds = agreements
  .filter((a) => a.type === "fta")
  .map((a) => a.id)
  .sort();

/**
 * One load for the relations' behaviours that need no fresh page, each a step (a failure names its
 * step); each step reaches its view through the URL. Zooming in by hand comes last, since the
 * camera does not undo a zoom.
 */
test("filters, a co-chairmanship, the date and an agreement's line, through the URL in one page", async ({
  atlas,
  page,
}) => {
  // Five behaviours in one page: the time of five tests, less four loads.
  test.slow();
  await atlas.open();

  await test.step("filtering to free trade agreements shows exactly those lines and cards", async () => {
    expect(await atlas.relationsDrawn()).toHaveLength(agreements.length + 3);
    await atlas.toggleFilter(/^Free trade agreement/);
    expect(ftaIds).toHaveLength(6);
    expect(await atlas.relationsDrawn()).toEqual(ftaIds);
    expect((await atlas.listedAgreements()).sort()).toEqual(ftaIds);
    await expect(atlas.page).toHaveURL(/\?type=fta$/);
  });

  await test.step("a filter that leaves nothing says so and offers to clear it", async () => {
    await atlas.goToView("?type=code-of-conduct&status=in-effect");
    expect(await atlas.relationsDrawn()).toEqual([]);
    await expect(page.getByText("The filters leave nothing to show.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    expect((await atlas.relationsDrawn()).length).toBeGreaterThan(0);
    await expect(page).toHaveURL(/\/$/);
  });

  await test.step("a co-chairmanship card names both co-chairs, and whom the speech named", async () => {
    await atlas.goToView("");
    await atlas.showList("Co-chairs");
    await atlas.page.locator('button[data-cochair-id="admm-plus-hma-2017-2020"]').click();
    await expect(atlas.panelTitle()).toHaveText(
      "ADMM-Plus Experts' Working Group on Humanitarian Mine Action",
    );
    const coChairs = atlas.details.locator("dd.co-chairs");
    await expect(coChairs.getByRole("button")).toHaveText(["Russia", "Laos"]);
    await expect(atlas.details).toContainText("Russia and Cambodia");
    expect(await atlas.highlighted()).toEqual(["LAO", "RUS"]);
  });

  await test.step("switching to today shows BRICS as enlarged since the speech", async () => {
    await atlas.goToView("?bloc=brics");
    expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
    await atlas.showAsOf(/^today/);
    expect(await atlas.highlighted()).toEqual([
      "ARE",
      "BRA",
      "CHN",
      "EGY",
      "ETH",
      "IDN",
      "IND",
      "IRN",
      "RUS",
      "ZAF",
    ]);
    await expect(page).toHaveURL(/asof=\d{4}-\d{2}-\d{2}/);
    await expect(atlas.details).toContainText(/Members on \d+ \w+ 20\d\d \(10\)/);
    await expect(page.locator(".as-of-line")).not.toContainText("(the speech)");

    await atlas.showAsOf(/^the speech/);
    expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
  });

  await test.step("clicking an agreement's line on the map opens its card", async () => {
    // Agreements only: bloc labels and co-chair lines step aside, as a reader of agreements would want.
    await atlas.goToView("?relation=agreement");
    const coc = agreements.find((a) => a.id === "south-china-sea-coc")!;
    const [from, to] = coc.parties.map((party) => partyPosition(data, party, speech.date)!);
    const middle = greatCircleArc(from!, to!)[24]!;
    await atlas.zoomInAt(middle, 3);
    await atlas.clickMapAt(middle);
    await expect(atlas.panelTitle()).toHaveText("South China Sea Code of Conduct");
    await expect(atlas.details).toContainText("Under negotiation");
    await expect(atlas.page).toHaveURL(/\?agreement=south-china-sea-coc&relation=agreement$/);
    expect(await atlas.highlighted()).toEqual(["CHN"]);
  });
});

test("filters survive a reload through the URL", async ({ atlas, page }) => {
  await atlas.open();
  await atlas.toggleFilter(/^Free trade agreement/);
  await atlas.toggleFilter(/^Under negotiation or discussion/);
  await expect(page).toHaveURL(/\?type=fta&status=in-progress$/);
  const drawn = await atlas.relationsDrawn();
  expect(drawn).toEqual([
    "eaeu-brunei-fta",
    "eaeu-cambodia-fta",
    "eaeu-indonesia-fta",
    "eaeu-singapore-fta",
    "eaeu-thailand-fta",
  ]);

  await page.reload();
  await atlas.waitForMap();
  await expect(atlas.filterCheckbox(/^Free trade agreement/)).toBeChecked();
  await expect(atlas.filterCheckbox(/^Under negotiation or discussion/)).toBeChecked();
  expect(await atlas.relationsDrawn()).toEqual(drawn);
});
