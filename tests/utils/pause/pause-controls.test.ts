import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  menuChecks,
  registerPauseControls,
  type PauseControlsApi,
} from '../../../utils/pause/pause-controls';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { loadSettings, updateSettings } from '../../../utils/settings/settings-store';

/** A listener list with a trigger, for the APIs the fake browser does not implement. */
function event<A extends unknown[]>() {
  const listeners: ((...args: A) => void)[] = [];
  return {
    addListener: (l: (...args: A) => void) => void listeners.push(l),
    trigger: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

function fakeApi(activeUrl: string | undefined) {
  const onClicked = event<[{ menuItemId: string }, { id?: number; url?: string } | undefined]>();
  const onInstalled = event<[unknown]>();
  const contextMenus = {
    removeAll: vi.fn(async () => {}),
    create: vi.fn(),
    update: vi.fn(async () => {}),
    onClicked,
  };
  const api = {
    contextMenus,
    i18n: { getMessage: (key: string) => `«${key}»` },
    runtime: { getManifest: () => ({ manifest_version: 3 }), onInstalled },
    tabs: {
      query: async () => [{ id: 7, url: activeUrl }],
      onActivated: event(),
      onUpdated: event(),
    },
  };
  return {
    api: api as unknown as PauseControlsApi,
    contextMenus,
    onClicked,
    onInstalled,
  };
}

const page = 'https://example.com/news';

beforeEach(() => fakeBrowser.reset());

describe('pause controls', () => {
  it('creates two localized checkbox items on the toolbar button', async () => {
    const { api, contextMenus, onInstalled } = fakeApi(page);
    registerPauseControls(api);
    onInstalled.trigger({});
    await vi.waitFor(() => expect(contextMenus.create).toHaveBeenCalledTimes(2));
    expect(contextMenus.create).toHaveBeenCalledWith({
      id: 'toggle-pause-site',
      title: '«menuPauseSite»',
      type: 'checkbox',
      contexts: ['action'],
    });
  });

  it('pauses the clicked tab’s site from the menu, and everywhere from the command', async () => {
    const { api, onClicked, contextMenus } = fakeApi(page);
    const controls = registerPauseControls(api);

    onClicked.trigger({ menuItemId: 'toggle-pause-site' }, { id: 7, url: page });
    await vi.waitFor(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['example.com']),
    );

    await controls.run('toggle-pause-everywhere', { id: 7, url: page });
    await vi.waitFor(async () => expect((await loadSettings()).pausedEverywhere).toBe(true));
    // The check marks follow the stored state.
    await vi.waitFor(() =>
      expect(contextMenus.update).toHaveBeenCalledWith('toggle-pause-everywhere', {
        checked: true,
      }),
    );
  });

  it('ignores other menu items', async () => {
    const { api, onClicked } = fakeApi(page);
    registerPauseControls(api);
    onClicked.trigger({ menuItemId: 'next-mention' }, { id: 7, url: page });
    await new Promise((r) => setTimeout(r, 10));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('checks the site item only for a paused site with a host', async () => {
    const settings = await updateSettings((s) => ({ ...s, disabledSites: ['example.com'] }));
    expect(menuChecks(settings, page)).toEqual({
      'toggle-pause-site': true,
      'toggle-pause-everywhere': false,
    });
    expect(menuChecks(settings, 'chrome://extensions')['toggle-pause-site']).toBe(false);
    expect(menuChecks(settings, undefined)['toggle-pause-site']).toBe(false);
  });
});
