import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  SETTINGS_KEY,
  updateSettings,
  watchSettings,
} from '../../../utils/settings/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('the settings store (one module for every context)', () => {
  it('defaults before anything was written, then reads what an update wrote', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, highlightStyle: 'tint', hoverDelayMs: 500 }));
    expect(await loadSettings()).toMatchObject({ highlightStyle: 'tint', hoverDelayMs: 500 });
  });

  it('reads settings stored by earlier versions (WXT item local:settings, key "settings")', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', hoverDelayMs: 'x' } });
    expect(SETTINGS_KEY).toBe('settings');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('hears every change until unwatched, with complete settings', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, pausedEverywhere: true }));
    unwatch();
    await updateSettings((s) => ({ ...s, pausedEverywhere: false }));
    expect(seen.map((s) => s.pausedEverywhere)).toEqual([true]);
    expect(Object.keys(seen[0]!).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('ignores changes to other keys and to other storage areas', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    unwatch();
    expect(seen).toEqual([]);
  });
});
