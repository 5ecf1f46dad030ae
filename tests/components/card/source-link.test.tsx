import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../components/card/card-text';
import { SourceLink } from '../../../components/card/SourceLink';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import type { SourceRef } from '../../../utils/knowledge-base/schema';
import { DISPATCH_SENTENCE, mount, one, SOURCES } from '../fixtures';

function source(ref: SourceRef, lang: 'en' | 'ar' = 'en'): HTMLElement {
  return mount(<SourceLink source={ref} sources={SOURCES} strings={uiStrings(lang)} />);
}

describe('SourceLink', () => {
  it('links an https source by its title, in a new tab, without opener or referrer', () => {
    const a = one<HTMLAnchorElement>(source('S15'), 'a');
    expect(a.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Wang_Yi');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect([a.lang, a.dir]).toEqual(['en', 'auto']);
    // The visible text is the title; screen readers also hear that it opens a new tab.
    expect(a.firstChild?.textContent).toBe('Wikipedia: Wang Yi');
    expect(one(a, '.qc-visually-hidden').textContent?.trim()).toBe('(opens in a new tab)');
  });

  it('links plain http sources too', () => {
    expect(one(source('S1'), 'a').getAttribute('href')).toMatch(/^http:\/\/en\.people\.cn\//);
  });

  it('never renders a javascript: or data: URL as a link, only its title as text', () => {
    for (const id of ['S90', 'S91']) {
      const root = source(id);
      expect(root.querySelector('a')).toBeNull();
      expect(root.querySelector('[href]')).toBeNull();
      expect(root.textContent).toBe(SOURCES[id]!.title);
    }
  });

  it('shows the id of a source missing from the table, unlinked', () => {
    const root = source('S404');
    expect(root.querySelector('a')).toBeNull();
    expect(one(root, '.qc-source-missing').textContent).toBe('S404');
  });

  it('shows a dispatch source as "the dispatch", the sentence as tooltip and expandable quote', () => {
    const root = source({ dispatch: DISPATCH_SENTENCE }, 'ar');
    const summary = one(root, 'details > summary');
    expect(summary.textContent).toBe('نص الخبر');
    expect(summary.title).toBe(DISPATCH_SENTENCE);
    const quote = one(root, 'details > blockquote');
    expect([quote.textContent, quote.lang, quote.dir]).toEqual([DISPATCH_SENTENCE, 'ar', 'auto']);
    expect(root.querySelector('a')).toBeNull();
  });
});

describe('safeHttpUrl', () => {
  it('accepts http(s) only, whatever the case or leading whitespace tricks', () => {
    expect(safeHttpUrl('HTTPS://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl(' javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('java\tscript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('vbscript:x')).toBeUndefined();
    expect(safeHttpUrl('//evil.example/x')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
