import { describe, expect, it } from 'vitest';
import { FactList } from '../../../components/card/FactList';
import { FactWhen } from '../../../components/card/FactWhen';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import type { CardLanguage } from '../../../utils/knowledge-base/model';
import { mount, one, SOURCES, WANG_YI } from '../fixtures';

function when(asOf: string, until: string | undefined, lang: CardLanguage = 'en'): HTMLElement {
  const root = mount(
    <FactWhen fact={{ asOf, until }} readerLang={lang} strings={uiStrings(lang)} />,
  );
  return one(root, '.qc-when');
}

describe('FactWhen', () => {
  it('shows "As of" with the date at its precision, in a <time> with the raw date', () => {
    const el = when('2025-04', undefined);
    expect(el.textContent).toBe('As of Apr 2025');
    expect(one(el, 'time').getAttribute('datetime')).toBe('2025-04');
    expect(when('2025', undefined).textContent).toBe('As of 2025');
    expect(when('2025-04-25', undefined).textContent).toBe('As of 25 Apr 2025');
  });

  it('shows the period of a fact that ended: start – until', () => {
    // December: CLDR's English short form of September changed ("Sep" → "Sept") across ICU versions.
    const el = when('2025-04', '2025-12-26');
    expect(el.textContent).toBe('Apr 2025 – 26 Dec 2025');
    expect([...el.querySelectorAll('time')].map((t) => t.dateTime)).toEqual([
      '2025-04',
      '2025-12-26',
    ]);
  });

  it('words it in the reader’s language', () => {
    expect(when('2025-04', '2025-09-26', 'ar').textContent).toBe(
      'من أبريل 2025 إلى 26 سبتمبر 2025',
    );
    expect(when('2025-04-25', undefined, 'zh').textContent).toBe('截至 2025年4月25日');
  });
});

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
