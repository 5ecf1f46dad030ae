/**
 * The asking side of the tab protocol, for the popup and the background.
 */
import { browser } from 'wxt/browser';
import type { TabRequest, TabResponses } from './protocol';

/**
 * Sends a request to the content script of a tab's top frame. Resolves with undefined when the
 * tab has no content script to answer (browser pages, the web store, a tab still loading).
 */
export async function askTab<T extends TabRequest>(
  tabId: number,
  request: T,
): Promise<TabResponses[T['type']] | undefined> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    return (reply ?? undefined) as TabResponses[T['type']] | undefined;
  } catch {
    return undefined;
  }
}
