import { describe, expect, it } from 'vitest';
import { CORPUS_LANGUAGES, parseCorpus, parseMarkup, readCorpus } from '../../scripts/lib/corpus';
import { bundledJson } from '../fixtures/bundled-kb';

const ids = new Set(bundledJson.entries.map((e) => e.id));

describe('parseMarkup', () => {
  it('strips mentions into text and spans, nested ones with their depth', () => {
    const { text, gold } = parseMarkup(
      'Talks on [[rel|[[china|China]]–[[kz|Kazakhstan]] relations]] in [[almaty|Almaty]].',
    );
    expect(text).toBe('Talks on China–Kazakhstan relations in Almaty.');
    expect(gold.map(({ id, start, end, depth }) => [id, text.slice(start, end), depth])).toEqual([
      ['rel', 'China–Kazakhstan relations', 0],
      ['china', 'China', 1],
      ['kz', 'Kazakhstan', 1],
      ['almaty', 'Almaty', 0],
    ]);
  });

  it.each([
    ['an unclosed mention', 'a [[china|China b', /unclosed/],
    ['a stray closing', 'a China]] b', /unmatched/],
    ['a mention without id', 'a [[China]] b', /bad mention id/],
    ['an empty mention', 'a [[china|]] b', /empty mention/],
  ])('refuses %s', (_case, marked, message) => {
    expect(() => parseMarkup(marked)).toThrow(message);
  });
});

describe('parseCorpus', () => {
  it('reads paragraphs under the part headings and skips the notes before them', () => {
    const paragraphs = parseCorpus(
      '# Notes\n[[x|not read]]\n## tuning\n\n[[china|China]] one.\n## held-out\nTwo.\n',
    );
    expect(paragraphs.map((p) => [p.part, p.line, p.text, p.gold.length])).toEqual([
      ['tuning', 5, 'China one.', 1],
      ['held-out', 7, 'Two.', 0],
    ]);
  });

  it('names the line of broken markup and refuses unknown parts', () => {
    expect(() => parseCorpus('## tuning\nok\n[[china|China\n')).toThrow(/line 3: unclosed/);
    expect(() => parseCorpus('## training\n')).toThrow(/unknown part/);
  });
});

describe.each(CORPUS_LANGUAGES)('the %s corpus', (lang) => {
  const paragraphs = readCorpus(lang);
  const size = (part: string) =>
    paragraphs.filter((p) => p.part === part).reduce((n, p) => n + p.text.length, 0);

  // held-out text written for each new rule (issue 15) is added after the first half
  it('has 1,400–8,000 characters, 40–80% of them held out', () => {
    const total = size('tuning') + size('held-out');
    expect(total).toBeGreaterThanOrEqual(1400);
    expect(total).toBeLessThanOrEqual(8000);
    expect(size('held-out') / total).toBeGreaterThan(0.4);
    expect(size('held-out') / total).toBeLessThan(0.8);
  });

  it('annotates only entries of the knowledge base, with spans that are trimmed names', () => {
    for (const { text, gold, line } of paragraphs) {
      for (const { id, start, end } of gold) {
        const span = text.slice(start, end);
        expect(ids.has(id), `line ${line}: ${id}`).toBe(true);
        expect(span.trim(), `line ${line}: «${span}»`).toBe(span);
        expect(span, `line ${line}`).not.toMatch(/^[«"“「]|[.,،:;]$/);
        if (/[»"”」]$/.test(span))
          expect(span, `line ${line}: a quoted name opens inside`).toMatch(/.[«"“「]/);
      }
    }
  });
});
