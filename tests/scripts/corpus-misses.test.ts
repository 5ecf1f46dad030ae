import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus';
import { corpusDifferences } from '../../scripts/lib/corpus-misses';
import type { Finder } from '../../scripts/lib/corpus-scores';

const paragraphs = readCorpus('en');
const gold = new Map(paragraphs.map((p) => [p.text, p.gold]));
const perfect: Finder = (text) => gold.get(text) ?? [];

describe('corpusDifferences', () => {
  it('lists nothing for the annotations themselves', () => {
    expect(corpusDifferences(perfect, ['en'])).toEqual([]);
  });

  it('lists a missed mention and a false hit with the text around them', () => {
    const first = paragraphs[0]!;
    // the first paragraph's first mention found one character short
    const short: Finder = (text, document) =>
      perfect(text, document).map((m, i) =>
        text === first.text && i === 0 ? { ...m, end: m.end - 1 } : m,
      );
    const g = first.gold[0]!;
    const name = first.text.slice(g.start, g.end);
    expect(corpusDifferences(short, ['en'])).toEqual([
      {
        lang: 'en',
        part: 'tuning',
        kind: 'miss',
        id: g.id,
        context: expect.stringContaining(`[${name}]`),
      },
      {
        lang: 'en',
        part: 'tuning',
        kind: 'false',
        id: g.id,
        context: expect.stringContaining(`[${name.slice(0, -1)}]`),
      },
    ]);
  });
});
