import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  importVersionOf,
  lexiconHasImport,
  watchImportLite,
} from '../../../utils/imports/import-watch-lite';
import { importItem, toStoredImport } from '../../../utils/imports/stored-import';
import { combinedVersion } from '../../../utils/imports/with-imports';
import { goodImportText } from './import-fixtures';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';

beforeEach(() => fakeBrowser.reset());

describe('import-watch-lite (the content script’s import watcher)', () => {
  it('hears the import item being set, replaced and removed, with its version', async () => {
    const stored = toStoredImport(
      'mine.json',
      KnowledgeBaseSchema.parse(JSON.parse(goodImportText)),
    );
    const seen: (string | null)[] = [];
    const unwatch = watchImportLite((version) => seen.push(version));
    await importItem.setValue(stored);
    await importItem.setValue(null);
    await fakeBrowser.storage.local.set({ settings: {} }); // another key: not an import change
    unwatch();
    await importItem.setValue(stored);
    expect(seen).toEqual([stored.version, null]);
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
