/**
 * Helpers for real-browser tests of the popup: open popup.html in a tab, about another tab
 * (`?tab=<id>`: in a tab of its own, the popup's active tab would be itself).
 */
import { readKnowledgeBaseInput } from '../../scripts/lib/kb-files';
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The bundled knowledge base's size, as the popup's status line reports it. */
export const BUNDLED_ENTRIES = readKnowledgeBaseInput().entries.length;

/** The id of the active tab (open the page it should be about just before asking). */
export async function activeTabId(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => {
    // Runs in the service worker, where `chrome` exists; Node's types do not know it.
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Opens the popup page in a new tab, about tab `tabId` when given. */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  options: { tabId?: number; hash?: string } = {},
): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  const query = options.tabId === undefined ? '' : `?tab=${options.tabId}`;
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}${options.hash ?? ''}`);
  return popup;
}

/** Waits until the popup's search index is built (the status line shows the entry count). */
export async function waitForData(popup: Page): Promise<void> {
  await popup.locator('[data-testid="cache-status"][data-entry-count]').waitFor();
}
