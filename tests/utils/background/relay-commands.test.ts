import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { relayCommand } from '../../../utils/background/relay-commands';
import { isNavigateMessage, navigationCommandsManifest } from '../../../utils/commands';

beforeEach(() => fakeBrowser.reset());

describe('relayCommand', () => {
  it('sends next/previous to the top frame of the tab the command was used in', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await relayCommand('next-mention', { id: 7 } as never)).toBe(true);
    expect(await relayCommand('previous-mention', { id: 7 } as never)).toBe(true);
    expect(send.mock.calls).toEqual([
      [7, { type: 'qarina:navigate', direction: 'next' }, { frameId: 0 }],
      [7, { type: 'qarina:navigate', direction: 'previous' }, { frameId: 0 }],
    ]);
  });

  it('leaves other commands alone and survives tabs without a content script', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expect(await relayCommand('toggle-pause-site', { id: 7 } as never)).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await relayCommand('next-mention', { id: 7 } as never)).toBe(false);
  });
});

describe('navigation commands', () => {
  it('are declared with localized descriptions and suggested keys', () => {
    expect(navigationCommandsManifest()).toEqual({
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousMention__' },
    });
  });

  it('recognises only well-formed navigate messages', () => {
    expect(isNavigateMessage({ type: 'qarina:navigate', direction: 'next' })).toBe(true);
    expect(isNavigateMessage({ type: 'qarina:navigate', direction: 'sideways' })).toBe(false);
    expect(isNavigateMessage(null)).toBe(false);
  });
});
