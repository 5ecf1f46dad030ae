import { describe, expect, it } from 'vitest';
import { bundledJson as kb } from '../fixtures/bundled-kb';
import { met, median, percentile, QUICK_MARK, ratio } from '../../scripts/bench/harness';
import { generatePage } from '../../scripts/lib/generate-page';
import { readDispatch } from '../../scripts/lib/kb-files';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';

describe('bench harness', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });

  it('formats ratios and refuses missing figures', () => {
    expect(ratio(30, 10)).toBe('3.00×');
    expect(ratio(1000, 2)).toBe('500×');
    expect(ratio(NaN, 2)).toBe('—');
  });
});

describe('generatePage', () => {
  const page = (chars: number, seed?: number) =>
    generatePage(kb as unknown as KnowledgeBase, readDispatch(), chars, seed);

  it('is deterministic and reaches the target amount of text', () => {
    const a = page(20_000);
    expect(page(20_000).html).toBe(a.html);
    expect(a.textLength).toBeGreaterThanOrEqual(20_000);
    expect(page(20_000, 8).html).not.toBe(a.html);
  });

  it('mixes the dispatch with English, Chinese and Russian paragraphs and inline markup', () => {
    const { html } = page(30_000);
    for (const marker of [
      'lang="ar"',
      'lang="en"',
      'lang="zh"',
      'lang="ru"',
      '<b>',
      '<a href=',
      '<span class="name">',
    ]) {
      expect(html).toContain(marker);
    }
    // The paragraphs name the bundled entries (whichever the seed picks).
    const named = kb.entries.filter((e) => {
      const first = e.names.en[0]!;
      return html.includes(typeof first === 'string' ? first : first.text);
    });
    expect(named.length).toBeGreaterThan(5);
  });
});

describe('goals beside figures', () => {
  it('a full run says yes or NO, and — when the figure was not measured', () => {
    expect([met(true), met(false), met(undefined)]).toEqual(['yes', 'NO', '—']);
  });

  it('a quick run judges no goal: its one cold sample is not comparable', () => {
    expect([met(true, true), met(false, true)]).toEqual([QUICK_MARK, QUICK_MARK]);
    expect(QUICK_MARK).not.toMatch(/\bNO\b/);
  });
});
