import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '../../../utils/background/command-listener';
import { commandAction, commandsManifest } from '../../../utils/commands';

beforeEach(() => fakeBrowser.reset());

describe('the command listener', () => {
  it('sends next/previous to the top frame of the tab the command was used in', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    const pause = vi.fn(async () => {});
    expect(await runCommand('next-mention', { id: 7 }, { pause })).toBe(true);
    expect(await runCommand('previous-mention', { id: 7 }, { pause })).toBe(true);
    expect(send.mock.calls).toEqual([
      [7, { type: 'qarina:navigate', direction: 'next' }, { frameId: 0 }],
      [7, { type: 'qarina:navigate', direction: 'previous' }, { frameId: 0 }],
    ]);
    expect(pause).not.toHaveBeenCalled();
  });

  it('hands the pause commands to the pause controls, with the tab', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const pause = vi.fn(async () => {});
    expect(
      await runCommand('toggle-pause-site', { id: 7, url: 'https://a.example/' }, { pause }),
    ).toBe(true);
    expect(pause).toHaveBeenCalledWith('toggle-pause-site', { id: 7, url: 'https://a.example/' });
    expect(send).not.toHaveBeenCalled();
  });

  it('leaves unknown commands alone and survives tabs without a content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const pause = vi.fn(async () => {});
    expect(await runCommand('toString', { id: 7 }, { pause })).toBe(false);
    expect(await runCommand('next-mention', { id: 7 }, { pause })).toBe(false);
    expect(pause).not.toHaveBeenCalled();
  });
});

describe('the commands', () => {
  it('are declared in the manifest with localized descriptions and at most four suggested keys', () => {
    const manifest = commandsManifest();
    expect(manifest).toEqual({
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousMention__',
      },
      'toggle-pause-site': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_cmdPauseSite__',
      },
      'toggle-pause-everywhere': { description: '__MSG_cmdPauseEverywhere__' },
    });
    expect(Object.values(manifest).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
  });

  it.each([
    ['next-mention', { kind: 'navigate', direction: 'next' }],
    ['previous-mention', { kind: 'navigate', direction: 'previous' }],
    ['toggle-pause-everywhere', { kind: 'pause', action: 'toggle-pause-everywhere' }],
    ['constructor', undefined],
    ['', undefined],
  ])('%s does %j', (command, action) => {
    expect(commandAction(command)).toEqual(action);
  });
});
