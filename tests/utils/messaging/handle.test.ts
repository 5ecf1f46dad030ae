import { cardMessageTables } from '../../../utils/i18n/ui-strings';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  answerMessage,
  createMessageListener,
  registerMessageHandlers,
} from '../../../utils/messaging/handle';
import type { MessageHandlers } from '../../../utils/messaging/protocol';
import { entry } from '../cache/fixtures';

const self = { id: fakeBrowser.runtime.id };
const status = { source: 'bundled', version: 'v', entryCount: 1 } as const;

function setup() {
  const handlers = {
    getEntry: vi.fn(async ({ id }: { id: string }) => (id === 'alpha' ? entry('alpha') : null)),
    getEntries: vi.fn(async () => [entry('alpha')]),
    getStatus: vi.fn(async () => status),
    getLexicon: vi.fn(async () => ({
      lexicon: {},
      dataVersion: 'v',
      types: [],
      cardMessages: cardMessageTables(),
    })),
    findMentions: vi.fn(async () => ({ texts: [], ids: {} })),
    getCard: vi.fn(async () => null),
    getAllEntries: vi.fn(async () => [entry('alpha')]),
    importKnowledgeBase: vi.fn(async () => ({ accepted: false as const, problems: [] })),
    removeImport: vi.fn(async () => status),
    exportImport: vi.fn(async () => null),
  } satisfies MessageHandlers;
  const logger = { warn: vi.fn() };
  return { handlers, logger, options: { logger } };
}

beforeEach(() => fakeBrowser.reset());

describe('answerMessage', () => {
  it('hands each valid request to its handler and wraps the answer', async () => {
    const { handlers, options } = setup();
    const ask = (message: unknown) => answerMessage(handlers, message, self, options);

    expect(await ask({ type: 'getEntry', id: 'alpha' })).toEqual({
      ok: true,
      value: entry('alpha'),
    });
    expect(await ask({ type: 'getEntry', id: 'nobody' })).toEqual({ ok: true, value: null });
    expect(await ask({ type: 'getEntries', ids: ['alpha'] })).toEqual({
      ok: true,
      value: [entry('alpha')],
    });
    expect(await ask({ type: 'getStatus' })).toEqual({ ok: true, value: status });
    expect(handlers.getEntries).toHaveBeenCalledWith({ type: 'getEntries', ids: ['alpha'] });
  });

  it('drops a malformed message with a warning and answers with an error', async () => {
    const { handlers, logger, options } = setup();

    const reply = await answerMessage(handlers, { type: 'getEntry', id: 7 }, self, options);

    expect(reply).toEqual({ ok: false, error: 'malformed request' });
    expect(handlers.getEntry).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('malformed'),
      expect.anything(),
    );
  });

  it('drops an unknown message type the same way', async () => {
    const { handlers, logger, options } = setup();
    const reply = await answerMessage(handlers, { type: 'search', q: 'x' }, self, options);
    expect(reply).toEqual({ ok: false, error: 'malformed request' });
    expect(logger.warn).toHaveBeenCalled();
  });

  it('refuses messages that do not come from this extension', async () => {
    const { handlers, logger, options } = setup();

    const reply = await answerMessage(
      handlers,
      { type: 'getStatus' },
      { id: 'another-extension', url: 'https://evil.example/' },
      options,
    );

    expect(reply).toEqual({ ok: false, error: 'unknown sender' });
    expect(handlers.getStatus).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalled();
  });

  it('turns a failing handler into an error answer instead of throwing', async () => {
    const { handlers, logger, options } = setup();
    handlers.getStatus.mockRejectedValue(new Error('disk on fire'));

    const reply = await answerMessage(handlers, { type: 'getStatus' }, self, options);

    expect(reply).toEqual({ ok: false, error: 'getStatus failed' });
    expect(logger.warn).toHaveBeenCalled();
  });
});

describe('the runtime.onMessage listener', () => {
  it('keeps the channel open (returns true) and answers through sendResponse', async () => {
    const { handlers, options } = setup();
    const listener = createMessageListener(handlers, options);

    const answered = new Promise((resolve) => {
      expect(listener({ type: 'getStatus' }, self, resolve)).toBe(true);
    });

    expect(await answered).toEqual({ ok: true, value: status });
  });

  it('is registered on browser.runtime.onMessage and can be removed', async () => {
    const { handlers, options } = setup();
    const unregister = registerMessageHandlers(handlers, options);
    const sendResponse = vi.fn();
    // The fake's trigger is typed without sendResponse, but passes every argument on.
    const deliver = fakeBrowser.runtime.onMessage.trigger as (
      ...args: unknown[]
    ) => Promise<unknown>;

    await deliver({ type: 'getStatus' }, self, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: status }));

    unregister();
    await deliver({ type: 'getStatus' }, self, sendResponse);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sendResponse).toHaveBeenCalledTimes(1);
  });
});
