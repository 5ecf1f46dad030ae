import { describe, expect, it } from 'vitest';
import { FactCard, type FactCardProps } from '../../../components/card/FactCard';
import { FactTime } from '../../../components/card/FactTime';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import type { CardLanguage } from '../../../utils/knowledge-base/model';
import type { Entry } from '../../../utils/knowledge-base/schema';
import { click, mount, one, SOURCES, WANG_YI } from '../fixtures';

const MINISTER = {
  id: 'kz-foreign-minister',
  en: 'Deputy Prime Minister and Foreign Minister of Kazakhstan',
  ar: 'نائب رئيس الوزراء ووزير خارجية كازاخستان',
  zh: '哈萨克斯坦副总理兼外交部长',
  ru: 'заместитель премьер-министра — министр иностранных дел Казахстана',
};
const ASSISTANT = {
  id: 'kz-presidential-assistant',
  en: 'Assistant to the President',
  ar: 'مساعد رئيس الجمهورية',
  zh: '总统助理',
  ru: 'помощник президента',
};
const text = (en: string) => ({ en, ar: `ar ${en}`, zh: `zh ${en}`, ru: `ru ${en}` });

/** Nurtleu's facts in the temporal model (the card is drawn from the model's fields only). */
const NURTLEU = {
  ...WANG_YI,
  id: 'murat-nurtleu',
  names: { ar: ['مراد نورتلو'], en: ['Murat Nurtleu'], zh: ['努尔特列乌'], ru: ['Мурат Нуртлеу'] },
  related: [],
  facts: [
    { text: text('Born in Almaty.'), on: '1976-03-11', sources: ['S15'] },
    {
      text: text('Foreign minister.'),
      from: '2023-04',
      until: '2025-09-26',
      role: MINISTER,
      sources: ['S15'],
    },
    { text: text('Hosted the dialogue.'), on: '2025-04', sources: ['S15'] },
    {
      text: text('Presidential assistant.'),
      from: '2025-09-26',
      role: ASSISTANT,
      sources: ['S15'],
    },
  ],
} as unknown as Entry;

function card(props: Partial<FactCardProps> = {}, lang: CardLanguage = 'en'): HTMLElement {
  const root = mount(
    <FactCard
      entry={NURTLEU}
      sources={SOURCES}
      readerLang={lang}
      strings={uiStrings(lang)}
      onOpenRelated={() => {}}
      {...props}
    />,
  );
  return one(root, '[role="dialog"]');
}
const factTexts = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('.qc-fact-text')].map((p) => p.textContent);

describe('FactCard on a dated page whose entry changed since', () => {
  it('names the roles at the article’s date and what changed since, newest first', () => {
    const dialog = card({ pageDate: { date: '2025-04-27' } });
    expect(dialog.dataset.time).toBe('then');
    expect(one(dialog, '.qc-then-line').textContent).toBe(
      'At the time of this article · 27 Apr 2025: Deputy Prime Minister and Foreign Minister of Kazakhstan',
    );
    expect(one(dialog, '.qc-then-line time').getAttribute('datetime')).toBe('2025-04-27');
    const since = one(dialog, '.qc-since');
    expect(document.getElementById(since.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Since then',
    );
    expect([...since.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '26 Sep 2025: left the post of Deputy Prime Minister and Foreign Minister of Kazakhstan; became Assistant to the President',
    ]);
    expect(factTexts(dialog)).toEqual([
      'Foreign minister.',
      'Hosted the dialogue.',
      'Born in Almaty.',
      'Presidential assistant.',
    ]);
  });

  it('switches to today’s card and back with one button named in the card’s language', () => {
    const dialog = card({ pageDate: { date: '2025-04-27' } });
    const button = one<HTMLButtonElement>(dialog, 'button.qc-switch');
    expect(button.textContent).toBe('Show today’s card');
    click(button);
    expect(dialog.dataset.time).toBe('today');
    expect(dialog.querySelector('.qc-then-line')).toBeNull();
    expect(dialog.querySelector('.qc-since')).toBeNull();
    expect(factTexts(dialog)[0]).toBe('Born in Almaty.');
    expect(one(dialog, 'button.qc-switch').textContent).toBe('Show as at the article’s date');
    click(one(dialog, 'button.qc-switch'));
    expect(dialog.dataset.time).toBe('then');
  });

  it('in Arabic: the roles, the since line and the switch are Arabic', () => {
    const dialog = card({ pageDate: { date: '2025-04-27' } }, 'ar');
    expect(one(dialog, '.qc-then-line').textContent).toBe(
      'عند نشر هذا المقال · 27 أبريل 2025: نائب رئيس الوزراء ووزير خارجية كازاخستان',
    );
    expect(one(dialog, '.qc-since li').textContent).toBe(
      '26 سبتمبر 2025: مغادرة منصب نائب رئيس الوزراء ووزير خارجية كازاخستان؛ تولّي منصب مساعد رئيس الجمهورية',
    );
    expect(one(dialog, 'button.qc-switch').textContent).toBe('عرض البطاقة كما هي اليوم');
  });

  it('on a page of 2022 names no role he did not hold, and lists every change after it', () => {
    const dialog = card({ pageDate: { date: '2022' } });
    expect(one(dialog, '.qc-then-line').textContent).toBe('At the time of this article · 2022');
    expect([...dialog.querySelectorAll('.qc-since li')].map((li) => li.textContent)).toEqual([
      '26 Sep 2025: left the post of Deputy Prime Minister and Foreign Minister of Kazakhstan; became Assistant to the President',
      'Apr 2025: Hosted the dialogue.',
      'Apr 2023: became Deputy Prime Minister and Foreign Minister of Kazakhstan',
    ]);
  });
});

describe('FactCard with no date, or nothing changed', () => {
  it.each([
    ['no date', undefined],
    ['a null date', null],
    ['a date after every change', { date: '2026-01-05' }],
    ['a date that is no date', { date: '2025-02-30' }],
  ])('%s: today’s card, no extra words', (_label, pageDate) => {
    const dialog = card({ pageDate });
    expect(dialog.dataset.time).toBeUndefined();
    expect(dialog.querySelector('.qc-then, .qc-since, .qc-switch')).toBeNull();
    expect(factTexts(dialog)[0]).toBe('Born in Almaty.');
  });
});

describe('FactTime', () => {
  const strings = uiStrings('en');
  const when = (fact: object, lang: CardLanguage = 'en') =>
    mount(<FactTime fact={fact} readerLang={lang} strings={uiStrings(lang)} />).textContent;

  it('renders a period, an open period, a point, and nothing for a timeless fact', () => {
    expect(when({ from: '2023-04', until: '2025-09-26' })).toBe('Apr 2023 – 26 Sep 2025');
    expect(when({ from: '2023-04' })).toBe('since Apr 2023');
    expect(when({ on: '2025-04-25' })).toBe('25 Apr 2025');
    expect(when({ timeless: true })).toBe('');
    expect(strings.lang).toBe('en');
  });

  it('in each language as its press writes it', () => {
    expect(when({ from: '2023-04' }, 'ru')).toBe('с апреля 2023');
    expect(when({ from: '2023-04' }, 'zh')).toBe('2023年4月起');
    expect(when({ from: '2023-04' }, 'ar')).toBe('منذ أبريل 2023');
    expect(when({ from: '2023-04', until: '2025-09-26' }, 'ar')).toBe(
      'من أبريل 2023 إلى 26 سبتمبر 2025',
    );
    expect(when({ from: '2023-04', until: '2025-09-26' }, 'zh')).toBe('2023年4月至2025年9月26日');
    expect(when({ from: '2023-04', until: '2025-09-26' }, 'ru')).toBe(
      'апрель 2023 – 26 сентября 2025',
    );
  });

  it('marks each date up with its machine-readable form', () => {
    const root = mount(<FactTime fact={{ from: '2023-04' }} readerLang="en" strings={strings} />);
    expect(one(root, 'time').getAttribute('datetime')).toBe('2023-04');
  });
});
