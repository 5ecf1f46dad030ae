/**
 * Which tab the popup's "On this page" and site switch are about: the active tab of the
 * popup's window, or the tab named by `?tab=<id>`. The parameter is the seam for opening
 * popup.html in a tab of its own (tests, and readers who pin it): the active tab would then be
 * the popup itself.
 */
import { browser } from 'wxt/browser';

/** The tab id from the popup's URL, when it names one. */
export function tabIdFromUrl(href: string): number | undefined {
  const raw = new URL(href).searchParams.get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** The tab the popup is about, or undefined when there is none. */
export async function targetTabId(href = location.href): Promise<number | undefined> {
  const fromUrl = tabIdFromUrl(href);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Whether the popup runs as the toolbar popup (it closes after sending the reader to the page). */
export function isToolbarPopup(href = location.href): boolean {
  return tabIdFromUrl(href) === undefined;
}
