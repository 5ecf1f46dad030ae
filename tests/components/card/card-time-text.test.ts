import { describe, expect, it } from 'vitest';
import { changesText, joinList, roleLabel } from '../../../components/card/card-time-text';
import type { Change, TimedFact } from '../../../utils/card-time/card-time';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import type { Fact } from '../../../utils/knowledge-base/schema';

type F = TimedFact & Pick<Fact, 'text'>;
const role = (id: string, en: string, zh = `${en}（中文）`) => ({
  id,
  en,
  ar: `${en} ar`,
  zh,
  ru: `${en} ru`,
});
const fact = (en: string): F => ({ text: { en, ar: `ar ${en}`, zh: `zh ${en}`, ru: `ru ${en}` } });
const DEPUTY_PM = role('kz-deputy-prime-minister', 'Deputy Prime Minister', '副总理');
const MINISTER = role('kz-foreign-minister', 'Foreign Minister', '外交部长');
const ASSISTANT = role('kz-presidential-assistant', 'Assistant to the President', '总统助理');

const changes: Change<F>[] = [
  { kind: 'ended', date: '2025-09-26', role: DEPUTY_PM, fact: fact('a') },
  { kind: 'ended', date: '2025-09-26', role: MINISTER, fact: fact('b') },
  { kind: 'began', date: '2025-09-26', role: ASSISTANT, fact: fact('c') },
  { kind: 'event', date: '2025-09-26', fact: fact('Relieved by decree.') },
];

describe('changesText', () => {
  it('says the posts left on one date in one clause, then the posts taken up, then events', () => {
    expect(changesText(changes, 'en', uiStrings('en'))).toBe(
      'left the post of Deputy Prime Minister and Foreign Minister; became Assistant to the President; Relieved by decree.',
    );
    expect(changesText(changes, 'zh', uiStrings('zh'))).toBe(
      '卸任副总理和外交部长；出任总统助理；zh Relieved by decree.',
    );
  });

  it('drops the full stop of a sentence that a joiner follows', () => {
    const events: Change<F>[] = [
      { kind: 'event', date: '2025-06-17', fact: fact('Held in Astana.') },
      { kind: 'event', date: '2025-06-17', fact: fact('A treaty was signed.') },
    ];
    expect(changesText(events, 'en', uiStrings('en'))).toBe('Held in Astana; A treaty was signed.');
    const zh = events.map((c, i) => ({
      ...c,
      fact: { text: { ...c.fact.text, zh: ['峰会举行。', '签署条约。'][i]! } },
    }));
    expect(changesText(zh, 'zh', uiStrings('zh'))).toBe('峰会举行；签署条约。');
  });

  it('says one change alone, with no joiner', () => {
    expect(changesText([changes[2]!], 'ru', uiStrings('ru'))).toBe(
      'назначение: Assistant to the President ru',
    );
  });
});

describe('roleLabel and joinList', () => {
  it('falls back to English for a missing label, and joins as each language does', () => {
    expect(roleLabel({ ...MINISTER, ar: ' ' }, 'ar')).toBe('Foreign Minister');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['أ', 'ب'], 'ar')).toBe('أ وب');
  });
});
