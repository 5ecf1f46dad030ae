import { describe, expect, it, vi } from 'vitest';
import {
  createMessageHandlers,
  type HandlerServices,
} from '../../../utils/background/message-handlers';

/** Services whose every method answers with its own name, so each handler shows where it went. */
function services(): HandlerServices {
  const named = (names: string[]) =>
    Object.fromEntries(names.map((name) => [name, vi.fn(async () => name)]));
  return {
    store: named(['getEntry', 'getEntries', 'getStatus', 'getAllEntries']),
    content: named(['getLexicon', 'getCard', 'findMentions']),
    imports: named(['importText', 'remove', 'exportImport']),
  } as unknown as HandlerServices;
}

describe('the background message handlers (one table)', () => {
  it.each([
    [{ type: 'getEntry', id: 'x' }, 'getEntry'],
    [{ type: 'getEntries', ids: ['x'] }, 'getEntries'],
    [{ type: 'getStatus' }, 'getStatus'],
    [{ type: 'getAllEntries' }, 'getAllEntries'],
    [{ type: 'getLexicon' }, 'getLexicon'],
    [{ type: 'getCard', id: 'x' }, 'getCard'],
    [{ type: 'findMentions', dataVersion: 'v', shortForms: true, texts: ['x'] }, 'findMentions'],
    [{ type: 'importKnowledgeBase', fileName: 'a.json', text: '{}' }, 'importText'],
    [{ type: 'removeImport' }, 'remove'],
    [{ type: 'exportImport' }, 'exportImport'],
  ] as const)('answers %j through %s', async (request, method) => {
    const handlers = createMessageHandlers(services());
    const handler = handlers[request.type] as (r: typeof request) => Promise<unknown>;
    expect(await handler(request)).toBe(method);
  });

  it('answers an unknown entry with null (messages cannot carry undefined)', async () => {
    const s = services();
    vi.mocked(s.store.getEntry).mockResolvedValue(undefined);
    expect(await createMessageHandlers(s).getEntry({ type: 'getEntry', id: 'nobody' })).toBeNull();
  });

  it('tells the content service whether the lexicon request came structured-cloned', async () => {
    const s = services();
    const handlers = createMessageHandlers(s);
    await handlers.getLexicon({ type: 'getLexicon', probe: structuredClone(new Uint8Array(1)) });
    await handlers.getLexicon({ type: 'getLexicon', probe: { 0: 0 } }); // what JSON makes of it
    await handlers.getLexicon({ type: 'getLexicon' });
    expect(vi.mocked(s.content.getLexicon).mock.calls).toEqual([[true], [false], [false]]);
  });
});
