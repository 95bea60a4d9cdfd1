import { expect, test } from "./fixtures";

test("on 1 January 2026 the SCO lists Laos as a partner, and no observer or dialogue partner", async ({
  atlas,
}) => {
  await atlas.open("?bloc=sco&asof=2026-01-01");
  await expect(atlas.panelTitle()).toContainText("Shanghai Cooperation Organisation");
  await expect(atlas.details.getByRole("heading", { name: /^Members on 1 January 2026/ })).toBeVisible();
  const associates = atlas.participantList("Observers and partners");
  await expect(associates.getByRole("listitem").filter({ hasText: "Laos" })).toHaveText(
    "Laos · Partner country — Admitted at the Tianjin summit as a partner.",
  );
  // The two former observers, the fourteen former dialogue partners and Laos.
  await expect(associates.getByRole("listitem")).toHaveCount(17);
  await expect(associates.locator(".role")).toHaveText(Array<string>(17).fill(" · Partner country"));
  await expect(associates).not.toContainText("Observer");
  await expect(associates).not.toContainText("Dialogue partner");
});

test("on 1 January 2024 Timor-Leste is in ASEAN's panel as an observer, not a member", async ({ atlas }) => {
  await atlas.open("?bloc=asean&asof=2024-01-01");
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
