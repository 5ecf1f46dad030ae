import { beforeAll, describe, expect, it } from 'vitest';
import { checkGeneratedAliases } from '../../../utils/knowledge-base/check-generated-aliases';
import { checkEntries } from '../../../utils/knowledge-base/check-entries';
import type { KnowledgeBase } from '../../../utils/knowledge-base/schema';
import { useBundledMatchTables } from '../../../utils/text/match-tables';

const kb = {
  title: 'test',
  sources: {},
  entries: [
    {
      id: 'kazakhstan',
      type: 'place',
      names: {
        ar: ['كازاخستان'],
        en: ['Kazakhstan'],
        zh: ['哈萨克斯坦', '哈萨克'],
        ru: ['Казахстан', 'Казахстана', { text: 'Казахстаном', searchOnly: true }, 'РК'],
      },
      summary: { ar: 'x', en: 'x', zh: 'x', ru: 'x' },
      facts: [],
      related: [],
    },
    {
      id: 'wang-yi',
      type: 'person',
      names: { ar: ['وانغ يي', 'وانج يي'], en: ['Wang Yi'], zh: ['王毅'], ru: ['Ван И'] },
      summary: { ar: 'x', en: 'x', zh: 'x', ru: 'x' },
      facts: [],
      related: [],
    },
    {
      id: 'tajikistan',
      type: 'place',
      names: {
        ar: ['طاجيكستان'],
        en: ['Tajikistan'],
        zh: ['塔吉克斯坦', { text: '塔吉克', searchOnly: true }],
        ru: ['Таджикистан'],
      },
      summary: { ar: 'x', en: 'x', zh: 'x', ru: 'x' },
      facts: [],
      related: [],
    },
    {
      id: 'sco',
      type: 'organization',
      names: {
        ar: ['منظمة شنغهاي للتعاون'],
        en: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
        zh: ['上海合作组织'],
        ru: ['Шанхайская организация сотрудничества'],
      },
      summary: { ar: 'x', en: 'x', zh: 'x', ru: 'x' },
      facts: [],
      related: [],
    },
    {
      id: 'sco-summit-2004',
      type: 'event',
      names: {
        ar: ['قمة طشقند 2004'],
        en: ['2004 SCO Tashkent summit'],
        zh: ['2004年上合组织塔什干峰会'],
        ru: ['саммит ШОС в Ташкенте 2004 года', 'саммит ШОС в Ташкенте в 2004 году'],
      },
      summary: { ar: 'x', en: 'x', zh: 'x', ru: 'x' },
      facts: [],
      related: [],
    },
  ],
} as unknown as KnowledgeBase;

describe('checkGeneratedAliases', () => {
  beforeAll(() => useBundledMatchTables()); // as kb:check: the name variants' tables
  it('warns, located, about each alias a rule generates from another name, in every family', () => {
    const problems = checkGeneratedAliases(kb);
    expect(problems.map((p) => [p.severity, p.path.join('.')])).toEqual([
      ['warning', 'entries.0.names.zh.1'], // a regional name of a country (CLDR zh-Hant)
      ['warning', 'entries.0.names.ru.1'], // a Russian case form
      ['warning', 'entries.1.names.ar.1'], // an Arabic spelling of a foreign name
      ['warning', 'entries.3.names.en.1'], // an English spelling
      ['warning', 'entries.4.names.ru.1'], // a Russian phrasing (в 2004 году)
    ]);
    expect(problems[1]!.message).toBe(
      'alias "Казахстана" is a spelling the ru rules generate from "Казахстан" (names.ru[0])',
    );
    expect(problems[0]!.message).toBe(
      'alias "哈萨克" is a spelling the zh rules generate from "哈萨克斯坦" (names.zh[0])',
    );
  });

  it('keeps quiet about a searchOnly alias a rule generates: it withholds that form', () => {
    const paths = checkGeneratedAliases(kb).map((p) => p.path.join('.'));
    expect(paths).not.toContain('entries.0.names.ru.2'); // Казахстаном
    expect(paths).not.toContain('entries.2.names.zh.1'); // 塔吉克
  });

  it('is part of checkEntries only when asked for', () => {
    const generated = (options: { generatedAliases?: boolean }) =>
      checkEntries(kb, options).filter((p) => p.message.includes('rules generate')).length;
    expect(generated({})).toBe(0);
    expect(generated({ generatedAliases: true })).toBe(5);
  });
});
