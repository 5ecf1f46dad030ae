import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_CARD_USAGE, runKbCard } from '../../scripts/kb-card';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';

const root = resolve(__dirname, '../..');
const role = (id: string, en: string, ar: string) => ({
  id,
  en,
  ar,
  zh: `zh ${en}`,
  ru: `ru ${en}`,
});
const text = (en: string, ar: string) => ({ en, ar, zh: `zh ${en}`, ru: `ru ${en}` });

/** Nurtleu in the temporal model, as the migrated data will have him. */
const KB = {
  title: 'test',
  sources: {
    S1: {
      url: 'https://example.org/nurtleu',
      title: 'A biography',
      tier: 'wiki',
      checked: '2026-12-05',
    },
  },
  entries: [
    {
      id: 'murat-nurtleu',
      type: 'person',
      names: {
        ar: ['مراد نورتلو'],
        en: ['Murat Nurtleu'],
        zh: ['努尔特列乌'],
        ru: ['Мурат Нуртлеу'],
      },
      summary: text('A Kazakh diplomat.', 'دبلوماسي كازاخستاني.'),
      facts: [
        { text: text('Born in Almaty.', 'وُلد في ألماتي.'), on: '1976-03-11', sources: ['S1'] },
        {
          text: text('Foreign minister.', 'وزير الخارجية.'),
          from: '2023-04',
          until: '2025-09-26',
          role: role(
            'kz-foreign-minister',
            'Foreign Minister of Kazakhstan',
            'وزير خارجية كازاخستان',
          ),
          sources: ['S1', { dispatch: 'عقد وانغ يي الحوار مع مراد نورتلو.' }],
        },
        {
          text: text('Presidential assistant.', 'مساعد الرئيس.'),
          from: '2025-09-26',
          role: role(
            'kz-presidential-assistant',
            'Assistant to the President',
            'مساعد رئيس الجمهورية',
          ),
          sources: ['S1'],
        },
      ],
      related: ['almaty'],
    },
    {
      id: 'almaty',
      type: 'place',
      names: { ar: ['ألماتي'], en: ['Almaty'], zh: ['阿拉木图'], ru: ['Алматы'] },
      summary: text('A city.', 'مدينة.'),
      facts: [{ text: text('A city.', 'مدينة.'), timeless: true, sources: ['S1'] }],
      related: [],
    },
  ],
} as unknown as KnowledgeBase;

const card = (...args: string[]) => runKbCard(args, () => KB);

describe('kb:card', () => {
  it('prints the card as at the article’s date: the role then, since then, facts then first, with dates and sources', () => {
    expect(card('murat-nurtleu', '--as-of', '2025-04-27')).toBe(
      [
        'Murat Nurtleu · Person',
        'Names in other languages: مراد نورتلو · 努尔特列乌 · Мурат Нуртлеу',
        'At the time of this article · 27 Apr 2025: Foreign Minister of Kazakhstan',
        '',
        'Since then',
        '  26 Sep 2025: left the post of Foreign Minister of Kazakhstan; became Assistant to the President',
        '',
        'A Kazakh diplomat.',
        '',
        'Key facts',
        '  • Foreign minister.',
        '    Apr 2023 – 26 Sep 2025 · Sources: A biography <https://example.org/nurtleu>; the dispatch: «عقد وانغ يي الحوار مع مراد نورتلو.»',
        '  • Born in Almaty.',
        '    11 Mar 1976 · Sources: A biography <https://example.org/nurtleu>',
        '  • Presidential assistant.',
        '    since 26 Sep 2025 · Sources: A biography <https://example.org/nurtleu>',
        '',
        'Related: Almaty',
      ].join('\n'),
    );
  });

  it('prints today’s card without --as-of, or when nothing changed since', () => {
    const today = card('murat-nurtleu');
    expect(today).not.toContain('Since then');
    expect(today).not.toContain('At the time');
    expect(today.indexOf('Born in Almaty.')).toBeLessThan(today.indexOf('Foreign minister.'));
    expect(card('murat-nurtleu', '--as-of', '2026-01')).toBe(today);
  });

  it('speaks the --lang language', () => {
    const ar = card('murat-nurtleu', '--lang', 'ar', '--as-of', '2025-04-27');
    expect(ar).toContain('عند نشر هذا المقال · 27 أبريل 2025: وزير خارجية كازاخستان');
    expect(ar).toContain(
      '26 سبتمبر 2025: مغادرة منصب وزير خارجية كازاخستان؛ تولّي منصب مساعد رئيس الجمهورية',
    );
    expect(ar).toContain('من أبريل 2023 إلى 26 سبتمبر 2025');
    expect(card('almaty', '--lang', 'zh')).toContain('阿拉木图');
    // Russian chronologies put a dash after the date (the change itself may hold a colon).
    expect(card('murat-nurtleu', '--lang', 'ru', '--as-of', '2025-04-27')).toContain(
      '26 сентября 2025 — уход с поста: ru Foreign Minister of Kazakhstan; назначение: ru Assistant to the President',
    );
  });

  it.each([
    [[], KB_CARD_USAGE],
    [['murat-nurtleu', '--lang', 'fr'], '--lang must be one of ar, en, zh, ru'],
    [['murat-nurtleu', '--as-of', '2025-02-30'], '--as-of must be a date'],
    [['murat-nurtleu', 'almaty'], 'unexpected argument almaty'],
    [['murat-nurtlue'], 'no entry murat-nurtlue (did you mean murat-nurtleu?)'],
  ])('refuses %j: %s', (args, message) => {
    expect(() => card(...args)).toThrow(message);
  });

  it('prints Nurtleu’s card from the bundled data as at the dispatch’s date, in English and Arabic', () => {
    const spawn = (...args: string[]) =>
      spawnSync(
        'npx',
        ['tsx', 'scripts/kb-card.ts', 'murat-nurtleu', '--as-of', '2025-04-27', ...args],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    const en = spawn();
    expect(en.status).toBe(0);
    const lines = en.stdout.split('\n');
    expect(lines[0]).toBe('Murat Nurtleu · Person');
    expect(lines[2]).toMatch(
      /^At the time of this article · 27 Apr 2025: .*Foreign Minister of Kazakhstan/,
    );
    expect(lines[4]).toBe('Since then');
    expect(lines[5]).toMatch(
      /^ {2}26 Sep 2025: left the post of .*Foreign Minister of Kazakhstan.*; became /,
    );
    expect(en.stdout).toContain('Apr 2023 – 26 Sep 2025 · Sources: ');
    const ar = spawn('--lang', 'ar');
    expect(ar.status).toBe(0);
    expect(ar.stdout).toMatch(/عند نشر هذا المقال · 27 أبريل 2025: .*وزير خارجية كازاخستان/);
    expect(ar.stdout).toContain('منذ ذلك الحين');
    expect(ar.stdout).toMatch(/26 سبتمبر 2025: مغادرة منصب /);
  });

  it('exits 1 with its usage when spawned without an id', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/kb-card.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(KB_CARD_USAGE);
    expect(run.stdout).toBe('');
  });
});
