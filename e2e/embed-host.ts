import { expect, type FrameLocator, type Page } from "@playwright/test";
import { AtlasDriver } from "./atlas-driver";
import type { HostServer } from "./host-server";

/** A message a host page received from a frame, as it recorded it. */
export type Received = { origin: string; data: { type?: unknown; [key: string]: unknown } };

/**
 * Opens a host page made of `body` on the host server. It records every message it receives in
 * `window.received`, as a host listening to the embed would.
 */
export async function openHostPage(page: Page, hostServer: HostServer, body: string): Promise<void> {
  await page.goto(
    hostServer.serve(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.received = []; addEventListener("message", (e) => received.push({ origin: e.origin, data: e.data }));</script>
</head><body style="margin:0">${body}</body></html>`),
  );
}

/** The messages the host page has received so far, of one type. */
export async function receivedOfType(page: Page, type: string): Promise<Received[]> {
  const all = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
  return all.filter((message) => message.data.type === type);
}

/** The app inside the host page's frame (the first, or the one matching `selector`). */
export function framedAtlas(page: Page, selector = "iframe"): { atlas: AtlasDriver; frame: FrameLocator } {
  const frame = page.frameLocator(selector);
  return { atlas: new AtlasDriver(page, frame), frame };
}

/** Waits until the map in the frame is drawn. */
export async function waitForFramedMap(atlas: AtlasDriver): Promise<void> {
  await expect(atlas.map).toHaveAttribute("data-ready", "true");
}
