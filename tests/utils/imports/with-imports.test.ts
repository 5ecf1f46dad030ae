// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';
import { servedSourceId } from '../../../utils/imports/served-import';
import { toStoredImport, type StoredImport } from '../../../utils/imports/stored-import';
import { combinedVersion, withImports } from '../../../utils/imports/with-imports';
import { freshIndexedDb } from '../cache/helpers';
import { bundledKb, goodImportText } from './import-fixtures';

beforeEach(freshIndexedDb);

const imported = toStoredImport(
  'mine.json',
  KnowledgeBaseSchema.parse(JSON.parse(goodImportText)),
  1,
);

function merged(stored: StoredImport | null = imported) {
  const base = createKnowledgeStore({ bundled: bundledKb, logger: { warn: vi.fn() } });
  let current = stored;
  const store = withImports(base, {
    loadImport: async () => current,
  });
  return { base, store, setImport: (next: StoredImport | null) => (current = next) };
}

describe('withImports', () => {
  it('serves imported entries next to the bundled ones, from the bundled data or the cache', async () => {
    const { store } = merged();
    const before = await store.getEntries([
      'karaganda',
      'kazakhstan',
      'nobody',
      'eurasian-development-bank',
    ]);
    await store.start();
    const after = await store.getEntries([
      'karaganda',
      'kazakhstan',
      'nobody',
      'eurasian-development-bank',
    ]);

    expect(before.map((e) => e.id)).toEqual([
      'karaganda',
      'kazakhstan',
      'eurasian-development-bank',
    ]);
    expect(after).toEqual(before);
    expect((await store.getEntry('karaganda'))?.names.en[0]).toBe('Karaganda');
    const all = await store.getAllEntries();
    expect(all).toHaveLength(bundledKb.entries.length + 2);
    store.close();
  });

  it('names bundled and imported data in one version, and counts both', async () => {
    const { base, store } = merged();
    const baseStatus = await base.getStatus();
    expect(await store.getStatus()).toEqual({
      ...baseStatus,
      version: combinedVersion(baseStatus.version, imported.version),
      entryCount: bundledKb.entries.length + 2,
      imported: { fileName: 'mine.json', entryCount: 2, version: imported.version },
    });
  });

  it('keeps the two files’ sources apart: both may have an "S1"', async () => {
    const { store } = merged();
    const karaganda = (await store.getEntry('karaganda'))!;
    const ref = karaganda.facts[0]!.sources[0] as string;
    expect(ref).toBe(servedSourceId('S1'));

    const sources = await store.getSources(['S1', ref]);
    expect(sources.S1).toEqual(bundledKb.sources.S1);
    expect(sources[ref]?.title).toBe(
      "Karaganda Technical University: booklet for Karaganda's 85th anniversary",
    );
  });

  it('forgets the import once removed, and the version goes back to the bundled one', async () => {
    const { base, store, setImport } = merged();
    expect(await store.getEntry('karaganda')).toBeDefined();

    setImport(null);
    // Still cached until told to reload: the background reloads right after each change.
    expect(await store.getEntry('karaganda')).toBeDefined();
    await store.reloadImport();

    expect(await store.getEntry('karaganda')).toBeUndefined();
    expect(await store.getAllEntries()).toHaveLength(bundledKb.entries.length);
    expect(await store.getStatus()).toEqual(await base.getStatus());
  });

  it('leaves out an imported entry whose id a newer bundled file took', async () => {
    const clash = KnowledgeBaseSchema.parse({
      ...JSON.parse(goodImportText),
      entries: [{ ...JSON.parse(goodImportText).entries[0], id: 'kazakhstan', related: [] }],
    });
    const { store } = merged(toStoredImport('old.json', clash));
    expect((await store.getEntry('kazakhstan'))?.names.en[0]).toBe('Kazakhstan');
    expect(await store.getAllEntries()).toHaveLength(bundledKb.entries.length);
  });

  it('answers with the bundled data alone when the import cannot be read', async () => {
    const base = createKnowledgeStore({ bundled: bundledKb });
    const logger = { warn: vi.fn() };
    const store = withImports(base, {
      loadImport: () => Promise.reject(new Error('storage is gone')),
      logger,
    });
    expect(await store.getAllEntries()).toHaveLength(bundledKb.entries.length);
    expect(logger.warn).toHaveBeenCalled();
  });
});
