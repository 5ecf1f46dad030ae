import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyPauseAction,
  isPauseAction,
  isSitePaused,
  runPauseAction,
  setPausedEverywhere,
  setSitePaused,
} from '../../../utils/pause/pause-actions';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { loadSettings } from '../../../utils/settings/settings-store';
import { isActiveOn } from '../../../utils/settings/site-rules';

const base: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
const page = 'https://news.example.com/article?id=1';

describe('applyPauseAction', () => {
  it('pauses a site by its host, then resumes it', () => {
    const paused = applyPauseAction(base, 'toggle-pause-site', page);
    expect(paused.disabledSites).toEqual(['news.example.com']);
    expect(isActiveOn(page, paused)).toBe(false);
    expect(applyPauseAction(paused, 'toggle-pause-site', page).disabledSites).toEqual([]);
  });

  it('resumes a site paused by a wildcard pattern, leaving other patterns', () => {
    const settings = { ...base, disabledSites: ['*.example.com', 'other.org'] };
    expect(isSitePaused(settings, page)).toBe(true);
    expect(applyPauseAction(settings, 'toggle-pause-site', page).disabledSites).toEqual([
      'other.org',
    ]);
  });

  it('has no site to pause on pages without a host', () => {
    for (const url of ['about:blank', 'file:///tmp/a.html', undefined]) {
      expect(applyPauseAction(base, 'toggle-pause-site', url)).toBe(base);
    }
  });

  it('flips the global pause without touching the sites', () => {
    const settings = { ...base, disabledSites: ['a.com'] };
    const paused = applyPauseAction(settings, 'toggle-pause-everywhere');
    expect(paused).toEqual({ ...settings, pausedEverywhere: true });
    expect(applyPauseAction(paused, 'toggle-pause-everywhere')).toEqual(settings);
  });

  it('knows its action names (the command and menu ids)', () => {
    expect(isPauseAction('toggle-pause-site')).toBe(true);
    expect(isPauseAction('next-mention')).toBe(false);
  });
});

describe('stored pause', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept in extension storage, where clearing a site’s cookies cannot reach it', async () => {
    await runPauseAction('toggle-pause-site', page);
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({
      settings: { disabledSites: ['news.example.com'] },
    });
    await setSitePaused(page, false);
    await setPausedEverywhere(true);
    expect(await loadSettings()).toMatchObject({ disabledSites: [], pausedEverywhere: true });
  });
});
