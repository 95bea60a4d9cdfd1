import type { Page } from "@playwright/test";
import { argumentStepMembers as expectedAt, argumentTour as tour } from "./dataset";
import { framedAtlas, waitForFramedMap } from "./embed-host";
import { expect, test } from "./fixtures";

const COUNT = tour.steps.length;

/** The example deck (examples/reveal/, as built), its tour slide framing the presentation. */
async function openDeck(page: Page, hash = "") {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`./examples/reveal/index.html${hash}`);
  const { atlas, frame } = framedAtlas(page, "#tour-frame");
  const progress = frame.locator(".present-progress");
  /** The frame shows step `n`, drawn, and the deck's fragments say the same. */
  const expectStep = async (n: number) => {
    await expect(progress).toContainText(`${n} / ${COUNT}`);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(tour.steps[n - 1]!.caption);
    await waitForFramedMap(atlas);
    expect(await atlas.highlighted(), `step ${n}`).toEqual(expectedAt(n));
    await expect(page.locator("#tour-slide .step-fragment.visible")).toHaveCount(n - 1);
  };
  return { atlas, frame, expectStep };
}

test("the reveal.js deck steps the tour in its frame: the keys a clicker sends move deck and map together", async ({
  page,
}) => {
  // Five steps drawn and a reload: longer than one view.
  test.slow();
  const { expectStep } = await openDeck(page);
  await expect(page.locator(".reveal .slides > section.present h2")).toHaveText("The speech on a map");

  // Next slide: the tour, on its first step.
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#tour-slide")).toHaveClass(/present/);
  await expectStep(1);
  // Each of reveal.js's "next" keys (a clicker sends PageDown) shows the next fragment: the next step.
  await page.keyboard.press("ArrowRight");
  await expectStep(2);
  await page.keyboard.press("PageDown");
  await expectStep(3);
  await page.keyboard.press("Space");
  await expectStep(4);
  await page.keyboard.press("PageUp");
  await expectStep(3);
  // The deck's address holds the fragment: a reload comes back to the same step.
  await expect(page).toHaveURL(/#\/tour-slide\/1$/);
  await page.reload();
  await expectStep(3);
});

test("a move made inside the frame moves the deck's fragments, and the deck goes on from there", async ({
  page,
}) => {
  const { frame, expectStep } = await openDeck(page, "#/tour-slide");
  await expectStep(1);
  await frame.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(2);
  await frame.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(3);
  // Back in the deck (a click on its margin takes the keys back from the frame), its next key
  // carries on from the frame's step.
  await page.mouse.click(4, 4);
  await expect(page.locator("#tour-frame")).not.toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expectStep(4);
  // Past the tour's last step, the deck's next key leaves the slide.
  await page.goto(`./examples/reveal/index.html#/tour-slide/${COUNT - 2}`);
  await expectStep(COUNT);
  await page.mouse.click(4, 4);
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".reveal .slides > section.present h2")).toHaveText("Read it yourself");
});
