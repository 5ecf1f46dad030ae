import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../utils/settings/settings';
import {
  loadSettings,
  updateSettings,
  watchSettings,
} from '../../../utils/settings/settings-store';
import { hostMatches, isActiveOn, withSitePaused } from '../../../utils/settings/site-rules';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the invalid ones', () => {
    const settings = normalizeSettings({
      cardLanguage: 'ar',
      highlightStyle: 'sparkles',
      hoverDelayMs: 99999,
      highlightTypes: ['person', 'nonsense'],
      disabledSites: [' Example.COM ', 'example.com', 42],
      extra: true,
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      cardLanguage: 'ar',
      hoverDelayMs: 2000,
      highlightTypes: ['person'],
      disabledSites: ['example.com'],
    });
  });

  it('keeps the card in time on unless it was turned off (a boolean)', () => {
    expect(DEFAULT_SETTINGS.cardInTime).toBe(true);
    expect(normalizeSettings({ cardInTime: false }).cardInTime).toBe(false);
    expect(normalizeSettings({ cardInTime: 'no' }).cardInTime).toBe(true);
  });
});

describe('site rules', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['news.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
    ['news.example.com', '*.example.com', true],
    ['example.com', '*.example.com', false],
    ['news.bbc.co.uk', 'news.*', true],
    ['EXAMPLE.com.', 'example.com', true],
  ])('%s against %s → %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });

  it('is off everywhere when paused everywhere, and off on a paused site only there', () => {
    const paused = withSitePaused({ ...DEFAULT_SETTINGS }, 'https://www.example.com/a', true);
    expect(paused.disabledSites).toEqual(['www.example.com']);
    expect(isActiveOn('https://www.example.com/b', paused)).toBe(false);
    expect(isActiveOn('https://other.org/', paused)).toBe(true);
    expect(isActiveOn('https://other.org/', { ...paused, pausedEverywhere: true })).toBe(false);
    const resumed = withSitePaused(paused, 'https://www.example.com/', false);
    expect(isActiveOn('https://www.example.com/', resumed)).toBe(true);
  });
});

describe('the settings storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores changes in extension storage and tells watchers', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.highlightStyle));
    await updateSettings((s) => ({ ...s, highlightStyle: 'tint' }));
    expect((await loadSettings()).highlightStyle).toBe('tint');
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({
      settings: { highlightStyle: 'tint' },
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['tint']);
    unwatch();
  });
});

describe('settings fallback', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults when nothing is stored, and field by field for a damaged value', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({
      settings: { theme: 'dark', hoverDelayMs: 'slow', highlightTypes: 'all', pausedEverywhere: 1 },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('stores only normalised settings, whatever a caller passes', async () => {
    await updateSettings((s) => ({ ...s, hoverDelayMs: -50, disabledSites: [' A.com ', 'a.com'] }));
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({
      settings: { hoverDelayMs: 0, disabledSites: ['a.com'] },
    });
  });
});
