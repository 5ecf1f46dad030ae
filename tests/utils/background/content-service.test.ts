import { describe, expect, it, vi } from 'vitest';
import {
  citedSourceIds,
  createContentService,
  type ContentServiceOptions,
} from '../../../utils/background/content-service';
import { unpackEntryTypes } from '../../../utils/messaging/entry-types';
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { findMentions } from '../../../utils/match/find-mentions';
import { LEXICON_FORMAT, lexiconFromJSON } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { bundled } from '../cache/fixtures';
import {
  noLexiconCache,
  type LexiconCache,
  type StoredLexicon,
} from '../../../utils/background/lexicon-cache';

/** The bundled data, answered without IndexedDB (the store's fallback). */
function service(options: ContentServiceOptions = { cache: noLexiconCache }) {
  const store = createKnowledgeStore({ bundled });
  const getAllEntries = vi.spyOn(store, 'getAllEntries');
  return { content: createContentService(store, options), getAllEntries };
}

/** A lexicon cache in memory, shared by the services (workers) given it. */
function memoryCache(): LexiconCache & { records: Map<string, StoredLexicon> } {
  const records = new Map<string, StoredLexicon>();
  return {
    records,
    get: (key) => Promise.resolve(records.get(key)),
    put: (key, payload) => {
      records.clear();
      records.set(key, payload);
      return Promise.resolve();
    },
  };
}

describe('getLexicon', () => {
  it('answers a JSON-safe lexicon that matches the entries, with their types', async () => {
    const { content } = service();
    const payload = JSON.parse(JSON.stringify(await content.getLexicon()));
    const matcher = createMatcher(lexiconFromJSON(payload.lexicon));
    const found = findMentions('وانغ يي met Murat Nurtleu in Almaty.', matcher).map(
      (m) => m.entryId,
    );
    expect(found).toEqual(['wang-yi', 'murat-nurtleu', 'almaty']);
    const wangYi = bundled.entries.findIndex((e) => e.id === 'wang-yi');
    expect(payload.types[wangYi]).toBe('person');
  });

  it('answers bytes instead of base64 where messages are cloned, decoded once for every frame', async () => {
    const { content } = service();
    const json = await content.getLexicon();
    expect((json.lexicon!.arrays as { bytes: unknown }).bytes).toEqual(expect.any(Array));
    const [a, b] = await Promise.all([content.getLexicon(true), content.getLexicon(true)]);
    const { bytes } = a.lexicon!.arrays as { bytes: unknown };
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(b.lexicon).toBe(a.lexicon);
    const payload = structuredClone(a);
    const matcher = createMatcher(lexiconFromJSON(payload.lexicon!));
    expect(findMentions('Murat Nurtleu in Almaty.', matcher).map((m) => m.entryId)).toEqual([
      'murat-nurtleu',
      'almaty',
    ]);
    expect(payload.types).toEqual(json.types);
  });

  it('builds the lexicon once per data version', async () => {
    const { content, getAllEntries } = service();
    const [a, b] = await Promise.all([content.getLexicon(), content.getLexicon()]);
    await content.getLexicon();
    expect(a).toEqual(b);
    expect(getAllEntries).toHaveBeenCalledTimes(1);
  });

  it('stores the built lexicon: a restarted worker answers it without building', async () => {
    const cache = memoryCache();
    const first = service({ cache, buildId: '1.0' });
    const built = await first.content.getLexicon();
    expect(cache.records.size).toBe(1);
    const restarted = service({ cache, buildId: '1.0' });
    const answered = await restarted.content.getLexicon();
    expect(restarted.getAllEntries).not.toHaveBeenCalled();
    expect(answered).toEqual(built);
  });

  it('builds again when the stored lexicon comes from another build of the extension', async () => {
    const cache = memoryCache();
    await service({ cache, buildId: '1.0' }).content.getLexicon();
    const updated = service({ cache, buildId: '1.1' });
    await updated.content.getLexicon();
    expect(updated.getAllEntries).toHaveBeenCalledTimes(1);
    expect([...cache.records.keys()]).toEqual([expect.stringContaining(' 1.1 ')]);
  });

  it('drops a stored lexicon of an older format: builds again, in the current one', async () => {
    const cache = memoryCache();
    await service({ cache, buildId: '1.0' }).content.getLexicon();
    const [key, payload] = [...cache.records][0]!;
    const old = { ...payload, lexicon: { ...payload.lexicon, format: LEXICON_FORMAT - 1 } };
    cache.records.clear();
    cache.records.set(key.replace(/^\d+ /, `${LEXICON_FORMAT - 1} `), old);
    const updated = service({ cache, buildId: '1.0' });
    const answered = await updated.content.getLexicon();
    expect(updated.getAllEntries).toHaveBeenCalledTimes(1);
    expect(answered.lexicon?.format).toBe(LEXICON_FORMAT);
    expect([...cache.records.keys()]).toEqual([key]);
    expect(() => lexiconFromJSON(old.lexicon)).toThrow(/format/); // never read as current
  });
});

describe('getCard', () => {
  it('answers the entry, only the sources its facts cite, and its related entries’ names', async () => {
    const { content } = service();
    const card = (await content.getCard('wang-yi'))!;
    expect(card.entry.id).toBe('wang-yi');
    expect(Object.keys(card.sources).sort()).toEqual(citedSourceIds(card.entry).sort());
    expect(Object.keys(card.sources).length).toBeLessThan(Object.keys(bundled.sources).length);
    expect(card.related.map((r) => r.id)).toEqual(card.entry.related);
    expect(Object.keys(card.related[0]!).sort()).toEqual(['id', 'names']);
  });

  it('answers null for an unknown id', async () => {
    expect(await service().content.getCard('nobody')).toBeNull();
  });
});

describe('remote matching (above the size threshold)', () => {
  it('answers no lexicon above the threshold, and finds the mentions of texts for its data version', async () => {
    const { content } = service({ cache: noLexiconCache, remoteAbove: () => 0 });
    const payload = await content.getLexicon();
    expect(payload.lexicon).toBeUndefined();
    expect(payload.types).toEqual([]);
    expect(unpackEntryTypes(payload.packedTypes!)).toEqual(bundled.entries.map((e) => e.type));
    const found = await content.findMentions({
      dataVersion: payload.dataVersion,
      shortForms: false,
      texts: ['Talks on China–Kazakhstan relations', 'nothing'],
    });
    const [first] = found.texts;
    // One mention with its two inner names, each named by the answer's ids.
    expect(first!.slice(6, 7)).toEqual([2]);
    expect(found.ids[first![2]!]).toBe('china-kazakhstan-relations');
    expect(found.texts[1]).toEqual([]);
    await expect(
      content.findMentions({ dataVersion: 'old', shortForms: false, texts: ['China'] }),
    ).rejects.toThrow('the data changed');
  });

  it('keeps the lexicon local at or below the threshold', async () => {
    const { content } = service({
      cache: noLexiconCache,
      remoteAbove: () => bundled.entries.length,
    });
    expect((await content.getLexicon()).lexicon).toBeDefined();
  });

  it('a restarted worker rebuilds its matcher from the stored lexicon, without the entries', async () => {
    const cache = memoryCache();
    const options = { cache, buildId: '1.0', remoteAbove: () => 0 };
    const { dataVersion } = await service(options).content.getLexicon();
    const restarted = service(options);
    const found = await restarted.content.findMentions({
      dataVersion,
      shortForms: false,
      texts: ['in Almaty'],
    });
    expect(restarted.getAllEntries).not.toHaveBeenCalled();
    expect(Object.values(found.ids)).toEqual(['almaty']);
  });
});
