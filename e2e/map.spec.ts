import { memberCodesOn } from "../src/domain/memberships";
import { labelAnchorsOn } from "../src/domain/label-anchors";
import { countryIndex } from "./atlas-driver";
import { ASEAN_MEMBERS_2019, IN_VIETNAM, blocs, speech } from "./dataset";
import { expect, test } from "./fixtures";
import { COLORS } from "../src/domain/palette";

test.describe("every bloc", () => {
  // Twenty-two selections: the camera jumps rather than flies, which is not what this tests.
  test.use({ reducedMotion: "reduce" });

  test("selecting each bloc from the list highlights exactly its members on the speech date", async ({
    atlas,
  }) => {
    // Twenty-two blocs, each selected and drawn in turn.
    test.slow();
    await atlas.open();
    await expect(atlas.blocButtons()).toHaveCount(blocs.length);
    for (const bloc of blocs) {
      await atlas.selectBloc(bloc.id);
      expect(await atlas.highlighted(), bloc.id).toEqual(memberCodesOn(bloc, speech.date));
      await expect(atlas.panelTitle()).toContainText(bloc.name);
    }
  });
});

/**
 * One load for what a person does with the list and the map that needs no fresh page, each a step
 * (a failure names its step); where a step needs a view, it goes there through the URL. The world
 * view's steps come first, and zooming in by hand last, since the camera does not undo a zoom.
 */
test("the list and the map, from the world view through ASEAN, Vietnam, the SCO and the EEC to RIC's label", async ({
  atlas,
  page,
}) => {
  // Eight behaviours in one page: the time of eight tests, less seven loads.
  test.slow();
  await atlas.open();

  await test.step("the bloc list is searchable and operable by keyboard, and Escape clears", async () => {
    await atlas.searchBlocs("nato");
    await expect(atlas.blocButtons()).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(atlas.blocButton("mesa")).toBeFocused();
    await page.keyboard.press("Enter");
    expect(await atlas.highlighted()).toEqual([
      "ARE",
      "BHR",
      "EGY",
      "JOR",
      "KWT",
      "OMN",
      "QAT",
      "SAU",
      "USA",
    ]);
    await page.keyboard.press("Escape");
    expect(await atlas.highlighted()).toEqual([]);
    await expect(page).toHaveURL(/\/$/);
  });

  await test.step("hovering a country shows its name and blocs", async () => {
    await atlas.hoverCountry("IND");
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("India");
    await expect(tooltip).toContainText("BRICS");
  });

  await test.step("Singapore, too small to see at world zoom, can be clicked through its dot", async () => {
    await atlas.clickCountry("SGP");
    await expect(atlas.panelTitle()).toHaveText("Singapore");
  });

  await test.step("ASEAN lights up its ten members and names them in the panel", async () => {
    await atlas.goToView("");
    // The search is the list's, not the URL's: emptied, as on a fresh load.
    await atlas.searchBlocs("");
    await atlas.selectBloc("asean");
    expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
    const members = atlas.details.getByRole("list", { name: "Members" });
    await expect(members.getByRole("listitem")).toHaveCount(10);
    await expect(members).toContainText("Vietnam");
    await expect(atlas.details.getByRole("list", { name: "Joined later" })).toContainText("Timor-Leste");
    await expect(atlas.details.locator(".quote mark").first()).toHaveText("ASEAN");
  });

  await test.step("clicking Vietnam on the map lists its blocs", async () => {
    // ASEAN's view (the step before) brings Vietnam close enough to aim at, as a person would zoom in first.
    await atlas.clickMapAt(IN_VIETNAM);
    await expect(atlas.panelTitle()).toHaveText("Vietnam");
    const vietnamBlocs = atlas.details.getByRole("list", { name: "Blocs of Vietnam" });
    await expect(vietnamBlocs.getByRole("button")).toHaveText([
      "Association of Southeast Asian Nations",
      "ASEAN Defence Ministers' Meeting-Plus",
      "East Asia Summit",
      "ASEAN–Russia dialogue partnership",
      "ASEAN Regional Forum",
      "Greater Eurasian Partnership",
      "United Nations",
      "Organisation for the Prohibition of Chemical Weapons",
      "Asia-Pacific Economic Cooperation",
      "Asia–Europe Meeting",
    ]);
    await expect(atlas.page).toHaveURL(/\?bloc=asean&country=VNM$/);

    await vietnamBlocs.getByRole("button", { name: "East Asia Summit" }).click();
    expect(await atlas.highlighted()).toContain("VNM");
    await expect(atlas.panelTitle()).toContainText("East Asia Summit");
  });

  await test.step("clearing a bloc keeps keyboard focus in the details column", async () => {
    await atlas.goToView("?bloc=sco");
    await atlas.details.getByRole("button", { name: "Clear SCO" }).click();
    expect(await atlas.highlighted()).toEqual([]);
    await expect(atlas.details.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(page).toHaveURL(/\/$/);
  });

  await test.step("Russia is one country across the antimeridian: no border is drawn where its halves meet", async () => {
    // The EEC's members light up Russia; 180° runs through Chukotka, whose halves are cut there.
    await atlas.goToView("?bloc=eec");
    expect(await atlas.highlighted()).toContain("RUS");
    expect(await atlas.colourAt([178, 67])).toBe(COLORS.member);
    expect(await atlas.colourAt([180, 67])).toBe(COLORS.member);
  });

  await test.step("clicking a bloc's label on the map selects it", async () => {
    await atlas.goToView("");
    const position = labelAnchorsOn(blocs, countryIndex, speech.date).get("ric")!.position;
    // At world zoom RIC's label may give way to a neighbour's; closer in, every label has room.
    await atlas.zoomInAt(position, 2.5);
    await atlas.clickMapAt(position);
    // The lists fold on a desk once a bloc is shown: open them to see it marked there.
    await atlas.showLists();
    await expect(atlas.blocButton("ric")).toHaveAttribute("aria-current", "true");
    expect(await atlas.highlighted()).toEqual(["CHN", "IND", "RUS"]);
  });
});

test("a deep link restores the view, and back and forward move through selections", async ({
  atlas,
  page,
}) => {
  await atlas.open("?bloc=asean");
  expect(await atlas.highlighted()).toContain("VNM");
  await expect(atlas.panelTitle()).toContainText("Association of Southeast Asian Nations");

  await atlas.selectBloc("brics");
  await expect(page).toHaveURL(/\?bloc=brics$/);
  expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);

  await page.goBack();
  await expect(page).toHaveURL(/\?bloc=asean$/);
  await expect(atlas.blocButton("asean")).toHaveAttribute("aria-current", "true");
  expect(await atlas.highlighted()).toContain("VNM");

  await page.goForward();
  await expect(atlas.blocButton("brics")).toHaveAttribute("aria-current", "true");
  expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
});

test("an unknown bloc in the URL shows a notice and the app still works", async ({ atlas }) => {
  await atlas.open("?bloc=no-such-bloc");
  await expect(atlas.notice()).toContainText("there is no bloc “no-such-bloc”");
  expect(await atlas.highlighted()).toEqual([]);
  await atlas.selectBloc("sco");
  expect(await atlas.highlighted()).toEqual(["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]);
});
