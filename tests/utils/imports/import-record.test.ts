import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  IMPORT_KEY,
  importVersionOf,
  lexiconHasImport,
  readStoredImportRaw,
  watchImport,
  writeStoredImport,
} from '../../../utils/imports/import-record';
import { toStoredImport } from '../../../utils/imports/stored-import';
import { combinedVersion } from '../../../utils/imports/with-imports';
import { goodImportText } from './import-fixtures';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';

beforeEach(() => fakeBrowser.reset());

describe('the import record (zod-free: the content script watches it)', () => {
  it('hears the import item being set, replaced and removed, with its version', async () => {
    const stored = toStoredImport(
      'mine.json',
      KnowledgeBaseSchema.parse(JSON.parse(goodImportText)),
    );
    const seen: (string | null)[] = [];
    const unwatch = watchImport((version) => seen.push(version));
    await writeStoredImport(stored);
    await writeStoredImport(null);
    await fakeBrowser.storage.local.set({ settings: {} }); // another key: not an import change
    unwatch();
    await writeStoredImport(stored);
    expect(seen).toEqual([stored.version, null]);
  });

  it('is stored under the key earlier versions used, and removed by null', async () => {
    const stored = toStoredImport(
      'mine.json',
      KnowledgeBaseSchema.parse(JSON.parse(goodImportText)),
    );
    await writeStoredImport(stored);
    expect(IMPORT_KEY).toBe('importedKnowledgeBase');
    expect((await fakeBrowser.storage.local.get(IMPORT_KEY))[IMPORT_KEY]).toEqual(stored);
    expect(await readStoredImportRaw()).toEqual(stored);
    await writeStoredImport(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readStoredImportRaw()).toBeNull();
  });

  it('reads a version only from a well-formed record', () => {
    expect(importVersionOf({ version: 'abc' })).toBe('abc');
    expect(importVersionOf({ version: 3 })).toBeNull();
    expect(importVersionOf(undefined)).toBeNull();
  });

  it('agrees with the background’s combined data version', () => {
    expect(lexiconHasImport(combinedVersion('base', 'imp'), 'imp')).toBe(true);
    expect(lexiconHasImport(combinedVersion('base', 'imp'), 'other')).toBe(false);
    expect(lexiconHasImport(combinedVersion('base', 'imp'), null)).toBe(false);
    expect(lexiconHasImport(combinedVersion('base', undefined), null)).toBe(true);
    expect(lexiconHasImport(combinedVersion('base', undefined), 'imp')).toBe(false);
    expect(lexiconHasImport(undefined, null)).toBe(false);
  });
});
