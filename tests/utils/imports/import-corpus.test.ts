// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
/**
 * Every broken file of tests/fixtures/import-corpus (plus two generated here: 50 MB, and nesting
 * a million levels deep within the size limit) goes through the background's import path. Each
 * is refused with located problems, and nothing stored changes: not the import installed before,
 * not the settings, not what lookups answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { createImportService } from '../../../utils/imports/import-service';
import { loadStoredImport } from '../../../utils/imports/stored-import';
import { withImports } from '../../../utils/imports/with-imports';
import { formatPath } from '../../../utils/knowledge-base/problem';
import { freshIndexedDb } from '../cache/helpers';
import { bundledKb, goodImportText } from './import-fixtures';

const CORPUS = 'tests/fixtures/import-corpus';

/** What its problems say (path and message), so each file is refused for its own fault. */
const EXPECTED: Record<string, RegExp> = {
  'dangling-relation.json': /"atlantis" does not exist/,
  'deep-nesting.json': /nested more than \d+ levels/,
  'duplicate-ids.json': /entries\[1\]\.id: duplicate id "karaganda"/,
  'empty.json': /not valid JSON/,
  'javascript-url.json': /sources\.S1\.url: must be an http/,
  'missing-languages.json': /entries\[0\]\.summary\.en/,
  'not-an-object.json': /object/,
  'not-json.json': /not valid JSON/,
  'truncated.json': /not valid JSON/,
  'unknown-source.json': /S9/,
  'wrong-types.json': /entries\[0\]\.type.*expected one of/,
};

const files: [string, () => string][] = [
  ...readdirSync(CORPUS).map(
    (name) => [name, () => readFileSync(join(CORPUS, name), 'utf8')] as [string, () => string],
  ),
  // 50 MB: refused by its length before any parsing.
  ['generated-50mb.json', () => `{"sources":{},"entries":[${' '.repeat(50 * 1024 * 1024)}]}`],
  // Under the size limit, but deeper than any recursive parser's stack.
  ['generated-deep-1m.json', () => `{"sources":{},"entries":${'['.repeat(1e6)}${']'.repeat(1e6)}}`],
];
EXPECTED['generated-50mb.json'] = /too large/;
EXPECTED['generated-deep-1m.json'] = /nested more than/;

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDb();
});

function background() {
  const store = withImports(createKnowledgeStore({ bundled: bundledKb }), {
    loadImport: loadStoredImport,
  });
  return {
    store,
    service: createImportService({ bundledEntries: async () => bundledKb.entries, store }),
  };
}

describe('the corpus of broken import files', () => {
  it('has an expectation for every file in the corpus', () => {
    expect(readdirSync(CORPUS).sort()).toEqual(
      Object.keys(EXPECTED)
        .filter((name) => !name.startsWith('generated-'))
        .sort(),
    );
  });

  it.each(files)(
    'refuses %s with located problems, and nothing stored changes',
    async (name, text) => {
      const { store, service } = background();
      await store.start();
      await service.importText('first.json', goodImportText);
      await fakeBrowser.storage.local.set({ settings: { highlightStyle: 'tint' } });
      const storedBefore = await fakeBrowser.storage.local.get(null);
      const statusBefore = await store.getStatus();

      const outcome = await service.importText(name, text());

      expect(outcome.accepted).toBe(false);
      expect(outcome.problems.length).toBeGreaterThan(0);
      const said = outcome.problems.map((p) => `${formatPath(p.path)}: ${p.message}`).join('\n');
      expect(said).toMatch(EXPECTED[name]!);
      for (const problem of outcome.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
      }
      expect(await fakeBrowser.storage.local.get(null)).toEqual(storedBefore);
      expect(await store.getStatus()).toEqual(statusBefore);
      expect((await store.getEntry('karaganda'))?.id).toBe('karaganda');
      store.close();
    },
  );
});
