/**
 * The background's one `commands.onCommand` listener: a navigation command goes to the tab's top
 * frame (its content script moves to the next or previous mention), a pause command to the pause
 * controls.
 */
import { browser, type Browser } from 'wxt/browser';
import { commandAction, type NavigationDirection, type PauseAction } from '../commands';
import { askTab } from '../messaging/ask-tab';

type Tab = Pick<Browser.tabs.Tab, 'id' | 'url'>;

export interface CommandHandlers {
  /** Runs a pause action for the tab the command was used in. */
  pause(action: PauseAction, tab: Tab | undefined): Promise<unknown>;
}

/** Asks the tab's top frame to move to the next or previous mention; false when nothing moved. */
export async function navigateTab(direction: NavigationDirection, tab?: Tab): Promise<boolean> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  // undefined: no content script there (a browser page, a paused tab still loading).
  return (await askTab(tabId, { type: 'qarina:navigate', direction })) ?? false;
}

/** Handles one command; false for a command that is not ours. */
export async function runCommand(
  command: string,
  tab: Tab | undefined,
  handlers: CommandHandlers,
): Promise<boolean> {
  const action = commandAction(command);
  if (!action) return false;
  if (action.kind === 'navigate') return navigateTab(action.direction, tab);
  await handlers.pause(action.action, tab);
  return true;
}

/** Registers the listener; returns a function that removes it. */
export function registerCommands(handlers: CommandHandlers): () => void {
  const listener = (command: string, tab?: Browser.tabs.Tab) =>
    void runCommand(command, tab, handlers);
  // `commands` exists only when the manifest declares some.
  browser.commands?.onCommand.addListener(listener);
  return () => browser.commands?.onCommand.removeListener(listener);
}
