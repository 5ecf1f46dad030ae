// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { createImportService } from '../../../utils/imports/import-service';
import { readStoredImportRaw } from '../../../utils/imports/import-record';
import { loadStoredImport } from '../../../utils/imports/stored-import';
import { withImports } from '../../../utils/imports/with-imports';
import { freshIndexedDb } from '../cache/helpers';
import { bundledKb, editedImport, goodImportText } from './import-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDb();
});

/** The background's wiring: the merged store over the storage item, and the service. */
function background() {
  const store = withImports(createKnowledgeStore({ bundled: bundledKb }), {
    loadImport: loadStoredImport,
  });
  return {
    store,
    service: createImportService({ bundledEntries: async () => bundledKb.entries, store }),
  };
}

const badFiles = [
  ['not JSON', '{"sources": {}, "entries": [}'],
  ['a bundled id', editedImport((kb) => (kb.entries[1].id = 'china'))],
  ['a bundled name', editedImport((kb) => kb.entries[1].names.en.push('SCO'))],
  ['a schema error', editedImport((kb) => (kb.entries[0].type = 'city'))],
];

describe('the import service', () => {
  it('stores a good file; its entries reach lookups at once', async () => {
    const { store, service } = background();
    const outcome = await service.importText('mine.json', goodImportText);

    expect(outcome).toMatchObject({ accepted: true, status: { imported: { entryCount: 2 } } });
    expect((await store.getEntry('eurasian-development-bank'))?.type).toBe('organization');
    expect((await loadStoredImport())?.fileName).toBe('mine.json');
  });

  it.each(badFiles)(
    'refuses %s with located errors and changes nothing stored',
    async (_k, text) => {
      const { store, service } = background();
      await service.importText('first.json', goodImportText);
      const storedBefore = await fakeBrowser.storage.local.get(null);
      const statusBefore = await store.getStatus();

      const outcome = await service.importText('bad.json', text);

      expect(outcome.accepted).toBe(false);
      expect(outcome.problems.length).toBeGreaterThan(0);
      for (const p of outcome.problems) expect(p.line).toBeGreaterThan(0);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(storedBefore);
      expect(await store.getStatus()).toEqual(statusBefore);
      expect(await store.getEntry('karaganda')).toBeDefined();
    },
  );

  it('removes the import: its entries are gone and the version is the bundled one', async () => {
    const { store, service } = background();
    const bundledStatus = await store.getStatus();
    await service.importText('mine.json', goodImportText);

    expect(await service.remove()).toEqual(bundledStatus);
    expect(await store.getEntry('karaganda')).toBeUndefined();
    expect(await readStoredImportRaw()).toBeNull();
  });

  it('exports the import as a file that imports again to the same data', async () => {
    const { service } = background();
    expect(await service.exportImport()).toBeNull();
    await service.importText('mine.json', goodImportText);
    const exported = (await service.exportImport())!;

    expect(exported.fileName).toBe('mine.json');
    expect(JSON.parse(exported.text)).toEqual(JSON.parse(goodImportText));
    const again = await background().service.importText('again.json', exported.text);
    expect(again.accepted).toBe(true);
  });

  it('survives the worker restarting: a new background reads the stored import', async () => {
    await background().service.importText('mine.json', goodImportText);
    const { store } = background();
    expect((await store.getStatus()).imported?.fileName).toBe('mine.json');
  });
});
