/**
 * The layers stay one-way (README, Architecture): entrypoints wire, components render, utils hold
 * the logic; the content script stays lean. These rules read the import graph of the sources.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, runtimeClosure, sourceFiles } from './import-graph';

/** What a chain of imports looks like in a failure message. */
const chain = (path: string[] | undefined) => (path ? path.join(' → ') : 'not reached');

describe('the content script stays lean', () => {
  const closure = runtimeClosure('entrypoints/content/index.ts');
  it.each(['zod', 'idb', 'fuse.js', 'wxt/utils/storage', 'data/knowledge-base.json'])(
    'never reaches %s',
    (forbidden) => {
      expect(chain(closure.get(forbidden))).toBe('not reached');
    },
  );
});

describe('entrypoints', () => {
  it('never import one another', () => {
    for (const file of sourceFiles('entrypoints')) {
      const own = file.split('/').slice(0, 2).join('/');
      for (const edge of importsOf(file)) {
        if (edge.isPackage || !edge.target.startsWith('entrypoints/')) continue;
        expect(edge.target.startsWith(own.replace(/\.tsx?$/, '')), `${file} imports ${edge.target}`).toBe(true);
      }
    }
  });
});

describe('the graph reader', () => {
  it('sees a runtime import, and erases a type-only one', () => {
    const closure = runtimeClosure('utils/imports/stored-import.ts');
    expect(closure.get('zod')).toBeDefined(); // through knowledge-base/schema.ts
    const record = runtimeClosure('utils/imports/import-record.ts');
    expect(record.has('utils/knowledge-base/schema.ts')).toBe(false); // `import type` only
  });
});
