/**
 * The settings in extension storage: one object under the key `settings` of `storage.local`, read,
 * changed and watched the same way by every context (background, pages, content scripts). Plain
 * `storage.local` rather than WXT's storage library, which the content script cannot afford
 * (bundle budget); `normalizeSettings` is the migration: whatever shape is stored, readers get
 * complete, valid settings.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from './settings';

/**
 * The settings as the extension's pages read, change and watch them. The pages' entrypoints hand
 * {@link settingsStore} to the components, which import only this type (tests pass one in memory).
 */
export interface SettingsStore {
  load(): Promise<Settings>;
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Calls back with the new settings after each change; returns the unwatch. */
  watch(callback: (settings: Settings) => void): () => void;
}

/** The key under which `storage.local` holds the settings (WXT's `local:settings`). */
export const SETTINGS_KEY = 'settings';

/** The current settings, always complete and valid. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/** Applies a change to the stored settings; stores and returns them normalised. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with complete settings whenever they change (in any context); returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      callback(normalizeSettings(changes[SETTINGS_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The settings in extension storage, as a {@link SettingsStore}. */
export const settingsStore: SettingsStore = {
  load: loadSettings,
  update: updateSettings,
  watch: watchSettings,
};
