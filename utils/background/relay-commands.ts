/**
 * Relays the navigation commands to the active tab's top frame, where the content script moves
 * to the next or previous mention.
 */
import { browser, type Browser } from 'wxt/browser';
import { NAVIGATION_COMMANDS, type NavigateMessage } from '../commands';

/** Handles one `commands.onCommand` event; unknown commands are left to other listeners. */
export async function relayCommand(command: string, tab?: Browser.tabs.Tab): Promise<boolean> {
  const known = NAVIGATION_COMMANDS[command as keyof typeof NAVIGATION_COMMANDS];
  if (!known) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  const message: NavigateMessage = { type: 'qarina:navigate', direction: known.direction };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    return false; // no content script there (a browser page, a paused tab still loading)
  }
}

/** Registers the relay on `commands.onCommand`; returns a function that removes it. */
export function registerCommandRelay(): () => void {
  const listener = (command: string, tab?: Browser.tabs.Tab) => void relayCommand(command, tab);
  // `commands` exists only when the manifest declares some.
  browser.commands?.onCommand.addListener(listener);
  return () => browser.commands?.onCommand.removeListener(listener);
}
