import { localToday } from "../src/app/local-today";
import { formatDate } from "../src/domain/labels";
import { argumentStepMembers as expectedAt, argumentTour as tour, speech } from "./dataset";
import { expect, test } from "./fixtures";

const COUNT = tour.steps.length;

test("the argument tour, by keyboard: every step highlights its view, and every presenter's key moves", async ({
  atlas,
  page,
}) => {
  // Twenty steps, each drawn and checked: longer than one view.
  test.slow();
  await page.emulateMedia({ reducedMotion: "reduce" });
  await atlas.open("?present=argument");
  const progress = page.locator(".present-progress");
  const expectStep = async (n: number) => {
    await expect(progress).toContainText(`${n} / ${COUNT}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tour.steps[n - 1]!.caption);
    expect(await atlas.highlighted(), `step ${n}`).toEqual(expectedAt(n));
    await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
  };

  // → through every step, checking each against the data.
  await expect(progress).toContainText(`1 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(1));
  for (let n = 2; n <= COUNT; n++) {
    await page.keyboard.press("ArrowRight");
    await expectStep(n);
  }
  // Past the end stays at the end.
  await page.keyboard.press("ArrowRight");
  await expectStep(COUNT);

  await page.keyboard.press("Home");
  await expectStep(1);
  await page.keyboard.press("Space");
  await expectStep(2);
  await page.keyboard.press("PageDown");
  await expectStep(3);
  await page.keyboard.press("Shift+Space");
  await expectStep(2);
  await page.keyboard.press("PageUp");
  await expectStep(1);
  await page.keyboard.press("End");
  await expectStep(COUNT);
  await page.keyboard.press("ArrowLeft");
  await expectStep(COUNT - 1);
  // BRICS then and now, between two dates: the progress line names both ends, not one "as of".
  expect(tour.steps[COUNT - 2]!.view).toMatchObject({ bloc: "brics", since: "speech" });
  await expect(progress).toContainText(
    `from ${formatDate(speech.date, "en")} to ${formatDate(localToday(), "en")}`,
  );
  // A number, then Enter.
  await page.keyboard.press("1");
  await page.keyboard.press("2");
  await expect(progress).toContainText("go to 12");
  await page.keyboard.press("Enter");
  await expectStep(12);
});

test("the step is in the URL: reload keeps it, back and forward step through the tour", async ({
  atlas,
  page,
}) => {
  await atlas.open("?present=argument&step=5");
  await expect(page.locator(".present-progress")).toContainText(`5 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(5));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/step=6$/);
  await page.reload();
  await atlas.waitForMap();
  await expect(page.locator(".present-progress")).toContainText(`6 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(6));
  await page.goBack();
  await expect(page.locator(".present-progress")).toContainText(`5 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(5));
  await page.goForward();
  await expect(page.locator(".present-progress")).toContainText(`6 / ${COUNT}`);
});

test("Esc leaves the tour for the full app on the step's view; a bad step shows a notice", async ({
  atlas,
  page,
}) => {
  await atlas.open(`?present=argument&step=${COUNT + 5}`);
  await expect(atlas.notice()).toContainText(`the tour has no step “${COUNT + 5}” (1 to ${COUNT})`);
  await expect(page.locator(".present-progress")).toContainText(`1 / ${COUNT}`);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(".present-progress")).toContainText(`3 / ${COUNT}`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/\?bloc=brics$/);
  await expect(atlas.panelTitle()).toContainText("BRICS");
});

test("a tour that does not exist says so, and links to the app", async ({ page }) => {
  await page.goto("./?present=no-such-tour");
  await expect(page.getByRole("alert")).toContainText(
    "data/tours/no-such-tour.json: $: there is no such tour (tours: argument)",
  );
  await expect(page.getByRole("link", { name: "Open Bloc Atlas without the tour" })).toBeVisible();
});

test("the speaker view (S) follows the presentation and drives it", async ({ atlas, page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await atlas.open("?present=argument&step=2");
  const [speaker] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
  await expect(speaker).toHaveURL(/speaker=1/);
  const now = speaker.getByRole("heading", { name: /^Now: step/ });
  await expect(now).toHaveText(`Now: step 2 / ${COUNT}`);
  await expect(speaker.locator(".speaker-notes")).toHaveText(
    tour.steps[1]!.notes ?? "No notes for this step.",
  );
  await expect(speaker.getByRole("region", { name: "Next" })).toContainText(tour.steps[2]!.caption);

  // The audience's window moves: the speaker view follows.
  await page.keyboard.press("ArrowRight");
  await expect(now).toHaveText(`Now: step 3 / ${COUNT}`);

  // The speaker view moves: the audience's window follows, map and all.
  await speaker
    .getByRole("navigation", { name: "Steps" })
    .getByRole("button", { name: "BRICS with the SCO", exact: true })
    .click();
  await expect(page.locator(".present-progress")).toContainText(`5 / ${COUNT}`);
  expect(await atlas.highlighted()).toEqual(expectedAt(5));
  expect((await atlas.compared()).both).toEqual(["CHN", "IND", "RUS"]);
  // The room reads the three colours in the caption's legend.
  await expect(page.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText([
    "In both: 3",
    "Only in BRICS: 2",
    "Only in SCO: 5",
  ]);
  await expect(page).toHaveURL(/step=5$/);
  await speaker.close();
});
