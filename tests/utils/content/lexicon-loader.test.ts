import { describe, expect, it, vi } from 'vitest';
import { createLexiconLoader } from '../../../utils/content/lexicon-loader';
import { findMentions } from '../../../utils/match/find-mentions';
import { buildLexicon, lexiconToJSON } from '../../../utils/match/lexicon';
import type { LexiconPayload } from '../../../utils/messaging/protocol';
import { bundled } from '../cache/fixtures';

const payload = (dataVersion: string): LexiconPayload => ({
  lexicon: lexiconToJSON(buildLexicon(bundled.entries, { dataVersion })),
  types: bundled.entries.map((entry) => entry.type),
  cardMessages: { ar: {}, en: {}, zh: {}, ru: {} },
});

describe('lexicon loader', () => {
  it('asks once and gives a working matcher to every caller', async () => {
    const ask = vi.fn(async () => payload('base'));
    const loader = createLexiconLoader({ ask, wait: async () => {} });
    const [a, b] = await Promise.all([loader.get(), loader.get()]);
    expect(a).toBe(b);
    expect(ask).toHaveBeenCalledTimes(1);
    const found = findMentions('Wang Yi met Murat Nurtleu', a.matcher).map((m) => m.entryId);
    expect(found).toEqual(['wang-yi', 'murat-nurtleu']);
  });

  it('after an import, asks again until the lexicon names it (the background reloads it)', async () => {
    const answers = [payload('base'), payload('base'), payload('base+imp1')];
    const ask = vi.fn(async () => answers.shift()!);
    const wait = vi.fn(async () => {});
    const loader = createLexiconLoader({ ask, wait });
    await loader.get();
    loader.importChanged('imp1');
    const loaded = await loader.get();
    expect(loaded.payload.lexicon.dataVersion).toBe('base+imp1');
    expect(ask).toHaveBeenCalledTimes(3);
    expect(wait).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the last attempt and uses what it has', async () => {
    const ask = vi.fn(async () => payload('base'));
    const loader = createLexiconLoader({ ask, wait: async () => {}, attempts: 3 });
    loader.importChanged('never-arrives');
    expect((await loader.get()).payload.lexicon.dataVersion).toBe('base');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('asks again on the next get after a failure', async () => {
    const ask = vi
      .fn()
      .mockRejectedValueOnce(new Error('no worker'))
      .mockResolvedValue(payload('base'));
    const loader = createLexiconLoader({ ask, wait: async () => {} });
    await expect(loader.get()).rejects.toThrow('no worker');
    await expect(loader.get()).resolves.toMatchObject({ payload: { types: expect.any(Array) } });
  });
});
