import { argumentTour as tour, blocs, transcript } from "./dataset";
import { expect, test } from "./fixtures";

/**
 * One load for the records shown on a date, each a step (a failure names its step) reaching its
 * view through the URL; the Security Council's, which sets the browser's clock, keeps its own page.
 */
test("the reviewed records on their dates: the SCO's partners, Timor-Leste in ASEAN, ADMM-Plus and the EAS, the South China Sea code", async ({
  atlas,
}) => {
  // Four behaviours in one page: the time of four tests, less four of their five loads.
  test.slow();
  await atlas.open("?bloc=sco&asof=2026-01-01");

  await test.step("on 1 January 2026 the SCO lists Laos as a partner, and no observer or dialogue partner", async () => {
    await expect(atlas.panelTitle()).toContainText("Shanghai Cooperation Organisation");
    await expect(atlas.details.getByRole("heading", { name: /^Members on 1 January 2026/ })).toBeVisible();
    const associates = atlas.participantList("Observers and partners");
    await expect(associates.getByRole("listitem").filter({ hasText: "Laos" })).toHaveText(
      "Laos · Partner country — Granted the status by the Tianjin summit on 1 September 2025; the memorandum that puts it into effect was still to be signed that day, and its signing was not found, so the period starts at the decision, not confirmed.",
    );
    // The two former observers, the fourteen former dialogue partners and Laos.
    await expect(associates.getByRole("listitem")).toHaveCount(17);
    await expect(associates.locator(".role")).toHaveText(Array<string>(17).fill(" · Partner country"));
    await expect(associates).not.toContainText("Observer");
    await expect(associates).not.toContainText("Dialogue partner");
  });

  await test.step("on 1 January 2024 Timor-Leste is in ASEAN's panel as an observer, not a member", async () => {
    await atlas.goToView("?bloc=asean&asof=2024-01-01");
    await expect(atlas.panelTitle()).toContainText("Association of Southeast Asian Nations");
    const associates = atlas.participantList("Observers and partners");
    await expect(associates.getByRole("listitem").filter({ hasText: "Timor-Leste" })).toContainText(
      "Timor-Leste · Observer",
    );
    const members = atlas.participantList("Members");
    await expect(members.getByRole("listitem")).toHaveCount(10);
    await expect(members).not.toContainText("Timor-Leste");
    expect(await atlas.highlighted()).not.toContain("TLS");
  });

  await test.step("on 1 January 2026 Timor-Leste is among ADMM-Plus's participants, and not in the East Asia Summit's", async () => {
    await atlas.goToView("?bloc=admm-plus&asof=2026-01-01");
    await expect(atlas.panelTitle()).toContainText("ASEAN Defence Ministers' Meeting-Plus");
    const members = atlas.participantList("Members");
    await expect(members.getByRole("listitem")).toHaveCount(19);
    await expect(members.getByRole("listitem").filter({ hasText: "Timor-Leste" })).toContainText(
      "Timor-Leste — An ASEAN member from 26 October 2025; its participation in the ADMM and ADMM-Plus “as the 11th ASEAN member”",
    );
    expect(await atlas.highlighted()).toContain("TLS");

    // The East Asia Summit could not be confirmed: not listed, and the panel says so, with the day it was checked.
    await atlas.goToView("?bloc=eas&asof=2026-01-01");
    await expect(atlas.participantList("Members")).not.toContainText("Timor-Leste");
    expect(await atlas.highlighted()).not.toContain("TLS");
    await expect(atlas.details.locator(".caveat")).toContainText(
      "is a participant of the summit could not be confirmed: no source found lists it, so it is not listed.",
    );
    await expect(atlas.details.locator(".caveat")).toContainText("(status last checked: 2 December 2026)");
  });

  await test.step("the South China Sea code's status on a later date says when it was last checked", async () => {
    await atlas.goToView("?agreement=south-china-sea-coc&asof=2026-06-01");
    await expect(atlas.details.locator("[data-status-on-date]")).toHaveText(
      "Under negotiation (status last checked: 2 December 2026)",
    );
    await expect(atlas.details.getByRole("region", { name: "Context notes" })).toContainText(
      "whether the code was concluded later in 2026 is not confirmed. (status last checked: 2 December 2026)",
    );
  });
});

test("on 1 June 2027 the Security Council shows its fifteen members, Kyrgyzstan among them", async ({
  atlas,
  page,
}) => {
  // The app shows no date after today (the asof range ends there), so the browser's clock is set to
  // the day after: the members elected on 3 June 2026 take their seats on 1 January 2027.
  await page.clock.setFixedTime(new Date("2027-06-02T12:00:00"));
  await atlas.open("?bloc=unsc&asof=2027-06-01");
  await expect(atlas.panelTitle()).toContainText("United Nations Security Council");
  await expect(atlas.details.getByRole("heading", { name: "Members on 1 June 2027 (15)" })).toBeVisible();
  const members = atlas.participantList("Members");
  await expect(members.getByRole("listitem")).toHaveCount(15);
  await expect(members.getByRole("listitem").filter({ hasText: "Kyrgyzstan" })).toContainText(
    "Kyrgyzstan · until 1 January 2029 — Elected on 3 June 2026 for 2027–2028, its first term, winning the Asia-Pacific seat over the Philippines by 142 votes to 49 in the fourth round",
  );
  const expected = ["CHN", "FRA", "GBR", "RUS", "USA"] // the five permanent members
    .concat(["BHR", "COD", "COL", "LBR", "LVA"]) // elected in 2025 for 2026–2027
    .concat(["AUT", "KGZ", "PRT", "TTO", "ZWE"]) // elected in 2026 for 2027–2028
    .sort();
  expect(await atlas.highlighted()).toEqual(expected);
  // The data holds the same fifteen, and says when the record was last checked.
  const unsc = blocs.find((b) => b.id === "unsc")!;
  const seated = unsc.participants.filter(
    (p) => p.role === "member" && (p.since ?? "0000") <= "2027-06-01" && "2027-06-01" < (p.until ?? "9999"),
  );
  expect(seated.map((p) => p.country).sort()).toEqual(expected);
  await expect(atlas.details.locator(".caveat")).toContainText("(status last checked: 2 December 2026)");
});

test("the argument tour follows the speech, as it says: each step's words come at or after the last, revisits apart", async ({
  atlas,
  page,
}) => {
  // Twenty steps, each read: longer than one view.
  test.slow();
  expect(tour.followsSpeech).toBe(true);
  expect(tour.description).toContain("in the order he makes them");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await atlas.open("?present=argument");
  const count = tour.steps.length;
  let furthest = -1;
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press("ArrowRight");
    const step = tour.steps[n - 1]!;
    await expect(page.locator(".present-progress")).toContainText(`${n} / ${count}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.caption);
    const shown = page.locator(".present-quote p");
    if (step.quote === undefined) {
      await expect(shown).toHaveCount(0);
      continue;
    }
    // The words on screen, found in the transcript: where the speaker says them.
    const words = ((await shown.textContent()) ?? "").replace(/^“/, "").replace(/”$/, "");
    const at = transcript.indexOf(words);
    expect(at, `step ${n} (${step.id}): its words are the transcript's`).toBeGreaterThanOrEqual(0);
    if (step.revisit) {
      expect(at, `step ${n} (${step.id}) goes back to words already shown`).toBeLessThanOrEqual(furthest);
    } else {
      expect(at, `step ${n} (${step.id}) comes at or after the steps before it`).toBeGreaterThanOrEqual(
        furthest,
      );
      furthest = at;
    }
  }
  // What the captions claim, in the speaker's order: MESA first, then the Indo-Pacific.
  const position = (id: string) => tour.steps.findIndex((step) => step.id === id);
  expect(tour.steps[position("mesa")]!.caption).toContain("His first example");
  expect(tour.steps[position("indo-pacific")]!.caption).toMatch(/^Then the Indo-Pacific/);
  expect(position("mesa")).toBeLessThan(position("indo-pacific"));
});
