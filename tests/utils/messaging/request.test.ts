import { cardMessageTables } from '../../../utils/i18n/ui-strings';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener } from '../../../utils/messaging/handle';
import type { MessageHandlers } from '../../../utils/messaging/protocol';
import { askBackground, MessagingError } from '../../../utils/messaging/request';
import { entry } from '../cache/fixtures';

const handlers: MessageHandlers = {
  getEntry: async ({ id }) => (id === 'alpha' ? entry('alpha') : null),
  getEntries: async ({ ids }) => ids.map((id) => entry(id)),
  getStatus: async () => ({ source: 'cache', version: 'v', entryCount: 1 }),
  getLexicon: async () => ({
    lexicon: {},
    dataVersion: 'v',
    types: [],
    cardMessages: cardMessageTables(),
  }),
  findMentions: async () => ({ texts: [], ids: {} }),
  getCard: async () => null,
  getAllEntries: async () => [],
  importKnowledgeBase: async () => ({ accepted: false, problems: [] }),
  removeImport: async () => ({ source: 'cache', version: 'v', entryCount: 1 }),
  exportImport: async () => null,
};

/** Routes sendMessage to a background listener, as the browser does between contexts. */
function connectToBackground(answer?: (message: unknown) => unknown) {
  const listener = createMessageListener(handlers, { logger: { warn: vi.fn() } });
  const sendMessage = vi.fn(
    (message: unknown) =>
      new Promise((resolve) => {
        if (answer) return resolve(answer(message));
        listener(message, { id: fakeBrowser.runtime.id }, resolve);
      }),
  );
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
  return sendMessage;
}

beforeEach(() => fakeBrowser.reset());

describe('askBackground (a request and its reply, through the background listener)', () => {
  it('resolves with the typed answer of the background', async () => {
    connectToBackground();

    const found = await askBackground({ type: 'getEntry', id: 'alpha' });
    const missing = await askBackground({ type: 'getEntry', id: 'nobody' });
    const status = await askBackground({ type: 'getStatus' });

    expect(found?.id).toBe('alpha');
    expect(missing).toBeNull();
    expect(status.source).toBe('cache');
  });

  it('rejects with a MessagingError when the background answers with an error', async () => {
    connectToBackground(() => ({ ok: false, error: 'getStatus failed' }));
    await expect(askBackground({ type: 'getStatus' })).rejects.toThrow(
      new MessagingError('getStatus failed'),
    );
  });

  it('rejects when the answer is not a reply (no listener answered)', async () => {
    connectToBackground(() => undefined);
    await expect(askBackground({ type: 'getStatus' })).rejects.toBeInstanceOf(MessagingError);
  });

  it('an invalid request reaches the background, which refuses it without running a handler', async () => {
    connectToBackground();
    const invalid = { type: 'getEntry', id: 'Not An Id' } as const;
    await expect(askBackground(invalid)).rejects.toThrow(new MessagingError('malformed request'));
  });
});
