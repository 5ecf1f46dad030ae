/**
 * The card is loaded on first need (issue 18's 40 KB budget, issue 20's start-up): what only an
 * open card uses is reached from entrypoints/card.ts (built as card.js, imported by the content
 * script when a page first needs a card), never from the content script's own entry. Read from
 * the import graph of the sources, like the other architecture rules.
 */
import { describe, expect, it } from 'vitest';
import { runtimeClosure } from '../architecture/import-graph';

const chain = (path: string[] | undefined) => (path ? path.join(' → ') : 'not reached');

/** Card-only code: the components, Preact, the positioning library, the page's date, the card in time. */
const CARD_ONLY = (id: string) =>
  id === 'preact' ||
  id.startsWith('preact/') ||
  id.startsWith('@floating-ui/') ||
  id.startsWith('components/') ||
  id.startsWith('utils/page-date/') ||
  id.startsWith('utils/card-time/');

describe('the content script entry', () => {
  const content = runtimeClosure('entrypoints/content/index.ts');

  it('reaches no card-only module (they come with card.js)', () => {
    const reached = [...content.keys()].filter(CARD_ONLY);
    expect(reached.map((id) => chain(content.get(id)))).toEqual([]);
  });

  it('reaches the card loader it calls', () => {
    expect(content.has('utils/content/card-loader.ts')).toBe(true);
  });
});

describe('the card entry (card.js)', () => {
  const card = runtimeClosure('entrypoints/card.ts');

  it.each([
    'components/card/HoverCard.tsx',
    'preact',
    '@floating-ui/dom',
    'utils/page-date/find-page-date.ts',
    'utils/card-time/card-time.ts',
  ])('carries %s', (id) => {
    expect(card.has(id)).toBe(true);
  });

  it('leaves the page scan to the content script', () => {
    expect(chain(card.get('utils/match/matcher.ts'))).toBe('not reached');
    expect(chain(card.get('utils/page/page-scanner.ts'))).toBe('not reached');
  });
});
