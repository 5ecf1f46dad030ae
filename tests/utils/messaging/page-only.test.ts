import { cardMessageTables } from '../../../utils/i18n/ui-strings';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessage } from '../../../utils/messaging/handle';
import type { MessageHandlers } from '../../../utils/messaging/protocol';

beforeEach(() => fakeBrowser.reset());

const status = { source: 'bundled', version: 'v', entryCount: 1 } as const;
const handlers = {
  getEntry: vi.fn(async () => null),
  getEntries: vi.fn(async () => []),
  getStatus: vi.fn(async () => status),
  getLexicon: vi.fn(async () => ({
    lexicon: {},
    dataVersion: 'v',
    types: [],
    cardMessages: cardMessageTables(),
  })),
  findMentions: vi.fn(async () => ({ texts: [], ids: {} })),
  getCard: vi.fn(async () => null),
  getAllEntries: vi.fn(async () => []),
  importKnowledgeBase: vi.fn(async () => ({ accepted: false as const, problems: [] })),
  removeImport: vi.fn(async () => status),
  exportImport: vi.fn(async () => null),
} satisfies MessageHandlers;

const id = fakeBrowser.runtime.id;
const optionsPage = { id, url: fakeBrowser.runtime.getURL('/options.html') };
const contentScript = { id, url: 'https://news.example.com/article' };
const importRequest = { type: 'importKnowledgeBase', fileName: 'a.json', text: '{}' };
const options = { logger: { warn: vi.fn() } };

describe('requests that change stored data', () => {
  it.each([importRequest, { type: 'removeImport' }, { type: 'exportImport' }])(
    'are answered for the extension’s pages only: %j',
    async (request) => {
      expect(await answerMessage(handlers, request, contentScript, options)).toEqual({
        ok: false,
        error: 'not allowed',
      });
      expect(await answerMessage(handlers, request, optionsPage, options)).toMatchObject({
        ok: true,
      });
    },
  );

  it('leaves the lookups open to content scripts', async () => {
    expect(await answerMessage(handlers, { type: 'getStatus' }, contentScript, options)).toEqual({
      ok: true,
      value: status,
    });
  });

  it('refuses an import without a file name', async () => {
    const request = { ...importRequest, fileName: '' };
    expect(await answerMessage(handlers, request, optionsPage, options)).toMatchObject({
      ok: false,
    });
  });
});
