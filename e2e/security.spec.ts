import { contentSecurityPolicy } from "../scripts/lib/csp";
import { expect, test } from "./fixtures";

/**
 * The built app runs under its Content Security Policy (scripts/lib/csp.ts): its own origin only,
 * nothing inline, no eval. Every spec runs under it (a violation is a console error, which fails
 * any spec); this one checks the policy is there and walks the features that could need more.
 */

test("the built page carries the policy, as a header from preview and a meta in its HTML", async ({
  page,
  request,
}) => {
  const response = await request.get("./");
  expect(response.headers()["content-security-policy"]).toBe(contentSecurityPolicy());
  const html = await response.text();
  await page.goto("./");
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  expect(await meta.getAttribute("content")).toBe(contentSecurityPolicy());
  expect(contentSecurityPolicy()).not.toMatch(/unsafe-(eval|inline)/);
  // No script in the page but its own files.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test("selection, the reader, the share dialog's preview and an image export break none of it", async ({
  atlas,
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await atlas.open("?bloc=asean");
  await atlas.selectBloc("brics");
  await atlas.openSpeech();
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator("iframe")).toBeAttached();
  await expect(atlas.map).toHaveAttribute("data-ready", "true");
  await page.keyboard.press("Escape");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
