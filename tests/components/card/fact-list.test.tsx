import { describe, expect, it } from 'vitest';
import { FactList } from '../../../components/card/FactList';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import { mount, one, SOURCES, WANG_YI } from '../fixtures';

describe('FactList', () => {
  it('lists every fact with its text, date and sources', () => {
    const root = mount(
      <FactList
        facts={WANG_YI.facts}
        readerLang="en"
        sources={SOURCES}
        strings={uiStrings('en')}
      />,
    );
    const list = one(root, 'ul.qc-facts');
    expect(list.getAttribute('aria-label')).toBe('Key facts');
    const items = [...list.querySelectorAll('li.qc-fact')];
    expect(items.map((li) => one(li, '.qc-fact-text').textContent)).toEqual(
      WANG_YI.facts.map((f) => f.text.en),
    );
    expect(one(items[0]!, '.qc-sources').getAttribute('aria-label')).toBe('Sources');
    expect(items[0]!.querySelector('a')?.textContent).toContain('Wikipedia: Wang Yi');
    // Only the ended fact is marked, for styling.
    expect(items.map((li) => (li as HTMLElement).dataset.ended)).toEqual([
      undefined,
      undefined,
      'true',
    ]);
  });

  it('marks no English fallback for an English reader', () => {
    const root = mount(
      <FactList
        facts={WANG_YI.facts}
        readerLang="en"
        sources={SOURCES}
        strings={uiStrings('en')}
      />,
    );
    expect(root.querySelector('.qc-fallback')).toBeNull();
  });

  it('falls back to English for Russian readers, with lang="en" and a localized marker', () => {
    const root = mount(
      <FactList
        facts={WANG_YI.facts}
        readerLang="ru"
        sources={SOURCES}
        strings={uiStrings('ru')}
      />,
    );
    const first = root.querySelector('li.qc-fact')!;
    const text = one(first, '.qc-fact-text');
    expect([text.lang, text.dir]).toEqual(['en', 'ltr']);
    expect(one(first, '.qc-fallback').textContent).toBe('Показано на английском');
  });
});
