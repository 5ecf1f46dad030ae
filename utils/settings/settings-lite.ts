/**
 * The settings for the content script, read straight from `storage.local` (the key WXT's
 * `settingsItem` stores them under), without the WXT storage library: the content script's
 * bundle stays small. Same normalisation as settings-item.ts; tests/utils/settings keep the
 * two agreeing.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from './settings';

/** `settingsItem` is `local:settings`: the value under the key `settings` of `storage.local`. */
export const SETTINGS_KEY = 'settings';

export async function loadSettingsLite(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/** Calls back with complete settings whenever they change; returns the unwatch. */
export function watchSettingsLite(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(normalizeSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
