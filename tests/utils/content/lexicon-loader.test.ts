import { describe, expect, it, vi } from 'vitest';
import { createLexiconLoader } from '../../../utils/content/lexicon-loader';
import { buildLexicon, lexiconToJSON } from '../../../utils/match/lexicon';
import { packEntryTypes } from '../../../utils/messaging/entry-types';
import type { LexiconPayload } from '../../../utils/messaging/protocol';
import { bundled } from '../cache/fixtures';
import { findWith } from './finder-scan';

const payload = (dataVersion: string): LexiconPayload => ({
  lexicon: lexiconToJSON(buildLexicon(bundled.entries, { dataVersion })),
  dataVersion,
  types: bundled.entries.map((entry) => entry.type),
  cardMessages: { ar: {}, en: {}, zh: {}, ru: {} },
});

/** The background's matcher is not asked in these tests unless a test says so. */
const find = vi.fn(async () => ({ texts: [[]], ids: {} }));

describe('lexicon loader', () => {
  it('asks once and gives a working matcher to every caller', async () => {
    const ask = vi.fn(async () => payload('base'));
    const loader = createLexiconLoader({ ask, find, wait: async () => {} });
    const [a, b] = await Promise.all([loader.get(), loader.get()]);
    expect(a).toBe(b);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(a.remote).toBe(false);
    const found = await findWith(a.finder, 'Wang Yi met Murat Nurtleu');
    expect(found.map((m) => m.entryId)).toEqual(['wang-yi', 'murat-nurtleu']);
    expect(find).not.toHaveBeenCalled();
  });

  it('after an import, asks again until the lexicon names it (the background reloads it)', async () => {
    const answers = [payload('base'), payload('base'), payload('base+imp1')];
    const ask = vi.fn(async () => answers.shift()!);
    const wait = vi.fn(async () => {});
    const loader = createLexiconLoader({ ask, find, wait });
    await loader.get();
    loader.importChanged('imp1');
    const loaded = await loader.get();
    expect(loaded.payload.dataVersion).toBe('base+imp1');
    expect(ask).toHaveBeenCalledTimes(3);
    expect(wait).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the last attempt and uses what it has', async () => {
    const ask = vi.fn(async () => payload('base'));
    const loader = createLexiconLoader({ ask, find, wait: async () => {}, attempts: 3 });
    loader.importChanged('never-arrives');
    expect((await loader.get()).payload.dataVersion).toBe('base');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('asks again on the next get after a failure', async () => {
    const ask = vi
      .fn()
      .mockRejectedValueOnce(new Error('no worker'))
      .mockResolvedValue(payload('base'));
    const loader = createLexiconLoader({ ask, find, wait: async () => {} });
    await expect(loader.get()).rejects.toThrow('no worker');
    await expect(loader.get()).resolves.toMatchObject({ payload: { types: expect.any(Array) } });
  });

  it('without a lexicon in the answer, finds through the background for its data version', async () => {
    const { lexicon: _, types, ...rest } = payload('base+big');
    const ask = vi.fn(async () => ({ ...rest, types: [], packedTypes: packEntryTypes(types) }));
    const remoteFind = vi.fn(async (_v: string, texts: string[]) => ({
      texts: texts.map((t) => [t.indexOf('Wang Yi'), t.indexOf('Wang Yi') + 7, 0, 0, 1, 0, 0]),
      ids: { 0: 'wang-yi' },
    }));
    const loader = createLexiconLoader({ ask, find: remoteFind, wait: async () => {} });
    const loaded = await loader.get();
    expect(loaded.remote).toBe(true);
    expect(loaded.payload.types).toEqual(types);
    const found = await findWith(loaded.finder, 'Then Wang Yi spoke.', true);
    expect(remoteFind).toHaveBeenCalledWith('base+big', ['Then Wang Yi spoke.'], true);
    expect(found.map((m) => [m.text, m.entryId, m.lang])).toEqual([['Wang Yi', 'wang-yi', 'en']]);
  });

  it('when the background refuses texts, asks its data version again: a new one starts over', async () => {
    // A remote lexicon names its data version; the background refuses texts for another one
    // (an import stored before this frame heard of it): without a new start no unit is found.
    const { lexicon: _, types, ...rest } = payload('x');
    const remote = (dataVersion: string): LexiconPayload => ({
      ...rest,
      dataVersion,
      types: [],
      packedTypes: packEntryTypes(types),
    });
    const answers = [remote('base+imp1'), remote('base+imp1'), remote('base+imp2')];
    const ask = vi.fn(async () => (answers.length > 1 ? answers.shift()! : answers[0]!));
    const refused = vi.fn(async () => {
      throw new Error('findMentions failed');
    });
    const onDataChanged = vi.fn();
    const loader = createLexiconLoader({ ask, find: refused, wait: async () => {}, onDataChanged });
    const first = await loader.get();
    // Same version in the background (a failure of another kind): nothing starts over.
    expect(await findWith(first.finder, 'Wang Yi spoke.')).toEqual([]);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    expect(onDataChanged).not.toHaveBeenCalled();
    expect(await loader.get()).toBe(first);
    // The background moved on: the session is told, and the next get has the new version.
    await findWith(first.finder, 'Wang Yi spoke.');
    await vi.waitFor(() => expect(onDataChanged).toHaveBeenCalledTimes(1));
    expect((await loader.get()).payload.dataVersion).toBe('base+imp2');
  });
});
