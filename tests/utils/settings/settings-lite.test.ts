import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../../utils/settings/settings-item';
import { loadSettingsLite, watchSettingsLite } from '../../../utils/settings/settings-lite';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings-lite (the content script’s settings reader)', () => {
  it('reads what the WXT settings item wrote, and defaults before anything was written', async () => {
    expect(await loadSettingsLite()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, highlightStyle: 'tint', hoverDelayMs: 500 }));
    expect(await loadSettingsLite()).toMatchObject({ highlightStyle: 'tint', hoverDelayMs: 500 });
  });

  it('hears every change the settings item makes', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettingsLite((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, pausedEverywhere: true }));
    unwatch();
    await updateSettings((s) => ({ ...s, pausedEverywhere: false }));
    expect(seen.map((s) => s.pausedEverywhere)).toEqual([true]);
  });
});
