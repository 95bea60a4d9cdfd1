import { localToday } from "../src/app/local-today";
import { labelAnchorsOn } from "../src/domain/label-anchors";
import { COLORS } from "../src/domain/palette";
import { countryIndex } from "./atlas-driver";
import { ASEAN_MEMBERS_2019, blocs, speech } from "./dataset";
import { expect, test } from "./fixtures";

/** Places inside a country, away from every label's anchor (a label is drawn over its country). */
// Siberia, far from the stack of labels anchored in China and India: where many labels overlap, the
// unseen ones in the selected-label layer shift a fill by a unit or two of 255 in SwiftShader.
const IN_RUSSIA: [number, number] = [125, 64];
const IN_BRAZIL: [number, number] = [-60, -8];
const IN_KAZAKHSTAN: [number, number] = [80, 49];

/**
 * One load for three ways to a comparison, each a step (a failure names its step) reaching its
 * starting view through the URL.
 */
test("two blocs compared: BRICS with the SCO by link, ASEAN with the EAS from its panel, two from the list by keyboard", async ({
  atlas,
  page,
}) => {
  // Three behaviours in one page: the time of three tests, less two loads.
  test.slow();
  await atlas.open("?compare=brics,sco");

  await test.step("BRICS with the SCO on the speech date: China, India and Russia in both, each set drawn in its own colour", async () => {
    expect(await atlas.compared()).toEqual({
      both: ["CHN", "IND", "RUS"],
      first: ["BRA", "ZAF"],
      second: ["KAZ", "KGZ", "PAK", "TJK", "UZB"],
    });
    // Every country of the three sets is coloured strongly, as data-highlighted has always said.
    expect(await atlas.highlighted()).toEqual([
      "BRA",
      "CHN",
      "IND",
      "KAZ",
      "KGZ",
      "PAK",
      "RUS",
      "TJK",
      "UZB",
      "ZAF",
    ]);
    await expect(atlas.legend()).toContainText("In both: 3 — China, India, Russia");
    await expect(atlas.legend()).toContainText("Only in BRICS: 2 — Brazil, South Africa");
    await expect(atlas.compareList("In both").getByRole("listitem")).toHaveText(["China", "India", "Russia"]);

    const anchors = [...labelAnchorsOn(blocs, countryIndex, speech.date).values()].map((a) => a.position);
    for (const place of [IN_RUSSIA, IN_BRAZIL, IN_KAZAKHSTAN]) {
      const nearest = Math.min(...anchors.map(([lon, lat]) => Math.hypot(lon - place[0], lat - place[1])));
      expect(nearest, `a label sits near ${place.join(",")}`).toBeGreaterThan(6);
    }
    const both = await atlas.fillColourAt(IN_RUSSIA);
    const onlyFirst = await atlas.fillColourAt(IN_BRAZIL);
    const onlySecond = await atlas.fillColourAt(IN_KAZAKHSTAN);
    expect([both, onlyFirst, onlySecond]).toEqual([
      COLORS.compareBoth,
      COLORS.compareFirst,
      COLORS.compareSecond,
    ]);
    expect(new Set([both, onlyFirst, onlySecond, COLORS.land]).size).toBe(4);

    // Observers and partners too: Iran, an SCO observer on the speech date, joins the SCO's side.
    await atlas.comparePanel().getByRole("checkbox", { name: "Count observers and partners too" }).check();
    await expect(page).toHaveURL(/\?compare=brics,sco&roles=all$/);
    expect((await atlas.compared()).second).toContain("IRN");

    await page.reload();
    await expect(page).toHaveURL(/\?compare=brics,sco&roles=all$/);
    expect((await atlas.compared()).both).toEqual(["CHN", "IND", "RUS"]);
    expect((await atlas.compared()).second).toContain("IRN");
    await expect(
      atlas.comparePanel().getByRole("checkbox", { name: "Count observers and partners too" }),
    ).toBeChecked();

    // Both blocs' labels are drawn as selected, whatever they overlap: the SCO's is there to click.
    const [, scoLabel] = await atlas.selectedLabelPoints();
    expect(scoLabel).toBeDefined();
    await atlas.clickMapAt(scoLabel!);
    await expect(page).toHaveURL(/\?bloc=sco$/);
  });

  await test.step("ASEAN with the EAS, from the bloc panel: all ten in both, eight only in the EAS; back and forward", async () => {
    await atlas.goToView("?bloc=asean");
    await atlas.compareWith("EAS: East Asia Summit");
    await expect(page).toHaveURL(/\?compare=asean,eas$/);
    expect(await atlas.compared()).toEqual({
      both: ASEAN_MEMBERS_2019,
      first: [],
      second: ["AUS", "CHN", "IND", "JPN", "KOR", "NZL", "RUS", "USA"],
    });
    await expect(atlas.compareList("In both").getByRole("listitem")).toHaveCount(10);
    await expect(atlas.compareList("Only in EAS").getByRole("listitem")).toHaveCount(8);
    await expect(atlas.legend()).toContainText("Only in ASEAN: none");

    await page.goBack();
    await expect(page).toHaveURL(/\?bloc=asean$/);
    expect(await atlas.compared()).toEqual({});
    expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);

    await page.goForward();
    await expect(page).toHaveURL(/\?compare=asean,eas$/);
    expect((await atlas.compared()).both).toEqual(ASEAN_MEMBERS_2019);
    await expect(atlas.comparePanel()).toBeVisible();
  });

  await test.step("two blocs compared from the list by keyboard alone", async () => {
    await atlas.goToView("");
    await atlas.pairModeSwitch().focus();
    await page.keyboard.press("Space");
    await expect(atlas.pairModeSwitch()).toBeChecked();
    await expect(atlas.blocButton("brics")).toHaveAttribute("aria-pressed", "false");

    await atlas.blocButton("brics").focus();
    await page.keyboard.press("Enter");
    await expect(atlas.blocButton("brics")).toHaveAttribute("aria-pressed", "true");
    await expect(
      page.getByRole("status").filter({ hasText: "Pick a second bloc to compare with BRICS" }),
    ).toBeVisible();

    await atlas.blocButton("sco").focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/\?compare=brics,sco$/);
    await expect(atlas.blocButton("sco")).toHaveAttribute("aria-pressed", "true");
    expect((await atlas.compared()).both).toEqual(["CHN", "IND", "RUS"]);
    await expect(atlas.comparePanel().getByRole("heading", { level: 2 })).toHaveText("BRICS and SCO");
  });
});

test("BRICS since the speech lists who joined, with the dates, and survives a reload", async ({
  atlas,
  page,
}) => {
  const today = localToday();
  await atlas.open("?bloc=brics");
  // The switch is in the lists, which give the map their room on a desk while a bloc is shown.
  await atlas.showLists();
  await atlas.sinceSpeechSwitch().check();
  await expect(page).toHaveURL(new RegExp(`\\?bloc=brics&asof=${today}&since=${speech.date}$`));
  const expected = {
    stayed: ["BRA", "CHN", "IND", "RUS", "ZAF"],
    joined: ["ARE", "EGY", "ETH", "IDN", "IRN"],
    left: [],
  };
  expect(await atlas.compared()).toEqual(expected);
  const joined = atlas.compareList("Joined").getByRole("listitem");
  await expect(joined).toHaveCount(5);
  await expect(joined.filter({ hasText: "Egypt" })).toContainText("1 January 2024");
  await expect(joined.filter({ hasText: "Indonesia" })).toContainText("6 January 2025");
  await expect(atlas.legend()).toContainText(
    "Joined: 5 — Egypt, Ethiopia, Indonesia, Iran, United Arab Emirates",
  );

  await page.reload();
  expect(await atlas.compared()).toEqual(expected);
  await atlas.showLists();
  await expect(atlas.sinceSpeechSwitch()).toBeChecked();

  // Back to one date: the speech itself.
  await atlas.showAsOf(/^the speech/);
  expect(await atlas.compared()).toEqual({});
  expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
});
