/**
 * The layers stay one-way (README, Architecture): entrypoints wire, components render, utils hold
 * the logic; the content script stays lean. These rules read the import graph of the sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, runtimeClosure, sourceFiles } from './import-graph';

/** What a chain of imports looks like in a failure message. */
const chain = (path: string[] | undefined) => (path ? path.join(' → ') : 'not reached');

describe('the content script stays lean', () => {
  const closure = runtimeClosure('entrypoints/content/index.ts');
  it.each([
    'zod',
    'idb',
    'fuse.js',
    'wxt/utils/storage',
    // The languages' fold tables come with the lexicon (utils/text/fold-tables.ts).
    'utils/text/fold-tables.ts',
    'utils/language/fold-tables.ts',
    'utils/language/zh/han-variants.generated.ts',
  ])('never reaches %s', (forbidden) => {
    expect(chain(closure.get(forbidden))).toBe('not reached');
  });

  it('never reaches the knowledge-base data (data/)', () => {
    const data = [...closure.keys()].filter((id) => id.startsWith('data/'));
    expect(data.map((id) => chain(closure.get(id)))).toEqual([]);
  });
});

describe('entrypoints', () => {
  it('never import one another', () => {
    for (const file of sourceFiles('entrypoints')) {
      const own = file.split('/').slice(0, 2).join('/');
      for (const edge of importsOf(file)) {
        if (edge.isPackage || !edge.target.startsWith('entrypoints/')) continue;
        expect(
          edge.target.startsWith(own.replace(/\.tsx?$/, '')),
          `${file} imports ${edge.target}`,
        ).toBe(true);
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

describe('utils/', () => {
  it('never imports components/ or entrypoints/, not even a type (renderers are handed in)', () => {
    for (const file of sourceFiles('utils')) {
      for (const edge of importsOf(file)) {
        expect(edge.target, `${file} imports ${edge.target}`).not.toMatch(
          /^(components|entrypoints)\//,
        );
      }
    }
  });

  it('keeps hover and highlight below content: they never import utils/content/', () => {
    for (const file of sourceFiles('utils/hover', 'utils/highlight', 'utils/page')) {
      for (const edge of importsOf(file)) {
        expect(edge.target, `${file} imports ${edge.target}`).not.toMatch(/^utils\/content\//);
      }
    }
  });
});

describe('entrypoints are wiring', () => {
  it.each(['entrypoints/content/index.ts', 'entrypoints/background.ts'])(
    '%s is under 50 lines',
    (file) => {
      expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThan(50);
    },
  );
});

describe('components/', () => {
  // Backends (the settings store, messaging) are handed in by the entrypoints, as props: each
  // component renders in a test or a benchmark page without a browser stub.
  const FORBIDDEN = ['wxt/browser', 'wxt/utils/storage', 'idb', 'webextension-polyfill'];

  it.each(sourceFiles('components'))('%s reaches no browser API, storage or IndexedDB', (file) => {
    for (const [target, path] of runtimeClosure(file)) {
      const why = FORBIDDEN.includes(target)
        ? 'a browser or storage package'
        : target.startsWith('utils/cache/')
          ? 'the IndexedDB cache'
          : /\.(tsx?|mjs)$/.test(target) && usesBrowserGlobals(target)
            ? 'code using browser, storage or indexedDB'
            : undefined;
      expect(why, `${why}: ${chain(path)}`).toBeUndefined();
    }
  });

  it('sees uses of the globals, not the words in comments and strings', () => {
    expect(usesBrowserGlobals('utils/settings/settings-store.ts')).toBe(true);
    expect(usesBrowserGlobals('utils/settings/settings.ts')).toBe(false);
  });
});

/**
 * Whether a file's code (comments and strings left out) uses `browser`, `storage` or `indexedDB`
 * as a global: WXT auto-imports the first two, so such a use needs no import line.
 */
function usesBrowserGlobals(file: string): boolean {
  const code = readFileSync(file, 'utf8').replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g,
    '',
  );
  return /(?<![\w$.])(browser|storage|indexedDB)\b/.test(code);
}

describe('utils/ areas', () => {
  /** utils/<area> → the areas it imports (types included), with one file as the example. */
  function areaGraph(): Map<string, Map<string, string>> {
    const graph = new Map<string, Map<string, string>>();
    const area = (file: string) => file.split('/').slice(0, 2).join('/');
    for (const file of sourceFiles('utils')) {
      for (const edge of importsOf(file)) {
        if (edge.isPackage || !edge.target.startsWith('utils/')) continue;
        const [from, to] = [area(file), area(edge.target)];
        if (from === to) continue;
        if (!graph.has(from)) graph.set(from, new Map());
        graph.get(from)!.set(to, `${file} → ${edge.target}`);
      }
    }
    return graph;
  }

  /** The first cycle found by a depth-first walk, as the chain of example imports. */
  function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (node: string): string[] | null => {
      state.set(node, 'open');
      stack.push(node);
      for (const [next] of graph.get(node) ?? []) {
        if (state.get(next) === 'open') {
          const loop = [...stack.slice(stack.indexOf(next)), next];
          return loop.slice(1).map((to, i) => graph.get(loop[i]!)!.get(to)!);
        }
        if (!state.has(next)) {
          const found = visit(next);
          if (found) return found;
        }
      }
      stack.pop();
      state.set(node, 'done');
      return null;
    };
    for (const node of graph.keys()) {
      if (!state.has(node)) {
        const found = visit(node);
        if (found) return found;
      }
    }
    return null;
  }

  it('import one another without a cycle (types included)', () => {
    expect(findCycle(areaGraph())).toBeNull();
  });

  it('the cycle finder finds a cycle', () => {
    const graph = new Map([
      ['utils/a', new Map([['utils/b', 'a.ts → b.ts']])],
      ['utils/b', new Map([['utils/a', 'b.ts → a.ts']])],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts → b.ts', 'b.ts → a.ts']);
  });
});

describe('the regional names of countries load only where lexicons are built', () => {
  it.each([
    'entrypoints/popup/main.tsx',
    'entrypoints/options/main.tsx',
    'entrypoints/content/index.ts',
  ])('%s never reaches the table (2 KB gzip; the popup is at its budget)', (entry) => {
    const closure = runtimeClosure(entry);
    expect(chain(closure.get('utils/language/zh/territory-names.generated.ts'))).toBe(
      'not reached',
    );
  });
});

describe('the popup and options pages fold but never match', () => {
  it.each(['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'])(
    '%s never reaches the Chinese word contexts (only matching reads them)',
    (entry) => {
      const closure = runtimeClosure(entry);
      expect(chain(closure.get('utils/language/zh/word-contexts.generated.ts'))).toBe(
        'not reached',
      );
    },
  );
});
