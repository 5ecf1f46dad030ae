/**
 * What the popup needs from the rest of the extension, as one interface: the components get it
 * as a prop, so their tests pass a fake and the real one (below) is the only place that knows
 * about messages and the pause actions (the settings come beside it, as a SettingsStore).
 */
import { browser } from 'wxt/browser';
import type { DataStatus } from '../imports/with-imports';
import type { Entry } from '../knowledge-base/schema';
import { askTab } from '../messaging/ask-tab';
import type { CardData } from '../messaging/protocol';
import { askBackground } from '../messaging/request';
import type { PageMentionList } from '../messaging/protocol';
import { setPausedEverywhere, setSitePaused } from '../pause/pause-actions';
import { targetTabId } from './popup-target';

export interface PopupBackend {
  /** Every entry (bundled and imported), for the search index. */
  loadEntries(): Promise<Entry[]>;
  getStatus(): Promise<DataStatus>;
  getCard(id: string): Promise<CardData | null>;
  /** The target tab's mentions; undefined when the tab has no content script (browser pages). */
  listMentions(): Promise<PageMentionList | undefined>;
  /** Scrolls the target tab to the entry's first mention and opens its card there. */
  revealMention(entryId: string): Promise<boolean>;
  /** The popup's switches (utils/pause): pause or resume the site of `url`, or everywhere. */
  setSitePaused(url: string, paused: boolean): Promise<unknown>;
  setPausedEverywhere(paused: boolean): Promise<unknown>;
  openOptions(): void;
}

/** The popup's backend: the background for data, the target tab's content script for the page. */
export function createPopupBackend(): PopupBackend {
  const tab = targetTabId();
  return {
    loadEntries: () => askBackground({ type: 'getAllEntries' }),
    getStatus: () => askBackground({ type: 'getStatus' }),
    getCard: (id) => askBackground({ type: 'getCard', id }),
    async listMentions() {
      const id = await tab;
      return id === undefined ? undefined : askTab(id, { type: 'qarina:listMentions' });
    },
    async revealMention(entryId) {
      const id = await tab;
      if (id === undefined) return false;
      const revealed = await askTab(id, { type: 'qarina:revealMention', entryId });
      // Bring the page forward when the popup runs in a tab of its own.
      if (revealed) await browser.tabs.update(id, { active: true }).catch(() => {});
      return revealed === true;
    },
    setSitePaused,
    setPausedEverywhere,
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
