import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { kbStats, statsParagraph } from '../../scripts/lib/kb-stats';
import type { KnowledgeBaseInput } from '../../utils/knowledge-base/schema';

const valid = JSON.parse(
  readFileSync('tests/fixtures/kb/valid.json', 'utf8'),
) as KnowledgeBaseInput;

it('counts entries by type, facts by kind, sources by checked date and dispatch quotations', () => {
  const kb = structuredClone(valid);
  const facts = kb.entries[0]!.facts;
  facts.push({ ...facts[0]!, on: undefined, from: '2013', timeless: undefined });
  facts.push({ ...facts[0]!, on: undefined, from: undefined, timeless: true });
  kb.sources.S86!.checked = '2026-12-06';
  const stats = kbStats(kb);
  const allFacts = kb.entries.flatMap((e) => e.facts);
  expect(stats.entries).toBe(kb.entries.length);
  expect(stats.facts).toBe(allFacts.length);
  expect(stats.periods + stats.points + stats.timeless).toBe(allFacts.length);
  expect(stats.byType.reduce((n, [, c]) => n + c, 0)).toBe(kb.entries.length);
  expect(stats.checked).toEqual([
    ['2026-12-06', 1],
    ['2026-12-05', 1],
  ]);
  expect(statsParagraph(stats)).toMatch(
    new RegExp(
      `^\\*\\*${kb.entries.length} entries\\*\\* \\(.*\\) with \\*\\*${allFacts.length} facts\\*\\*.*citing \\*\\*2 source pages\\*\\* \\(checked: 1 on 2026-12-06, 1 on 2026-12-05\\)`,
    ),
  );
});
