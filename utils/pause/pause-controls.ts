/**
 * The background's pause controls: the toolbar button's context menu, and the runner the keyboard
 * commands use. Both act on the tab they were used in; the menu's two checkboxes follow the
 * stored state.
 */
import { browser, type Browser } from 'wxt/browser';
import { askTab } from '../messaging/ask-tab';
import { loadSettings, watchSettings } from '../settings/settings-store';
import type { Settings } from '../settings/settings';
import {
  hasSite,
  isPauseAction,
  isSitePaused,
  runPauseAction,
  type PauseAction,
} from './pause-actions';

type Tab = Pick<Browser.tabs.Tab, 'id' | 'url'>;

/** The browser APIs the controls use (a parameter so tests can pass fakes). */
export type PauseControlsApi = Pick<typeof browser, 'contextMenus' | 'tabs' | 'runtime' | 'i18n'>;

export interface PauseControls {
  /** Runs an action for a tab (the one a command was used in; default: the active tab). */
  run(action: PauseAction, tab: Tab | undefined): Promise<unknown>;
}

/** The menu title of each action (localized through the browser's i18n). */
const MENU_TITLES = {
  'toggle-pause-site': 'menuPauseSite',
  'toggle-pause-everywhere': 'menuPauseEverywhere',
} as const satisfies Record<PauseAction, string>;

/** The menu's check marks for the settings and the active tab's URL. */
export function menuChecks(
  settings: Settings,
  url: string | undefined,
): Record<PauseAction, boolean> {
  return {
    'toggle-pause-site': hasSite(url) && isSitePaused(settings, url),
    'toggle-pause-everywhere': settings.pausedEverywhere,
  };
}

/**
 * Registers the menu's listeners (synchronously, so the event that woke the worker reaches them)
 * and returns the action runner the keyboard commands use (utils/background/command-listener.ts).
 * A command or menu click grants `activeTab`, so the tab's URL is known then; otherwise the tab's
 * content script tells it, and pages without one (browser pages) have no site to pause.
 */
export function registerPauseControls(api: PauseControlsApi = browser): PauseControls {
  const activeTab = async (): Promise<Tab | undefined> =>
    (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];

  const urlOfTab = async (tab: Tab | undefined): Promise<string | undefined> => {
    if (tab?.url) return tab.url;
    if (tab?.id === undefined) return undefined;
    return (await askTab(tab.id, { type: 'qarina:pageInfo' }))?.url;
  };

  async function createMenu(): Promise<void> {
    await api.contextMenus.removeAll();
    // `action` in Manifest V3; Firefox's Manifest V2 build calls the button `browser_action`.
    const context = api.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
    for (const [id, key] of Object.entries(MENU_TITLES)) {
      const title = api.i18n.getMessage(key);
      api.contextMenus.create({ id, title, type: 'checkbox', contexts: [context] });
    }
  }

  async function refreshMenu(settings?: Settings): Promise<void> {
    const [current, url] = await Promise.all([
      settings ?? loadSettings(),
      activeTab().then(urlOfTab),
    ]);
    for (const [id, checked] of Object.entries(menuChecks(current, url))) {
      // Rejects before the menu exists (the worker woke before onInstalled): nothing to mark yet.
      await api.contextMenus.update(id, { checked }).catch(() => {});
    }
  }

  const run = async (action: PauseAction, tab: Tab | undefined) =>
    runPauseAction(action, await urlOfTab(tab ?? (await activeTab())));

  // Menus persist across worker restarts: create them on install and update only.
  api.runtime.onInstalled.addListener(() => void createMenu().then(() => refreshMenu()));
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (isPauseAction(info.menuItemId)) void run(info.menuItemId, tab);
  });
  // The stored change (from here, the popup or the options page) updates the check marks.
  watchSettings((settings) => void refreshMenu(settings));
  api.tabs.onActivated.addListener(() => void refreshMenu());
  api.tabs.onUpdated.addListener((_id, change) => {
    if (change.url !== undefined || change.status === 'complete') void refreshMenu();
  });
  return { run };
}
