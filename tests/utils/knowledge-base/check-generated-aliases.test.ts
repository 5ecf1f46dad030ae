import { describe, expect, it } from 'vitest';
import { checkGeneratedAliases } from '../../../utils/knowledge-base/check-generated-aliases';
import { checkEntries } from '../../../utils/knowledge-base/check-entries';
import type { KnowledgeBase } from '../../../utils/knowledge-base/schema';

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
        zh: ['哈萨克斯坦'],
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
  ],
} as unknown as KnowledgeBase;

describe('checkGeneratedAliases', () => {
  it('warns, located, about each alias a rule generates from another name', () => {
    const problems = checkGeneratedAliases(kb);
    expect(problems.map((p) => [p.severity, p.path.join('.')])).toEqual([
      ['warning', 'entries.0.names.ru.1'],
      ['warning', 'entries.0.names.ru.2'],
      ['warning', 'entries.1.names.ar.1'],
    ]);
    expect(problems[0]!.message).toBe(
      'alias "Казахстана" is a spelling the ru rules generate from "Казахстан" (names.ru[0])',
    );
  });

  it('is part of checkEntries only when asked for', () => {
    const generated = (options: { generatedAliases?: boolean }) =>
      checkEntries(kb, options).filter((p) => p.message.includes('rules generate')).length;
    expect(generated({})).toBe(0);
    expect(generated({ generatedAliases: true })).toBe(3);
  });
});
